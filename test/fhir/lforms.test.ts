import { expect } from '@open-wc/testing';
import { visibleSteps } from '../../src/bank/steps.js';
import { LINK } from '../../src/fhir/questionnaire.js';
import { sessionBundle } from '../../src/fhir/response.js';
import { SAFETY_FOLLOW_UP_EXTENSION } from '../../src/fhir/safety-extensions.js';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer, ResponseItem } from '../../src/fhir/types.js';
import { loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { ENGLISH_UI, wholeUiOf } from '../../src/i18n/result-content.js';
import type { ScreenerContext } from '../../src/machine/types.js';
import { toQuestionnaire } from '../../src/tools.js';
import { bank } from '../helpers/journeys.js';
import { personas } from '../helpers/personas.js';
import { SIX_ESCALATED, SUMMARY_PERSONAS, URGENT, sessionOf } from '../summary/personas.js';
import { retractedSession } from '../summary/retracted.js';
import { answerTree, loadLForms, renderForm, type RenderedForm } from './lforms-page.js';
import { answersByLinkId, enabled, itemsOf } from './structure.js';

/**
 * The export as a FHIR form engine sees it: LHC-Forms renders our Questionnaire with our
 * QuestionnaireResponse merged in. It must show every section and question, evaluate our
 * enableWhen to the questions the screener asked, and show (and give back) the same answers.
 * Where it cannot follow a rule of ours, the tests below pin down exactly how it differs.
 */

const NOW = new Date('2026-01-01T00:00:00Z');

function exportOf(context: ScreenerContext, content?: LocaleContent) {
  const ui = content ? wholeUiOf(content) : ENGLISH_UI;
  const [questionnaire, response] = sessionBundle(context, ui, NOW).entry.map((e) => e.resource) as [Questionnaire, QuestionnaireResponse];
  return { questionnaire, response };
}

/** The questions the screener asks with these answers (repeated ones by template id), and each medicine's group. */
function askedByScreener({ bank, answers, safety }: Pick<ScreenerContext, 'bank' | 'answers' | 'safety'>): string[] {
  return visibleSteps(bank, answers, safety.raisedBy)
    .flatMap((step) => [
      ...(step.repeatOption ? [LINK.step(step.key.slice(0, -step.repeatOption.length - 1))] : []),
      ...step.questions.map((q) => q.templateId),
    ])
    .sort();
}

/**
 * Conditional items FHIR enables that the screener does not ask, each with the questions under it
 * (LHC-Forms shows one empty instance of a repeating group).
 */
function enabledOnlyByFhir(questionnaire: Questionnaire, response: QuestionnaireResponse | undefined, asked: string[]) {
  const defs = itemsOf(questionnaire);
  const repeating = new Set([...defs.values()].filter(({ item }) => item.type === 'group' && item.repeats).map(({ item }) => item.linkId));
  const answers = answersByLinkId(response ?? ({ item: [] } as unknown as QuestionnaireResponse), repeating);
  const on = (linkId: string | null): boolean => linkId === null || (enabled(defs.get(linkId)!.item, answers) && on(defs.get(linkId)!.parent));
  const extra = [...defs.values()].filter(({ item }) => item.enableWhen && on(item.linkId) && !asked.includes(item.linkId)).map(({ item }) => item);
  const under = (items: QuestionnaireItem[] = []): string[] =>
    items.flatMap((i) => [...(i.type === 'display' || i.readOnly ? [] : [i.linkId]), ...under(i.item)]);
  return { shown: extra.flatMap((item) => [item.linkId, ...under(item.item)]) };
}

/** The questions LHC-Forms shows (not what the screener fills in), and each repeating group. */
function shownByLForms(form: RenderedForm, questionnaire: Questionnaire): string[] {
  const defs = itemsOf(questionnaire);
  return form.shown
    .map((s) => s.linkId)
    .filter((linkId) => {
      const { item } = defs.get(linkId)!;
      return item.type === 'group' ? item.repeats : item.type !== 'display' && !item.readOnly;
    })
    .sort();
}

const itemOf = (q: Questionnaire, linkId: string) => itemsOf(q).get(linkId)!.item;

const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** The answers of a response as LHC-Forms shows them, one line per answered item, in order. */
function answerLines(items: ResponseItem[] = [], questionnaire: Questionnaire): string[] {
  const defs = itemsOf(questionnaire);
  const shown = (linkId: string, a: ResponseAnswer) => {
    if (!a.valueCoding) return a.valueString ?? String(a.valueInteger ?? a.valueDecimal);
    const option = defs.get(linkId)!.item.answerOption!.find((o) => o.valueCoding.code === a.valueCoding!.code)!;
    const score = option.extension?.find((e) => e.url === ORDINAL_VALUE)?.valueDecimal;
    // LHC-Forms shows an option's score after its label.
    return score === undefined ? a.valueCoding.display : `${a.valueCoding.display} - ${score}`;
  };
  const lines = (list: ResponseItem[] = []): string[] =>
    list.flatMap((i) => [...(i.answer ? [`${i.linkId}: ${i.answer.map((a) => shown(i.linkId, a)).join(' | ')}`] : []), ...lines(i.item)]);
  return lines(items);
}

const shownLines = (form: RenderedForm) => form.shown.filter((s) => s.answers.length).map((s) => `${s.linkId}: ${s.answers.join(' | ')}`);

const totalOf = (r: QuestionnaireResponse) =>
  r.item?.find((i) => i.linkId === LINK.results)?.item?.find((i) => i.linkId === LINK.phq9Total)?.answer?.[0].valueInteger;

const SDC_CALCULATED = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

before(async function () {
  // Loads once for the file: about 2 MB of scripts.
  this.timeout(20000);
  await loadLForms();
});

describe('LHC-Forms renders the Questionnaire', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`${locale}: every section, question and text, each under its own text`, async () => {
      const content = locale === 'es' ? await loadContent('es') : undefined;
      // A screen that opens every conditional item: ASQ item 5, the typed name, the medicine groups.
      const context = sessionOf(SIX_ESCALATED, content);
      const { questionnaire, response } = exportOf(context, content);
      const form = await renderForm(questionnaire, response);
      const shown = new Map(form.shown.map((s) => [s.linkId, s.text]));
      const all = [...itemsOf(questionnaire).values()].map(({ item }) => item);
      for (const item of all) expect(shown.get(item.linkId), item.linkId).to.equal(item.text ?? '');
      expect(form.shown.filter((s) => s.linkId.startsWith('section:'))).to.have.length(context.bank.sections.length);
    });
  }

});

describe('LHC-Forms with a completed screen merged in', () => {
  const cases = [...SUMMARY_PERSONAS.filter((p) => !p.asq5), ...personas.map(({ name, answers }) => ({ name, answers }))];

  for (const persona of cases) {
    it(`${persona.name}: shows the questions the screener asked, with the same answers`, async () => {
      const context = sessionOf(persona);
      const { questionnaire, response } = exportOf(context);
      const form = await renderForm(questionnaire, response);
      expect(shownByLForms(form, questionnaire)).to.deep.equal(askedByScreener(context));
      expect(shownLines(form), 'answers on the page').to.deep.equal(answerLines(response.item, questionnaire));
      expect(answerTree(form.response.item), 'answers LHC-Forms gives back').to.deep.equal(answerTree(response.item));
    });
  }

  for (const persona of SUMMARY_PERSONAS) {
    it(`${persona.name}: LHC-Forms computes the same PHQ-9 total when the Questionnaire says how`, async () => {
      const { questionnaire, response } = exportOf(sessionOf(persona));
      const total = totalOf(response);
      expect(total).to.be.a('number');
      // The answers without the screener's total, as if just entered: LHC-Forms fills it in itself.
      const results = response.item.find((i) => i.linkId === LINK.results)!;
      const withoutTotal = {
        ...response,
        item: response.item.map((i) => (i === results ? { ...i, item: i.item!.filter((r) => r.linkId !== LINK.phq9Total) } : i)),
      };
      const computed = totalOf((await renderForm(questionnaire, withoutTotal, true)).response);
      const calculated = itemOf(questionnaire, LINK.phq9Total).extension?.some((e) => e.url === SDC_CALCULATED);
      expect(computed).to.equal(calculated ? total : undefined);
    });
  }
});

describe('LHC-Forms where the screener’s rules go further than FHIR', () => {
  const unanswered = [
    { name: 'no answers', context: null },
    { name: 'an urgent screen that stopped at ASQ item 5', context: sessionOf(URGENT) },
  ];
  for (const { name, context } of unanswered) {
    it(`${name}: LHC-Forms shows just what the screener would (a "!=" stays false on an unanswered question)`, async () => {
      const { questionnaire, response } = context ? exportOf(context) : { questionnaire: toQuestionnaire(bank), response: undefined };
      const form = await renderForm(questionnaire, response);
      const asked = askedByScreener(context ?? { bank, answers: {}, safety: { level: 'none', triggeredBy: [], raisedBy: {} } });
      const fhirOnly = enabledOnlyByFhir(questionnaire, response, asked);
      // FHIR's own "!=" holds when there is no answer: the export pairs it with "exists" or writes "=" instead.
      expect(fhirOnly.shown, 'enabled by FHIR alone').to.deep.equal([]);
      expect(shownByLForms(form, questionnaire)).to.deep.equal([...asked].sort());
      if (response) expect(answerTree(form.response.item)).to.deep.equal(answerTree(response.item));
    });
  }

  it('ASQ item 5 kept open by a changed answer: LHC-Forms hides it, and its answer only travels in an extension', async () => {
    const context = retractedSession();
    const { questionnaire, response } = exportOf(context);
    const form = await renderForm(questionnaire, response);
    expect(askedByScreener(context)).to.include('asq-5');
    expect(shownByLForms(form, questionnaire)).to.deep.equal(askedByScreener(context).filter((id) => id !== 'asq-5'));
    const level = (r: QuestionnaireResponse) => r.item.find((i) => i.linkId === LINK.results)!.item!.find((i) => i.linkId === LINK.safetyLevel)!;
    const keptOpen = level(response).extension!.filter((e) => e.url === SAFETY_FOLLOW_UP_EXTENSION);
    expect(keptOpen.map((e) => e.extension!.find((part) => part.url === 'question')!.valueString)).to.deep.equal(['asq-5']);
    // LHC-Forms keeps no item extensions: the raised-by record and the kept-open answer are not in its response.
    expect(level(form.response).extension).to.equal(undefined);
    expect(answerTree(form.response.item)).to.deep.equal(answerTree(response.item));
  });
});
