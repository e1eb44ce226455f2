import { SAFETY_LEVELS } from '../bank/risk.js';
import { findQuestion } from '../bank/steps.js';
import type { AnswerOption, Condition, Question, QuestionBank, Section, Step } from '../bank/types.js';
import { ENGLISH_UI } from '../i18n/result-content.js';
import type { Pattern } from '../clinical/types.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import type { Coding, EnableWhen, Questionnaire, QuestionnaireItem } from './types.js';

/**
 * The bank as a FHIR R4 Questionnaire. Sections become groups; a question's linkId is its id in
 * the bank, and each option becomes an answerOption coding whose code is the option id. No
 * standard codes (e.g. LOINC) are attached: none are given in the clinical content this package
 * is built from, so the codes are the bank's own.
 *
 * A step shown once per chosen option (the questions about each medicine) becomes one repeating
 * group: in a response it appears once per medicine, its first item saying which medicine, then
 * the answers to that medicine's questions under their template ids (`med-weeks`, not
 * `med-weeks:sertraline`).
 *
 * Conditions map to enableWhen: `=` and `includes` to `=` (FHIR: at least one answer equals),
 * `!=` and `excludes` to `!=` (FHIR: no answer equals), `exists` to `exists`. The bank also
 * requires `=` on a multiple-choice question to be the only choice, and treats every comparison
 * with an unanswered question as false where FHIR lets `!=` hold; in the built-in bank, every
 * question a condition looks at is required, so the two agree on every completed response.
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
} as const;

const PATTERNS: readonly Pattern[] = ['trd-pattern', 'one-adequate-trial', 'no-adequate-trial', 'unclear'];

const coding = (option: AnswerOption): Coding => ({ code: option.id, display: option.label });

function enableWhenOf(condition: Condition): EnableWhen {
  if (condition.operator === 'exists') {
    return { question: condition.question, operator: 'exists', answerBoolean: condition.answer === true };
  }
  const operator = condition.operator === '=' || condition.operator === 'includes' ? '=' : '!=';
  return { question: condition.question, operator, answerCoding: { code: String(condition.answer) } };
}

function conditions(item: { enableWhen?: Condition[]; enableBehavior?: 'all' | 'any' }) {
  if (!item.enableWhen?.length) return {};
  return {
    enableWhen: item.enableWhen.map(enableWhenOf),
    ...(item.enableWhen.length > 1 ? { enableBehavior: item.enableBehavior ?? 'all' } : {}),
  };
}

function questionItem(question: Question, fill: (text: string) => string): QuestionnaireItem {
  const choice = question.type === 'single' || question.type === 'multiple';
  return {
    linkId: question.id,
    text: fill(question.text),
    type: choice ? 'choice' : question.type === 'text' ? 'string' : 'decimal',
    ...(question.required ? { required: true } : {}),
    ...(question.type === 'multiple' ? { repeats: true } : {}),
    ...conditions(question),
    ...(choice ? { answerOption: (question.options ?? []).map((o) => ({ valueCoding: coding(o) })) } : {}),
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
    ...conditions({ enableWhen: chosenAny, enableBehavior: 'all' }),
    item: [
      ...(intro ? [{ linkId: LINK.intro(step.id), type: 'display' as const, text: fill(intro) }] : []),
      {
        linkId: LINK.repeatOption(step.id),
        text: ui.fhir.medicine,
        type: 'choice',
        required: true,
        readOnly: true,
        answerOption: options.filter((o) => !o.exclusive).map((o) => ({ valueCoding: coding(o) })),
      },
      ...step.questions.map((q) => questionItem(q, fill)),
    ],
  };
}

function stepItems(step: Step, context: Context, intro?: string): QuestionnaireItem[] {
  const body: QuestionnaireItem[] = step.repeatFor
    ? [repeatedStep(step, context, intro)]
    : [
        ...(intro ? [{ linkId: LINK.intro(step.id), type: 'display' as const, text: intro }] : []),
        ...step.questions.map((q) => questionItem(q, (text) => text)),
      ];
  if (!step.enableWhen?.length) return body;
  // The step's own conditions hold the whole step, as in the flow.
  const linkId = step.repeatFor ? LINK.stepConditions(step.id) : LINK.step(step.id);
  return [{ linkId, type: 'group', ...conditions(step), item: body }];
}

function sectionItem(section: Section, context: Context): QuestionnaireItem {
  let lastIntro: string | undefined;
  const items = section.steps.flatMap((step) => {
    // A stem shared by several steps in a row (the PHQ-9's) is shown once.
    const intro = step.intro !== lastIntro ? step.intro : undefined;
    lastIntro = step.intro;
    return stepItems(step, context, intro);
  });
  return { linkId: LINK.section(section.id), text: section.title, type: 'group', item: items };
}

/** Read-only items the screener fills in: the PHQ-9 total, the safety level, the medicine pattern. */
function resultsItem(ui: WholeUiStrings): QuestionnaireItem {
  const choice = (linkId: string, text: string, codes: Array<[string, string]>): QuestionnaireItem => ({
    linkId,
    text,
    type: 'choice',
    readOnly: true,
    answerOption: codes.map(([code, display]) => ({ valueCoding: { code, display } })),
  });
  return {
    linkId: LINK.results,
    text: ui.fhir.resultGroup,
    type: 'group',
    item: [
      { linkId: LINK.phq9Total, text: ui.fhir.phq9Total, type: 'integer', readOnly: true },
      choice(LINK.safetyLevel, ui.fhir.safetyLevel, SAFETY_LEVELS.map((level) => [level, ui.summary.safetyStatus[level]])),
      { linkId: LINK.adequateTrials, text: ui.fhir.adequateTrials, type: 'integer', readOnly: true },
      choice(LINK.pattern, ui.fhir.pattern, PATTERNS.map((pattern) => [pattern, ui.summary.patterns[pattern]])),
    ],
  };
}

/** The questionnaire, and which repeating groups repeat for which question (for responses). */
export function questionnaireOf(bank: QuestionBank, ui: WholeUiStrings) {
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
    item: [...bank.sections.map((section) => sectionItem(section, context)), resultsItem(ui)],
  };
  return { questionnaire, repeats: context.repeats };
}

/** The bank as a FHIR R4 Questionnaire; texts not in the bank come from `ui` (English by default). */
export function toQuestionnaire(bank: QuestionBank, ui: WholeUiStrings = ENGLISH_UI): Questionnaire {
  return questionnaireOf(bank, ui).questionnaire;
}
