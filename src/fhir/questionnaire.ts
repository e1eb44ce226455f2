import { SAFETY_LEVELS } from '../bank/risk.js';
import { findQuestion } from '../bank/steps.js';
import type { AnswerOption, Condition, Question, QuestionBank, Section, Step } from '../bank/types.js';
import { ENGLISH_RESULT, ENGLISH_UI } from '../i18n/result-content.js';
import type { Pattern } from '../clinical/types.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import { groupCodes, optionCoding, ordinalValue, phq9TotalExpression, PHQ9_TOTAL, questionCodes, resultCoding } from './codes.js';
import type { AnswerOption as FhirAnswerOption, EnableWhen, Questionnaire, QuestionnaireItem } from './types.js';

/**
 * The bank as a FHIR R4 Questionnaire. Sections become groups; a question's linkId is its id in
 * the bank, and each option becomes an answerOption coding. The PHQ-9 carries LOINC codes (its
 * group is the panel; items, answers with their scores as ordinalValue, and the total with an
 * SDC calculatedExpression); every other code is the bank's own id in the bank's code system,
 * versioned with the bank (see `codes.ts`).
 *
 * A step shown once per chosen option (the questions about each medicine) becomes one repeating
 * group: in a response it appears once per medicine, its first item saying which medicine, then
 * the answers to that medicine's questions under their template ids (`med-weeks`, not
 * `med-weeks:sertraline`).
 *
 * Conditions map to enableWhen: `=` and `includes` to `=` (FHIR: at least one answer equals),
 * `!=` and `excludes` to `!=` (FHIR: no answer equals), `exists` to `exists`; a `!=` is kept
 * false on an unanswered question, as the bank means it (see `conditions`), so an empty or
 * stopped form shows no question the flow would not. The bank also requires `=` on a
 * multiple-choice question to be the only choice, which FHIR cannot say.
 */

/** A canonical URL that needs no domain: a fixed UUID URN; `version` tells banks apart. */
const QUESTIONNAIRE_URL = 'urn:uuid:4e9fab8f-bd42-4cbb-857e-bd70de64ce6a';

/** linkIds that are not bank ids contain a colon, which bank ids never do. */
export const LINK = {
  section: (id: string) => `section:${id}`,
  step: (id: string) => `step:${id}`,
  intro: (id: string) => `step:${id}:intro`,
  help: (id: string) => `${id}:help`,
  stepConditions: (id: string) => `step:${id}:when`,
  repeatOption: (stepId: string) => `step:${stepId}:option`,
  results: 'result:summary',
  phq9Total: 'result:phq9-total',
  safetyLevel: 'result:safety-level',
  adequateTrials: 'result:adequate-trials',
  pattern: 'result:pattern',
  wantToAsk: 'result:want-to-ask',
} as const;

/** The result's options as the questionnaire names them (the result content's `options`). */
export type OptionTitles = ReadonlyArray<{ id: string; title: string }>;

const PATTERNS: readonly Pattern[] = ['trd-pattern', 'one-adequate-trial', 'no-adequate-trial', 'unclear'];

/** A question's option as an answerOption: its coding, and its score when it has one. */
const answerOption = (version: string, questionId: string, option: AnswerOption): FhirAnswerOption => ({
  ...(option.score === undefined ? {} : { extension: ordinalValue(option.score) }),
  valueCoding: optionCoding(version, questionId, option),
});

function enableWhenOf(condition: Condition, version: string): EnableWhen {
  if (condition.operator === 'exists') {
    return { question: condition.question, operator: 'exists', answerBoolean: condition.answer === true };
  }
  const operator = condition.operator === '=' || condition.operator === 'includes' ? '=' : '!=';
  return { question: condition.question, operator, answerCoding: optionCoding(version, condition.question, { id: String(condition.answer) }) };
}

/**
 * The bank's conditions as enableWhen, with the bank's meaning: a comparison with an unanswered
 * question is false. FHIR's `!=` holds when there is no answer, so under "all" each `!=` gets an
 * `exists` beside it, and under "any" a `!=` on a single choice becomes `=` on each other option
 * (a `!=` on a multiple choice under "any" has no exact FHIR form and stays as it is).
 */
function conditions(item: { enableWhen?: Condition[]; enableBehavior?: 'all' | 'any' }, bank: QuestionBank) {
  const list = item.enableWhen;
  if (!list?.length) return {};
  const behavior = list.length > 1 ? (item.enableBehavior ?? 'all') : 'all';
  const fhir = (condition: Condition) => enableWhenOf(condition, bank.version);
  const expanded = list.flatMap((condition): EnableWhen[] => {
    if (condition.operator !== '!=' && condition.operator !== 'excludes') return [fhir(condition)];
    const { question } = condition;
    if (behavior === 'all') return [fhir({ question, operator: 'exists', answer: true }), fhir(condition)];
    const asked = findQuestion(bank, question);
    if (asked?.type !== 'single') return [fhir(condition)];
    const others = (asked.options ?? []).filter((option) => option.id !== String(condition.answer));
    return others.map((option) => fhir({ question, operator: '=', answer: option.id }));
  });
  const enableWhen = expanded.filter((entry, i) => expanded.findIndex((other) => JSON.stringify(other) === JSON.stringify(entry)) === i);
  return { enableWhen, ...(enableWhen.length > 1 ? { enableBehavior: behavior } : {}) };
}

function questionItem(question: Question, fill: (text: string) => string, bank: QuestionBank): QuestionnaireItem {
  const { version } = bank;
  const choice = question.type === 'single' || question.type === 'multiple';
  const code = questionCodes(question.id);
  return {
    linkId: question.id,
    ...(code ? { code } : {}),
    text: fill(question.text),
    type: choice ? 'choice' : question.type === 'text' ? 'string' : 'decimal',
    ...(question.required ? { required: true } : {}),
    ...(question.type === 'multiple' ? { repeats: true } : {}),
    ...conditions(question, bank),
    ...(choice ? { answerOption: (question.options ?? []).map((o) => answerOption(version, question.id, o)) } : {}),
    ...(question.help ? { item: [{ linkId: LINK.help(question.id), type: 'display', text: fill(question.help) }] } : {}),
  };
}

interface Context {
  bank: QuestionBank;
  ui: WholeUiStrings;
  repeats: Map<string, Repeat>;
}

/** A repeating group: the multiple-choice question it repeats for, and the item naming the option. */
export interface Repeat {
  source: string;
  optionLinkId: string;
}

/** The repeating group of a step shown once per chosen option, e.g. once per medicine. */
function repeatedStep(step: Step, { bank, ui, repeats }: Context, intro?: string): QuestionnaireItem {
  const fill = (text: string) => text.replaceAll('{name}', ui.fhir.repeatedName).replaceAll('{hint}', '').trim();
  const source = step.repeatFor!;
  const options = findQuestion(bank, source)?.options ?? [];
  const linkId = LINK.step(step.id);
  repeats.set(linkId, { source, optionLinkId: LINK.repeatOption(step.id) });
  // Enabled when something other than an exclusive option ("none of these") was chosen.
  const exclusive = options.filter((o) => o.exclusive);
  const chosenAny: Condition[] = exclusive.length
    ? exclusive.map((o) => ({ question: source, operator: 'excludes', answer: o.id }))
    : [{ question: source, operator: 'exists', answer: true }];
  return {
    linkId,
    ...(step.title ? { text: fill(step.title) } : {}),
    type: 'group',
    repeats: true,
    ...conditions({ enableWhen: chosenAny, enableBehavior: 'all' }, bank),
    item: [
      ...(intro ? [{ linkId: LINK.intro(step.id), type: 'display' as const, text: fill(intro) }] : []),
      {
        linkId: LINK.repeatOption(step.id),
        text: ui.fhir.medicine,
        type: 'choice',
        required: true,
        readOnly: true,
        answerOption: options.filter((o) => !o.exclusive).map((o) => answerOption(bank.version, source, o)),
      },
      ...step.questions.map((q) => questionItem(q, fill, bank)),
    ],
  };
}

function stepItems(step: Step, context: Context, intro?: string): QuestionnaireItem[] {
  const body: QuestionnaireItem[] = step.repeatFor
    ? [repeatedStep(step, context, intro)]
    : [
        ...(intro ? [{ linkId: LINK.intro(step.id), type: 'display' as const, text: intro }] : []),
        ...step.questions.map((q) => questionItem(q, (text) => text, context.bank)),
      ];
  if (!step.enableWhen?.length) return body;
  // The step's own conditions hold the whole step, as in the flow.
  const linkId = step.repeatFor ? LINK.stepConditions(step.id) : LINK.step(step.id);
  return [{ linkId, type: 'group', ...conditions(step, context.bank), item: body }];
}

function sectionItem(section: Section, context: Context): QuestionnaireItem {
  let lastIntro: string | undefined;
  const items = section.steps.flatMap((step) => {
    // A stem shared by several steps in a row (the PHQ-9's) is shown once.
    const intro = step.intro !== lastIntro ? step.intro : undefined;
    lastIntro = step.intro;
    return stepItems(step, context, intro);
  });
  const code = groupCodes(section.steps.flatMap((step) => step.questions.map((q) => q.id)));
  return { linkId: LINK.section(section.id), ...(code ? { code } : {}), text: section.title, type: 'group', item: items };
}

/**
 * Read-only items the screener fills in: the PHQ-9 total, the safety level, the medicine pattern,
 * and the options the patient ticked "I want to ask about this".
 */
function resultsItem(ui: WholeUiStrings, options: OptionTitles): QuestionnaireItem {
  const choice = (linkId: string, text: string, codes: Array<[string, string]>): QuestionnaireItem => ({
    linkId,
    text,
    type: 'choice',
    readOnly: true,
    answerOption: codes.map(([code, display]) => ({ valueCoding: resultCoding(code, display) })),
  });
  return {
    linkId: LINK.results,
    text: ui.fhir.resultGroup,
    type: 'group',
    item: [
      {
        extension: phq9TotalExpression(),
        linkId: LINK.phq9Total,
        code: [PHQ9_TOTAL],
        text: ui.fhir.phq9Total,
        type: 'integer',
        readOnly: true,
      },
      choice(LINK.safetyLevel, ui.fhir.safetyLevel, SAFETY_LEVELS.map((level) => [level, ui.summary.safetyStatus[level]])),
      { linkId: LINK.adequateTrials, text: ui.fhir.adequateTrials, type: 'integer', readOnly: true },
      choice(LINK.pattern, ui.fhir.pattern, PATTERNS.map((pattern) => [pattern, ui.summary.patterns[pattern]])),
      { ...choice(LINK.wantToAsk, ui.summary.wantToAskHeading, options.map((o) => [o.id, o.title])), repeats: true },
    ],
  };
}

/**
 * The questionnaire, and which repeating groups repeat for which question (for responses).
 * `options`: the result's options in the questionnaire's language (English by default).
 */
export function questionnaireOf(bank: QuestionBank, ui: WholeUiStrings, options: OptionTitles = ENGLISH_RESULT.options) {
  const context: Context = { bank, ui, repeats: new Map() };
  const questionnaire: Questionnaire = {
    resourceType: 'Questionnaire',
    id: `trd-screener-${bank.version}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64),
    url: QUESTIONNAIRE_URL,
    version: bank.version,
    name: 'TrdScreener',
    title: ui.fhir.title,
    status: 'active',
    subjectType: ['Patient'],
    language: bank.locale,
    item: [...bank.sections.map((section) => sectionItem(section, context)), resultsItem(ui, options)],
  };
  return { questionnaire, repeats: context.repeats };
}

/** The bank as a FHIR R4 Questionnaire; texts not in the bank come from `ui` (English by default). */
export function toQuestionnaire(bank: QuestionBank, ui: WholeUiStrings = ENGLISH_UI, options?: OptionTitles): Questionnaire {
  return questionnaireOf(bank, ui, options).questionnaire;
}
