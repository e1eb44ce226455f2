/**
 * What the medicine answers show, as every sentence that repeats it words it (CLINICAL.md §6.3):
 * the result's headline, the esketamine card's reason and the doctor's summary all read this one
 * value, so they never disagree on the pattern's strength or on adequacy.
 */
import { format } from '../i18n/format.js';
import type { ResultCopy } from './contentTypes.js';
import { trdPattern, type PatternResult } from './pattern.js';
import type { Finding, MedicationTrial, TrialResponse } from './types.js';

/** A medicine that helped is not a failure, and never "not shown". */
const HELPED: readonly TrialResponse[] = ['remission', 'good-then-lost'];

/**
 * The pattern, with `trd-may-match` when a counted trial helped a little, a counted medicine's
 * name is to be checked, or bipolar disorder was answered; and, for no adequate trial, why not
 * "none shown" when the table shows one: one helped, or all were in an earlier period.
 */
export function findingOf(
  medications: MedicationTrial[],
  cautions: readonly string[],
  found: PatternResult = trdPattern(medications),
): Finding {
  if (found.pattern === 'trd-pattern') {
    const softened = found.partialCounted || found.namesToCheck.length > 0 || cautions.includes('bipolar');
    return softened ? 'trd-may-match' : 'trd-pattern';
  }
  if (found.pattern !== 'no-adequate-trial') return found.pattern;
  const adequate = medications.filter((trial) => trial.adequateTrial);
  if (adequate.some((trial) => HELPED.includes(trial.response))) return 'adequate-helped';
  // Adequate, neither counted, unclear nor helped: every one left is from an earlier period.
  return adequate.length > 0 ? 'adequate-earlier' : 'no-adequate-trial';
}

/** Why the pattern is worded more softly, the same on the result and the summary. */
export function softeningNotes(found: PatternResult, copy: ResultCopy, locale: string): string[] {
  const medicines = new Intl.ListFormat(locale, { type: 'conjunction' }).format(found.namesToCheck);
  return [
    ...(found.pattern === 'trd-pattern' && found.partialCounted ? [copy.partialNote] : []),
    ...(found.namesToCheck.length > 0 ? [format(copy.checkNames, { medicines })] : []),
  ];
}
