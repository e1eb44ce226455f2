import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chosenIds } from '../../src/bank/answers.js';
import { instanceId, visibleSteps } from '../../src/bank/steps.js';
import type { Answers } from '../../src/bank/types.js';
import { formatBankErrors, validateBank } from '../../src/bank/validate.js';
import type { ScreenerResult } from '../../src/clinical/types.js';
import { BANK_CODE_SYSTEM, LOINC, ORDINAL_VALUE } from '../../src/fhir/codes.js';
import { questionnaireOf } from '../../src/fhir/questionnaire.js';
import { readResponse } from '../../src/fhir/read-response.js';
import { sessionBundle } from '../../src/fhir/response.js';
import type { Questionnaire, QuestionnaireResponse } from '../../src/fhir/types.js';
import { ENGLISH_UI } from '../../src/i18n/result-content.js';
import { toQuestionnaire, toQuestionnaireResponse } from '../../src/tools.js';
import { bank, startScreener, walkToResult } from '../helpers/journeys.js';
import { personas } from '../helpers/personas.js';
import { SUMMARY_PERSONAS, URGENT, sessionOf } from '../summary/personas.js';
import { CONDITIONS_BANK as custom } from './conditions-bank.js';
import { disabledAnswers, enabled, itemsOf, questionnaireProblems, responseProblems } from './structure.js';

/**
 * The FHIR export: the bank as a Questionnaire, a completed screen as a QuestionnaireResponse.
 * Both are checked against the R4 structure rules; every response is read back into the
 * screen's answers; and enableWhen, evaluated the FHIR way, shows exactly what the flow shows.
 */

const ui = ENGLISH_UI;

function resultOf(answers: Answers): ScreenerResult {
  const actor = startScreener();
  walkToResult(actor, answers);
  const { result } = actor.getSnapshot().context;
  actor.stop();
  if (!result) throw new Error('no result');
  return result;
}

const answersFrom = (response: QuestionnaireResponse, built: ReturnType<typeof questionnaireOf>): Answers =>
  readResponse(response, built).answers;

const resultItem = (response: QuestionnaireResponse, linkId: string) =>
  response.item.find((i) => i.linkId === 'result:summary')?.item?.find((i) => i.linkId === linkId)?.answer?.[0];

const find = (q: Questionnaire, linkId: string) => itemsOf(q).get(linkId)?.item;

/** A code of the bank's own code system, at the bank's version. */
const own = (code: string, display?: string, version = bank.version) => ({
  system: BANK_CODE_SYSTEM,
  version,
  code,
  ...(display ? { display } : {}),
});

describe('FHIR Questionnaire of the bank', () => {
  const questionnaire = toQuestionnaire(bank);

  it('is a valid R4 Questionnaire', () => {
    expect(questionnaireProblems(questionnaire)).to.deep.equal([]);
    expect(questionnaire).to.include({ resourceType: 'Questionnaire', status: 'active', version: bank.version, language: 'en' });
    expect(JSON.parse(JSON.stringify(questionnaire))).to.deep.equal(questionnaire);
  });

  it('has every question under its id, with its options as codings', () => {
    const linkIds = new Set(itemsOf(questionnaire).keys());
    const questions = bank.sections.flatMap((s) => s.steps.flatMap((step) => step.questions));
    for (const question of questions) expect(linkIds, question.id).to.include(question.id);
    const item9 = find(questionnaire, 'phq9-9')!;
    expect(item9).to.include({ type: 'choice', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', required: true });
    expect(item9.answerOption).to.deep.equal(
      [
        ['LA6568-5', 'Not at all'],
        ['LA6569-3', 'Several days'],
        ['LA6570-1', 'More than half the days'],
        ['LA6571-9', 'Nearly every day'],
      ].map(([code, display], score) => ({
        extension: [{ url: ORDINAL_VALUE, valueDecimal: score }],
        valueCoding: { system: LOINC, code, display },
      })),
    );
    expect(find(questionnaire, 'meds-tried')).to.include({ type: 'choice', repeats: true });
    expect(find(questionnaire, 'meds-other-name')!.type).to.equal('string');
  });

  it('keeps the PHQ-9 stem once and its attribution', () => {
    const feeling = find(questionnaire, 'section:feeling')!.item!;
    const stems = feeling.filter((i) => i.type === 'display');
    expect(stems.map((i) => i.text)).to.deep.equal([
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    ]);
    expect(find(questionnaire, 'phq9-1:help')!.text).to.contain('Spitzer');
  });

  it('turns conditions into enableWhen: ASQ item 5, the typed medicine name', () => {
    const asq5 = find(questionnaire, 'asq-5')!;
    expect(asq5.enableBehavior).to.equal('any');
    // "Not 'no'" is said as "yes or decline": FHIR's != would also hold for an unanswered item.
    expect(asq5.enableWhen).to.deep.equal(
      ['asq-1', 'asq-2', 'asq-3', 'asq-4'].flatMap((question) =>
        ['yes', 'decline'].map((answer) => ({ question, operator: '=', answerCoding: own(answer) })),
      ),
    );
    expect(find(questionnaire, 'meds-other-name')!.enableWhen).to.deep.equal([
      { question: 'meds-tried', operator: '=', answerCoding: own('other') },
    ]);
  });

  it('an empty form, evaluated the FHIR way, shows neither ASQ item 5 nor a medicine group, as the flow', () => {
    const none = new Map<string, never[]>();
    expect(enabled(find(questionnaire, 'asq-5')!, none)).to.equal(false);
    expect(enabled(find(questionnaire, 'step:med')!, none)).to.equal(false);
    expect(enabled(find(questionnaire, 'meds-other-name')!, none)).to.equal(false);
  });

  it('asks about each medicine in one repeating group, which names the medicine first', () => {
    const group = find(questionnaire, 'step:med')!;
    expect(group).to.include({ type: 'group', repeats: true, text: 'About this medicine' });
    expect(group.enableWhen).to.deep.equal([
      { question: 'meds-tried', operator: 'exists', answerBoolean: true },
      { question: 'meds-tried', operator: '!=', answerCoding: own('none') },
    ]);
    expect(group.enableBehavior).to.equal('all');
    expect(group.item!.map((i) => i.linkId)).to.deep.equal([
      'step:med:option',
      'med-period',
      'med-weeks',
      'med-dose',
      'med-response',
      'med-side-effects',
    ]);
    const option = group.item![0];
    expect(option).to.include({ type: 'choice', readOnly: true, text: ui.fhir.medicine });
    expect(option.answerOption!.map((o) => o.valueCoding.code)).to.include.members(['sertraline', 'other', 'unsure-name']);
    expect(option.answerOption!.map((o) => o.valueCoding.code)).not.to.include('none');
    expect(find(questionnaire, 'med-weeks')!.text).to.equal('About how long did you take this medicine?');
  });

  it('ends with the items the screener fills in: PHQ-9 total, safety level, medicine pattern', () => {
    const results = questionnaire.item.at(-1)!;
    expect(results.linkId).to.equal('result:summary');
    expect(results.item!.map((i) => [i.linkId, i.type, i.readOnly])).to.deep.equal([
      ['result:phq9-total', 'integer', true],
      ['result:safety-level', 'choice', true],
      ['result:adequate-trials', 'integer', true],
      ['result:pattern', 'choice', true],
      ['result:want-to-ask', 'choice', true],
    ]);
  });
});

describe('FHIR QuestionnaireResponse of a completed screen', () => {
  const built = questionnaireOf(bank, ui);
  const cases = [
    ...personas.map((p) => ({ name: p.name, answers: p.answers })),
    ...SUMMARY_PERSONAS.filter((p) => !p.asq5).map((p) => ({ name: p.name, answers: p.answers })),
  ];

  for (const { name, answers } of cases) {
    it(`${name}: valid, enabled, and reads back into the same answers`, () => {
      const result = resultOf(answers);
      const response = toQuestionnaireResponse(result);
      expect(responseProblems(response, built.questionnaire)).to.deep.equal([]);
      expect(response).to.include({ status: 'completed', authored: result.completedAt, language: 'en' });
      expect(disabledAnswers(response, built.questionnaire, new Set(built.repeats.keys()))).to.deep.equal([]);
      expect(answersFrom(response, built)).to.deep.equal(result.answers);
      expect(resultItem(response, 'result:phq9-total')).to.deep.equal({ valueInteger: result.phq9!.total });
      expect(resultItem(response, 'result:safety-level')!.valueCoding!.code).to.equal(result.safety.level);
      expect(resultItem(response, 'result:adequate-trials')).to.deep.equal({ valueInteger: result.adequateTrialsWithoutRemission });
      expect(resultItem(response, 'result:pattern')!.valueCoding!.code).to.equal(result.pattern);
      expect(JSON.parse(JSON.stringify(response))).to.deep.equal(response);
    });
  }

  it('one group per medicine, in the list’s order, naming it first', () => {
    const result = resultOf(SUMMARY_PERSONAS[0].answers);
    const response = toQuestionnaireResponse(result);
    const groups = response.item.find((i) => i.linkId === 'section:medicines')!.item!.filter((i) => i.linkId === 'step:med');
    expect(groups.map((g) => g.item![0].answer![0].valueCoding!.code)).to.deep.equal(result.medications.map((m) => m.id));
    const escitalopram = groups.find((g) => g.item![0].answer![0].valueCoding!.code === 'escitalopram')!;
    expect(escitalopram.item!.find((i) => i.linkId === 'med-weeks')!.answer).to.deep.equal([
      { valueCoding: own('under-4', 'Less than 4 weeks') },
    ]);
  });

  it('an urgent screen exports as stopped, with the safety level and no result items it does not have', () => {
    const context = sessionOf(URGENT);
    const bundle = sessionBundle(context, ui, new Date('2026-01-01T00:00:00Z'));
    const [questionnaire, response] = bundle.entry.map((e) => e.resource) as [Questionnaire, QuestionnaireResponse];
    expect(questionnaireProblems(questionnaire)).to.deep.equal([]);
    expect(responseProblems(response, questionnaire)).to.deep.equal([]);
    expect(response.status).to.equal('stopped');
    expect(resultItem(response, 'result:safety-level')!.valueCoding!.code).to.equal('urgent');
    expect(resultItem(response, 'result:phq9-total')).to.deep.equal({ valueInteger: 23 });
    expect(resultItem(response, 'result:pattern')).to.equal(undefined);
  });
});

describe('FHIR enableWhen of a bank with conditions', () => {
  const built = questionnaireOf(custom, ui);
  const { questionnaire } = built;

  it('is a valid bank and a valid Questionnaire', () => {
    const checked = validateBank(custom);
    if (!checked.ok) throw new Error(formatBankErrors(checked.errors));
    expect(questionnaireProblems(questionnaire)).to.deep.equal([]);
  });

  it('maps each operator', () => {
    const when = (id: string) => find(questionnaire, id)!.enableWhen;
    expect(when('q-eq')).to.deep.equal([{ question: 'c-single', operator: '=', answerCoding: own('a', undefined, custom.version) }]);
    const answered = (question: string) => ({ question, operator: 'exists', answerBoolean: true });
    expect(when('q-neq')).to.deep.equal([answered('c-single'), { question: 'c-single', operator: '!=', answerCoding: own('a', undefined, custom.version) }]);
    expect(when('q-inc')).to.deep.equal([{ question: 'c-multi', operator: '=', answerCoding: own('b', undefined, custom.version) }]);
    expect(when('q-exc')).to.deep.equal([answered('c-multi'), { question: 'c-multi', operator: '!=', answerCoding: own('b', undefined, custom.version) }]);
    expect(when('q-exists')).to.deep.equal([{ question: 'c-text', operator: 'exists', answerBoolean: true }]);
    expect(when('q-absent')).to.deep.equal([{ question: 'c-text', operator: 'exists', answerBoolean: false }]);
    expect(find(questionnaire, 'q-any')!.enableBehavior).to.equal('any');
    expect(find(questionnaire, 'q-all')!.enableBehavior).to.equal('all');
    expect(find(questionnaire, 'step:cond-step')).to.deep.include({
      type: 'group',
      enableWhen: [{ question: 'c-single', operator: '=', answerCoding: own('c', undefined, custom.version) }],
    });
    const outer = find(questionnaire, 'step:cond-repeat:when')!;
    expect(outer.enableWhen).to.deep.equal([answered('c-single'), { question: 'c-single', operator: '!=', answerCoding: own('a', undefined, custom.version) }]);
    expect(outer.item!.map((i) => i.linkId)).to.deep.equal(['step:cond-repeat']);
    expect(find(questionnaire, 'q-each')!.text).to.equal('Did this medicine help?');
  });

  it('evaluated the FHIR way, shows exactly the questions the flow shows (any complete answers)', () => {
    const defs = itemsOf(questionnaire);
    const fhirEnabled = (linkId: string | null, answers: Map<string, Array<string | number>>): boolean => {
      if (linkId === null) return true;
      const { item, parent } = defs.get(linkId)!;
      return enabled(item, answers) && fhirEnabled(parent, answers);
    };
    const checked = ['q-eq', 'q-neq', 'q-inc', 'q-exc', 'q-exists', 'q-absent', 'q-any', 'q-all', 'q-step'];
    const arbitrary = fc.record({
      single: fc.constantFrom('a', 'b', 'c'),
      multi: fc.oneof(fc.constant<string[]>(['none']), fc.subarray(['a', 'b', 'c'], { minLength: 1 })),
      text: fc.option(fc.constant('something'), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitrary, ({ single, multi, text }) => {
        const answers: Answers = { 'c-single': single, 'c-multi': multi, ...(text ? { 'c-text': text } : {}) };
        const values = new Map(Object.entries(answers).map(([id, v]) => [id, chosenIds(v)]));
        const shown = visibleSteps(custom, answers);
        const shownIds = new Set(shown.flatMap((s) => s.questions.map((q) => q.templateId)));
        for (const id of checked) expect(fhirEnabled(id, values), id).to.equal(shownIds.has(id));
        const repeated = shown.filter((s) => s.key.startsWith('cond-repeat:')).length;
        const groupOn = fhirEnabled('step:cond-repeat', values);
        expect(groupOn ? multi.filter((m) => m !== 'none').length : 0, 'medicine groups').to.equal(repeated);
      }),
      { numRuns: 300 },
    );
  });

  it('a response to it is valid and reads back', () => {
    const answers: Answers = { 'c-single': 'c', 'c-multi': ['a', 'c'], 'q-neq': 'y', 'q-exc': 'y', 'q-any': 'y', 'q-absent': 'y', 'q-step': 'y' };
    answers[instanceId('q-each', 'a')] = 'y';
    answers[instanceId('q-each', 'c')] = 'y';
    const response = toQuestionnaireResponse({ ...resultOf({}), answers }, custom);
    expect(responseProblems(response, questionnaire)).to.deep.equal([]);
    expect(disabledAnswers(response, questionnaire, new Set(built.repeats.keys()))).to.deep.equal([]);
    expect(answersFrom(response, built)).to.deep.equal(answers);
  });
});
