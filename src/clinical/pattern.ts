/**
 * The pattern the medicine answers match, decided in a fixed order: two or more failed adequate
 * trials in this period; else unclear; else one; else none. Trials in an earlier period of
 * depression are listed for the doctor but never counted.
 */
import { isNameToCheck } from './listed-medicines.js';
import { isFailedAdequateTrial, unsureAnswers } from './trials.js';
import type { MedicationTrial, Pattern } from './types.js';

/** The FDA describes TRD as no response to at least two antidepressants, each adequate. */
export const TRD_MIN_FAILED_TRIALS = 2;

export interface PatternResult {
  pattern: Pattern;
  /** Failed adequate trials in this period (the contract's `adequateTrialsWithoutRemission`). */
  failedAdequate: number;
  /** A counted trial helped a little (`some`): the wording softens and the doctor judges. */
  partialCounted: boolean;
  /** Trials whose "not sure" answers leave open whether they count (template question ids). */
  unclearBecause: Array<{ medication: string; answers: string[] }>;
  /** Counted medicines not on the list (a typed name, "not sure of the name"): the wording softens and names them for the doctor to check. */
  namesToCheck: string[];
}

export function trdPattern(trials: MedicationTrial[]): PatternResult {
  const counted = trials.filter(isFailedAdequateTrial);
  const unclearBecause = trials
    .map((trial) => ({ medication: trial.name, answers: unsureAnswers(trial) }))
    .filter((entry) => entry.answers.length > 0);
  const failedAdequate = counted.length;
  const pattern: Pattern =
    failedAdequate >= TRD_MIN_FAILED_TRIALS
      ? 'trd-pattern'
      : unclearBecause.length > 0
        ? 'unclear'
        : failedAdequate === 1
          ? 'one-adequate-trial'
          : 'no-adequate-trial';
  return {
    pattern,
    failedAdequate,
    partialCounted: counted.some((trial) => trial.response === 'some'),
    unclearBecause,
    namesToCheck: counted.filter(isNameToCheck).map((trial) => trial.name),
  };
}
