import { PHQ9_ITEMS } from '../clinical/phq9.js';
import type { Coding, Extension } from './types.js';

/**
 * The codes on the FHIR export. The PHQ-9 (CLINICAL.md §3) carries LOINC: its panel, nine items,
 * difficulty item, total score and answers, each answer with its score as R4's `ordinalValue`.
 * The table is keyed by the ids the PHQ-9 has in every bank: the instrument guard
 * (src/bank/instrument-guard.ts) pins its items' ids, option ids, wording and scores, and the
 * scorer (src/clinical/phq9.ts) reads them. So one table serves both languages and a clinic's
 * own bank, no bank can put a LOINC code on a question that is not the instrument's, and the
 * embed does not carry it (it is loaded with the FHIR export only).
 *
 * Every other coding is the bank's own: the question or option id, in the bank's code system
 * (a fixed UUID URN: the package owns no domain) at the bank's version; the values the screener
 * works out (safety level, medicine pattern) are the ScreenerResult's, in a system of their own.
 */

export const LOINC = 'http://loinc.org';
/** The bank's question and option ids; `Coding.version` is the bank's version. */
export const BANK_CODE_SYSTEM = 'urn:uuid:21fb5708-ca6c-44e1-931a-a25692b7a392';
/** ScreenerResult's values (`safety.level`, `pattern`); `Coding.version` is ScreenerResult's version. */
export const RESULT_CODE_SYSTEM = 'urn:uuid:675f670f-9bcd-42da-be5d-dc3e22a39488';
export const RESULT_CODE_VERSION = '2';

export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
const CALCULATED_EXPRESSION = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

export const PHQ9_PANEL: Coding = { system: LOINC, code: '44249-1', display: 'PHQ-9 quick depression assessment panel' };
export const PHQ9_TOTAL: Coding = { system: LOINC, code: '44261-6' };

const QUESTION_CODES: Record<string, string> = {
  'phq9-1': '44250-9',
  'phq9-2': '44255-8',
  'phq9-3': '44259-0',
  'phq9-4': '44254-1',
  'phq9-5': '44251-7',
  'phq9-6': '44258-2',
  'phq9-7': '44252-5',
  'phq9-8': '44253-3',
  'phq9-9': '44260-8',
  'phq9-difficulty': '69722-7',
};

const FREQUENCY: Record<string, string> = {
  'not-at-all': 'LA6568-5',
  'several-days': 'LA6569-3',
  'more-than-half': 'LA6570-1',
  'nearly-every-day': 'LA6571-9',
};

/** LOINC's answer list for 69722-7. */
const DIFFICULTY: Record<string, string> = {
  'not-difficult': 'LA6572-7',
  somewhat: 'LA6573-5',
  very: 'LA6575-0',
  extremely: 'LA6574-3',
};

const ANSWER_CODES: Record<string, Record<string, string>> = {
  ...Object.fromEntries(PHQ9_ITEMS.map((id) => [id, FREQUENCY])),
  'phq9-difficulty': DIFFICULTY,
};

/** A question's standard code, when it has one. */
export function questionCodes(questionId: string): Coding[] | undefined {
  const code = QUESTION_CODES[questionId];
  return code ? [{ system: LOINC, code }] : undefined;
}

/** An option of a question as a coding: LOINC for the PHQ-9's answers, else the bank's own id. */
export function optionCoding(bankVersion: string, questionId: string, option: { id: string; label?: string }): Coding {
  const loinc = ANSWER_CODES[questionId]?.[option.id];
  const display = option.label === undefined ? {} : { display: option.label };
  return loinc
    ? { system: LOINC, code: loinc, ...display }
    : { system: BANK_CODE_SYSTEM, version: bankVersion, code: option.id, ...display };
}

/** The option id a coding of `optionCoding` stands for. */
export function optionIdOf(questionId: string, coding: Coding): string {
  if (coding.system !== LOINC) return coding.code;
  const answers = ANSWER_CODES[questionId] ?? {};
  return Object.keys(answers).find((id) => answers[id] === coding.code) ?? coding.code;
}

export const resultCoding = (code: string, display: string): Coding => ({
  system: RESULT_CODE_SYSTEM,
  version: RESULT_CODE_VERSION,
  code,
  display,
});

/** An option's score, where LHC-Forms and SDC read it (the R4 extension allows answerOption). */
export const ordinalValue = (score: number): Extension[] => [{ url: ORDINAL_VALUE, valueDecimal: score }];

/**
 * The PHQ-9 total as SDC computes it: the sum of the nine items' ordinal values, and no total
 * unless all nine are answered (as the scorer: a partial sum has no band).
 */
export function phq9TotalExpression(): Extension[] {
  const items = PHQ9_ITEMS.map((id) => `'${id}'`).join(' | ');
  return [
    {
      url: VARIABLE,
      valueExpression: {
        name: 'phq9Scores',
        language: 'text/fhirpath',
        expression: `%resource.repeat(item).where(linkId in (${items})).answer.value.weight()`,
      },
    },
    {
      url: CALCULATED_EXPRESSION,
      valueExpression: { language: 'text/fhirpath', expression: 'iif(%phq9Scores.count() = 9, %phq9Scores.sum(), {})' },
    },
  ];
}

/** A group holding the nine PHQ-9 items is the PHQ-9 panel. */
export function groupCodes(questionIds: string[]): Coding[] | undefined {
  return PHQ9_ITEMS.every((id) => questionIds.includes(id)) ? [PHQ9_PANEL] : undefined;
}
