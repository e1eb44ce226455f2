/**
 * Every English string a patient may read, gathered by walking the typed content in
 * `questions/`, with `{placeholders}` filled the way the screener fills them.
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
import bank from '../../questions/bank.en.js';
import cautions from '../../questions/cautions.en.js';
import crisis, { fillCrisisCopy } from '../../questions/crisis.js';
import medicines from '../../questions/medicines.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import ui from '../../questions/ui.en.js';
import type { AnswerOption, Question } from '../../src/bank/types.js';
import { format } from '../../src/i18n/format.js';

export interface PatientString {
  /** Where the string lives, e.g. `bank medicines/med/med-dose help`. */
  where: string;
  text: string;
}

const medicineIds = new Set(medicines.map((medicine) => medicine.id));
const optionOf = (questionId: string, optionId: string): AnswerOption | undefined =>
  bank.sections
    .flatMap((section) => section.steps.flatMap((step) => step.questions))
    .find((question) => question.id === questionId)
    ?.options?.find((option) => option.id === optionId);

const sertraline = optionOf('meds-tried', 'sertraline');
const unsureName = optionOf('meds-tried', 'unsure-name');
// The unclear-answer phrases are read inside `unclearMedicine`, through `{answers}`.
const { unclearAnswers, ...resultSentences } = resultCopy;

const unclearList = new Intl.ListFormat('en', { type: 'conjunction' });

/** Typical values for every placeholder; several where each reads differently. */
const FILLS: Record<string, string[]> = {
  name: [sertraline?.label ?? 'sertraline', unsureName?.name ?? 'the medicine'],
  hint: [sertraline?.help ?? ''],
  route: Object.values(reasons.routes),
  topic: cautions.map((caution) => caution.topic),
  medicine: ['sertraline'],
  answers: [unclearAnswers['med-dose'] ?? '', unclearList.format(Object.values(unclearAnswers))],
  clinic: ['Riverside Health Clinic'],
  index: ['3'],
  total: ['12'],
  section: [bank.sections[1]?.title ?? ''],
  question: ['Are you 18 or older?'],
  site: ['fda.gov'],
  date: ['March 3, 2026'],
  version: [bank.version],
  raised: ['Yes'],
  current: ['No'],
};
const CRISIS_PLACEHOLDERS = /\{(line|emergency|place)\}/;

/** Every way the screener may fill a template; throws on a placeholder without a typical value. */
function fill(template: string): string[] {
  if (CRISIS_PLACEHOLDERS.test(template)) {
    return Object.values(crisis.regions).flatMap((region) => fill(fillCrisisCopy(template, region)));
  }
  const placeholder = /\{(\w+)\}/.exec(template)?.[1];
  if (!placeholder) return [template];
  const values = FILLS[placeholder];
  if (!values) throw new Error(`No typical value for {${placeholder}} in "${template}"`);
  return values.flatMap((value) => fill(format(template, { [placeholder]: value })));
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

function bankStrings(): PatientString[] {
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

function crisisStrings(): PatientString[] {
  return [
    ...leaves('crisis', crisis.copy),
    ...Object.values(crisis.regions).flatMap((region) =>
      region.resources.map((resource) => ({ where: `crisis ${region.id}/${resource.id}`, text: resource.description })),
    ),
  ];
}

function clinicalStrings(): PatientString[] {
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

/** Each distinct filled string once, under the first place it appears. */
export function patientStrings(): PatientString[] {
  const byText = new Map<string, PatientString>();
  for (const { where, text } of [...bankStrings(), ...leaves('ui', ui), ...crisisStrings(), ...clinicalStrings()]) {
    for (const filled of fill(text)) if (!byText.has(filled)) byText.set(filled, { where, text: filled });
  }
  return [...byText.values()];
}
