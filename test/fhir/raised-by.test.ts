import { expect } from '@open-wc/testing';
import { BANK_CODE_SYSTEM, LOINC } from '../../src/fhir/codes.js';
import { questionnaireOf } from '../../src/fhir/questionnaire.js';
import { sessionBundle, toQuestionnaireResponse } from '../../src/fhir/response.js';
import { SAFETY_FOLLOW_UP_EXTENSION, SAFETY_TRIGGER_EXTENSION } from '../../src/fhir/safety-extensions.js';
import type { Extension, Questionnaire, QuestionnaireResponse, ResponseItem } from '../../src/fhir/types.js';
import { ENGLISH_UI } from '../../src/i18n/result-content.js';
import { bank, startScreener, walkTo } from '../helpers/journeys.js';
import { SIX_ESCALATED, URGENT, sessionOf } from '../summary/personas.js';
import { retractedSession } from '../summary/retracted.js';
import { disabledAnswers, responseProblems } from './structure.js';

/**
 * The FHIR export names the answer that raised the safety level for each question that raised
 * it, and the answer now when the patient changed it later (CLINICAL.md §4.3, invariant 7).
 */

const ui = ENGLISH_UI;
const built = questionnaireOf(bank, ui);
const own = (code: string, display: string) => ({ system: BANK_CODE_SYSTEM, version: bank.version, code, display });

function allItems(items: ResponseItem[] = []): ResponseItem[] {
  return items.flatMap((item) => [item, ...allItems(item.item)]);
}

const itemOf = (response: QuestionnaireResponse, linkId: string) => allItems(response.item).find((i) => i.linkId === linkId);

/** The extensions of the safety-level item with this URL, each as its parts. */
function safetyExtensions(response: QuestionnaireResponse, url: string): Extension[][] {
  const level = itemOf(response, 'result:safety-level')!;
  return (level.extension ?? []).filter((e) => e.url === url).map((e) => e.extension!);
}

/** ext-1: an extension has a URL and either a value or extensions, never both; URLs absolute at the top. */
function extensionProblems(extensions: Extension[] = [], top = true): string[] {
  return extensions.flatMap((e) => {
    const values = Object.keys(e).filter((k) => k.startsWith('value'));
    const problems: string[] = [];
    if (!e.url || (top && !/^[a-z][a-z0-9+.-]*:/.test(e.url))) problems.push(`url "${e.url}"`);
    if (values.length + (e.extension?.length ? 1 : 0) !== 1) problems.push(`"${e.url}": not one value or extensions (ext-1)`);
    return [...problems, ...extensionProblems(e.extension, false)];
  });
}

function checkValid(response: QuestionnaireResponse, questionnaire: Questionnaire = built.questionnaire): void {
  expect(responseProblems(response, questionnaire)).to.deep.equal([]);
  expect(disabledAnswers(response, questionnaire, new Set(built.repeats.keys()))).to.deep.equal([]);
  expect(extensionProblems(allItems(response.item).flatMap((i) => i.extension ?? []))).to.deep.equal([]);
  expect(JSON.parse(JSON.stringify(response))).to.deep.equal(response);
}

describe('FHIR export: the answers that raised the level', () => {
  it('an answer changed later: the raising one ("yes"), then the one now ("no"); still a valid response', () => {
    const { result } = retractedSession();
    const response = toQuestionnaireResponse(result!);
    checkValid(response);
    expect(itemOf(response, 'asq-1')!.answer, 'the answer now, where the questions are').to.deep.equal([
      { valueCoding: own('no', 'No') },
    ]);
    expect(safetyExtensions(response, SAFETY_TRIGGER_EXTENSION)).to.deep.equal([
      [
        { url: 'question', valueString: 'phq9-9' },
        { url: 'raisedBy', valueCoding: { system: LOINC, code: 'LA6569-3', display: 'Several days' } },
        { url: 'changed', valueBoolean: false },
      ],
      [
        { url: 'question', valueString: 'asq-1' },
        { url: 'raisedBy', valueCoding: own('yes', 'Yes') },
        { url: 'changed', valueBoolean: true },
        { url: 'current', valueCoding: own('no', 'No') },
      ],
    ]);
  });

  it('ASQ item 5, asked because of the "yes", keeps its answer without breaking enableWhen', () => {
    const { result } = retractedSession();
    expect(result!.answers['asq-5']).to.equal('no');
    const response = toQuestionnaireResponse(result!);
    // Its enableWhen reads the answers now (items 1–4 all "no"), so FHIR allows no answer there.
    expect(itemOf(response, 'asq-5')).to.equal(undefined);
    expect(safetyExtensions(response, SAFETY_FOLLOW_UP_EXTENSION)).to.deep.equal([
      [
        { url: 'question', valueString: 'asq-5' },
        { url: 'answer', valueCoding: own('no', 'No') },
      ],
    ]);
  });

  it('unchanged answers: each raising answer once, marked unchanged, no follow-up', () => {
    const { result } = sessionOf(SIX_ESCALATED);
    const response = toQuestionnaireResponse(result!);
    checkValid(response);
    const triggers = safetyExtensions(response, SAFETY_TRIGGER_EXTENSION);
    expect(triggers.map((parts) => parts.find((p) => p.url === 'question')!.valueString)).to.deep.equal(['phq9-9', 'asq-1']);
    for (const parts of triggers) {
      expect(parts.find((p) => p.url === 'changed')).to.deep.equal({ url: 'changed', valueBoolean: false });
      expect(parts.some((p) => p.url === 'current')).to.equal(false);
    }
    expect(triggers[1].find((p) => p.url === 'raisedBy')).to.deep.equal({ url: 'raisedBy', valueCoding: own('yes', 'Yes') });
    expect(safetyExtensions(response, SAFETY_FOLLOW_UP_EXTENSION)).to.deep.equal([]);
  });

  it('the downloaded file (a session bundle) carries it too, before and after the result', () => {
    const context = retractedSession();
    const now = new Date('2026-01-01T00:00:00Z');
    for (const session of [context, { ...context, result: null }]) {
      const response = sessionBundle({ ...session, locale: 'en' }, ui, now).entry[1].resource as QuestionnaireResponse;
      checkValid(response);
      const asq1 = safetyExtensions(response, SAFETY_TRIGGER_EXTENSION).find((parts) => parts[0].valueString === 'asq-1')!;
      expect(asq1.slice(1)).to.deep.equal([
        { url: 'raisedBy', valueCoding: own('yes', 'Yes') },
        { url: 'changed', valueBoolean: true },
        { url: 'current', valueCoding: own('no', 'No') },
      ]);
    }
  });

  it('a screen stopped at an urgent answer: the answer that stopped it, unchanged', () => {
    const actor = startScreener();
    walkTo(actor, 'asq-5', URGENT.answers);
    actor.send({ type: 'answer.set', questionId: 'asq-5', value: 'yes' });
    actor.send({ type: 'nav.next' });
    const { context } = actor.getSnapshot();
    actor.stop();
    expect(context.safety.level).to.equal('urgent');
    const response = sessionBundle(context, ui, new Date('2026-01-01T00:00:00Z')).entry[1].resource as QuestionnaireResponse;
    checkValid(response);
    expect(response.status).to.equal('stopped');
    const triggers = safetyExtensions(response, SAFETY_TRIGGER_EXTENSION);
    expect(triggers.map((parts) => parts[0].valueString)).to.deep.equal(context.safety.triggeredBy);
    expect(triggers.at(-1)).to.deep.equal([
      { url: 'question', valueString: 'asq-5' },
      { url: 'raisedBy', valueCoding: own('yes', 'Yes') },
      { url: 'changed', valueBoolean: false },
    ]);
  });

  it('a level with no triggers: no extension', () => {
    const { result } = sessionOf({ name: 'calm', answers: {} });
    const response = toQuestionnaireResponse(result!);
    expect(result!.safety.level).to.equal('none');
    expect(itemOf(response, 'result:safety-level')!.extension).to.equal(undefined);
  });
});
