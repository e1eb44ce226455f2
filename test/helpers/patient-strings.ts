/**
 * Every string a patient may read in a language, gathered by walking that language's content
 * (the English content, or the English structure with the Spanish words laid over it, exactly as
 * the screener shows it), with `{placeholders}` filled the way the screener fills them.
 *
 * Left out, and why (the rule is narrow on purpose; everything else is collected):
 * - Instrument wording quoted verbatim: a question marked `verbatim` (its text, its help — the
 *   PHQ-9 attribution — and its answers, the instrument's own scale) and an intro marked
 *   `introVerbatim`.
 * - Names that are not sentences: the medicine labels of the `meds-tried` question (their dose
 *   hint is read inside the per-medicine step's `{hint}`), and a crisis resource's name and link
 *   labels (a service's name, a phone number or a web address). Source links are not collected.
 * Strings that only fill another string (a route, a caution's topic, a region's crisis line) are
 * read inside the sentences they fill.
 */
import medicines from '../../questions/medicines.en.js';
import spanish from '../../questions/es/index.js';
import type { AnswerOption, Locale, Question, QuestionBank } from '../../src/bank/types.js';
import { resultContentOf, wholeUiOf } from '../../src/i18n/result-content.js';
import { fillCrisisCopy } from '../../src/crisis/regions.js';
import type { CrisisContent } from '../../src/crisis/types.js';
import { format } from '../../src/i18n/format.js';
import { contentFor, type LocaleContent } from '../../src/i18n/locale-content.js';
import { localize } from '../../src/i18n/translation.js';

export interface PatientString {
  /** Where the string lives, e.g. `bank medicines/med/med-dose help`. */
  where: string;
  text: string;
}

const english = contentFor('en').content;
/** Each language's content as the screener shows it (Spanish: the English structure, Spanish words). */
export const CONTENT: Readonly<Record<Locale, LocaleContent>> = { en: english, es: localize(english, spanish).content };

/** Example values that are not content: a clinic's name, a date. */
const EXAMPLES: Record<Locale, { clinic: string; date: string; medicine: string }> = {
  en: { clinic: 'Riverside Health Clinic', date: 'March 3, 2026', medicine: 'sertraline' },
  es: { clinic: 'Clínica del Valle', date: '3 de marzo de 2026', medicine: 'sertralina' },
};

const medicineIds = new Set(medicines.map((medicine) => medicine.id));
const CRISIS_PLACEHOLDERS = /\{(line|emergency|place)\}/;

const questionsOf = (bank: QuestionBank) => bank.sections.flatMap((section) => section.steps.flatMap((step) => step.questions));
const optionOf = (bank: QuestionBank, questionId: string, optionId: string): AnswerOption | undefined =>
  questionsOf(bank)
    .find((question) => question.id === questionId)
    ?.options?.find((option) => option.id === optionId);

/** Typical values for every placeholder, in the language; several where each reads differently. */
function fillsOf(content: LocaleContent): Record<string, string[]> {
  const { bank, locale } = content;
  const { cautions, reasons, resultCopy } = resultContentOf(content);
  const ui = wholeUiOf(content);
  const sertraline = optionOf(bank, 'meds-tried', 'sertraline');
  const unsureName = optionOf(bank, 'meds-tried', 'unsure-name');
  const unclear = resultCopy.unclearAnswers;
  const example = EXAMPLES[locale];
  return {
    name: [sertraline?.label ?? example.medicine, unsureName?.name ?? example.medicine],
    hint: [sertraline?.hint ?? ''],
    route: Object.values(reasons.routes),
    topic: cautions.map((caution) => caution.topic),
    medicine: [example.medicine],
    medicines: [new Intl.ListFormat(locale, { type: 'conjunction' }).format([example.medicine, unsureName?.name ?? example.medicine])],
    answers: [unclear['med-dose'] ?? '', new Intl.ListFormat(locale, { type: 'conjunction' }).format(Object.values(unclear))],
    clinic: [example.clinic],
    count: ['5'],
    index: ['3'],
    total: ['12'],
    minutes: ['10'],
    section: [bank.sections[1]?.title ?? ''],
    question: [questionsOf(bank).find((question) => question.id === 'age')?.text ?? ''],
    site: ['fda.gov'],
    date: [example.date],
    version: [bank.version],
    raised: [ui.summary.yesNoUnsure.yes],
    current: [ui.summary.yesNoUnsure.no],
    language: Object.values(ui.summary.languageNames),
  };
}

/** Every way the screener may fill a template; throws on a placeholder without a typical value. */
function filler(fills: Record<string, string[]>, crisis: CrisisContent) {
  const fill = (template: string): string[] => {
    if (CRISIS_PLACEHOLDERS.test(template)) {
      return Object.values(crisis.regions).flatMap((region) => fill(fillCrisisCopy(template, region)));
    }
    const placeholder = /\{(\w+)\}/.exec(template)?.[1];
    if (!placeholder) return [template];
    const values = fills[placeholder];
    if (!values) throw new Error(`No typical value for {${placeholder}} in "${template}"`);
    return values.flatMap((value) => fill(format(template, { [placeholder]: value })));
  };
  return fill;
}

function questionStrings(where: string, question: Question): PatientString[] {
  if (question.verbatim) return [];
  const at = `${where}/${question.id}`;
  const shown = (option: AnswerOption) => !(question.id === 'meds-tried' && medicineIds.has(option.id));
  return [
    { where: at, text: question.text },
    ...(question.help ? [{ where: `${at} help`, text: question.help }] : []),
    ...(question.options ?? []).filter(shown).flatMap((option) => [
      { where: `${at}#${option.id}`, text: option.label },
      ...(option.name ? [{ where: `${at}#${option.id} name`, text: option.name }] : []),
      ...(option.help ? [{ where: `${at}#${option.id} help`, text: option.help }] : []),
    ]),
  ];
}

function bankStrings(bank: QuestionBank): PatientString[] {
  return bank.sections.flatMap((section) => [
    { where: `bank ${section.id}`, text: section.title },
    ...section.steps.flatMap((step) => {
      const where = `bank ${section.id}/${step.id}`;
      return [
        ...(step.title ? [{ where, text: step.title }] : []),
        ...(step.intro && !step.introVerbatim ? [{ where: `${where} intro`, text: step.intro }] : []),
        ...step.questions.flatMap((question) => questionStrings(where, question)),
      ];
    }),
  ]);
}

/** Every string leaf of a nested object of copy, named by its path. */
function leaves(where: string, copy: object): PatientString[] {
  return Object.entries(copy).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'string'
      ? [{ where: `${where}.${key}`, text: value }]
      : typeof value === 'object' && value !== null
        ? leaves(`${where}.${key}`, value)
        : [],
  );
}

function crisisStrings(crisis: CrisisContent): PatientString[] {
  return [
    ...leaves('crisis', crisis.copy),
    ...Object.values(crisis.regions).flatMap((region) =>
      region.resources.map((resource) => ({ where: `crisis ${region.id}/${resource.id}`, text: resource.description })),
    ),
  ];
}

function clinicalStrings(content: LocaleContent): PatientString[] {
  const { options, cautions, reasons, resultCopy } = resultContentOf(content);
  // The unclear-answer phrases are read inside `unclearMedicine`, through `{answers}`.
  const resultSentences = Object.fromEntries(Object.entries(resultCopy).filter(([key]) => key !== 'unclearAnswers'));
  return [
    ...options.flatMap((option) => [
      { where: `options ${option.id} title`, text: option.title },
      ...option.facts.map((fact, index) => ({ where: `options ${option.id} fact ${index + 1}`, text: fact.text })),
    ]),
    ...cautions.map((caution) => ({ where: `cautions ${caution.id} fact`, text: caution.fact })),
    ...leaves('reasons', reasons.sentences),
    ...leaves('result-copy', resultSentences),
  ];
}

/** Each distinct filled string of the language once, under the first place it appears. */
export function patientStrings(locale: Locale = 'en'): PatientString[] {
  const content = CONTENT[locale];
  const fill = filler(fillsOf(content), content.crisis);
  const byText = new Map<string, PatientString>();
  const all = [...bankStrings(content.bank), ...leaves('ui', wholeUiOf(content)), ...crisisStrings(content.crisis), ...clinicalStrings(content)];
  for (const { where, text } of all) {
    for (const filled of fill(text)) if (!byText.has(filled)) byText.set(filled, { where, text: filled });
  }
  return [...byText.values()];
}
