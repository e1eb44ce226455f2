/**
 * Medicine trials from the answers, and what each one means: adequate (a patient-reported proxy
 * for ≥ 6 weeks at the dose the prescriber aimed for), unclear, an intolerance, a failed
 * adequate trial. The summary shows every answer, so the doctor judges adequacy in the end.
 */
import { findQuestion, instanceId, optionName } from '../bank/steps.js';
import type { AnswerOption, Answers, QuestionBank } from '../bank/types.js';
import { listedMedicineNamed } from './listed-medicines.js';
import type { MedicationTrial, TrialPeriod, TrialResponse, TrialWeeks, YesNoUnsure } from './types.js';

export const MEDS_TRIED = 'meds-tried';

/** Template ids of the per-medicine questions (instances are `med-weeks:sertraline` etc.). */
export const TRIAL_QUESTIONS = {
  period: 'med-period',
  weeks: 'med-weeks',
  fullDose: 'med-dose',
  response: 'med-response',
  stoppedForSideEffects: 'med-side-effects',
} as const;

const PERIODS: readonly TrialPeriod[] = ['this', 'earlier', 'unsure'];
const WEEKS: readonly TrialWeeks[] = ['under-4', '4-5', '6-plus', 'unsure'];
const YES_NO_UNSURE: readonly YesNoUnsure[] = ['yes', 'no', 'unsure'];
const RESPONSES: readonly TrialResponse[] = ['none', 'some', 'good-then-lost', 'remission', 'unsure'];
/** Responses that leave the person unwell: the trial failed (`some` counts, softly worded). */
const FAILED_RESPONSES: readonly TrialResponse[] = ['none', 'some'];

/** An unanswered or unknown value reads as "not sure": it can never make a trial count. */
function pick<T extends string>(value: unknown, allowed: readonly T[]): T | 'unsure' {
  return allowed.find((v) => v === value) ?? 'unsure';
}

/** The listed medicine a typed name names ("Zoloft" for "another medicine"), else the option itself. */
function medicineOf(bank: QuestionBank, options: readonly AnswerOption[], option: AnswerOption, answers: Answers): AnswerOption {
  const typed = bank.typedNames && Object.hasOwn(bank.typedNames, option.id);
  return (typed && listedMedicineNamed(options, optionName(bank, option, answers))) || option;
}

/**
 * One trial per medicine chosen in `meds-tried` (bank order; "none" and other exclusive options
 * skipped). A typed name of a listed medicine is that medicine; typed beside the same medicine
 * ticked, it is one medicine, and the course that decides most stands for it.
 */
export function medicationTrials(bank: QuestionBank, answers: Answers): MedicationTrial[] {
  const chosen = answers[MEDS_TRIED];
  if (!Array.isArray(chosen)) return [];
  const options = findQuestion(bank, MEDS_TRIED)?.options ?? [];
  const trials = options
    .filter((option) => chosen.includes(option.id) && !option.exclusive)
    .map((option): MedicationTrial => {
      const answer = (template: string) => answers[instanceId(template, option.id)];
      const medicine = medicineOf(bank, options, option, answers);
      const weeks = pick(answer(TRIAL_QUESTIONS.weeks), WEEKS);
      const fullDose = pick(answer(TRIAL_QUESTIONS.fullDose), YES_NO_UNSURE);
      return {
        id: medicine.id,
        name: optionName(bank, medicine, answers),
        period: pick(answer(TRIAL_QUESTIONS.period), PERIODS),
        weeks,
        fullDose,
        response: pick(answer(TRIAL_QUESTIONS.response), RESPONSES),
        stoppedForSideEffects: answer(TRIAL_QUESTIONS.stoppedForSideEffects) === 'yes',
        adequateTrial: isAdequateTrial({ weeks, fullDose }),
      };
    });
  return trials.filter((trial, i) => !trials.some((other, j) => other.id === trial.id && decidesBefore(other, j, trial, i)));
}

/** How much a course decides the count: a failed adequate trial, then one left open by "not sure", then any. */
const weight = (trial: MedicationTrial) => (isFailedAdequateTrial(trial) ? 0 : unsureAnswers(trial).length > 0 ? 1 : 2);

/** Of two courses of one medicine, the one that decides more, or the earlier one at a tie. */
function decidesBefore(a: MedicationTrial, aAt: number, b: MedicationTrial, bAt: number): boolean {
  return aAt !== bAt && (weight(a) < weight(b) || (weight(a) === weight(b) && aAt < bAt));
}

/** 6 weeks or more AND the dose the prescriber aimed for; "not sure" is never adequate. */
export function isAdequateTrial(trial: Pick<MedicationTrial, 'weeks' | 'fullDose'>): boolean {
  return trial.weeks === '6-plus' && trial.fullDose === 'yes';
}

/**
 * `unclear` when "not sure" about weeks or dose leaves adequacy open; a trial already ruled out
 * by a known answer (under 6 weeks, or not the full dose) is `not-adequate` whatever else is unsure.
 */
export function trialStatus(trial: Pick<MedicationTrial, 'weeks' | 'fullDose'>): 'adequate' | 'unclear' | 'not-adequate' {
  if (isAdequateTrial(trial)) return 'adequate';
  const couldBeAdequate = ['6-plus', 'unsure'].includes(trial.weeks) && ['yes', 'unsure'].includes(trial.fullDose);
  return couldBeAdequate ? 'unclear' : 'not-adequate';
}

/** Stopped for side effects before an adequate trial: shown to the doctor, never a failure. */
export function isIntolerance(trial: MedicationTrial): boolean {
  return trial.stoppedForSideEffects && trialStatus(trial) === 'not-adequate';
}

/**
 * Adequate, in this period of depression, and left the person unwell. A trial stopped for side
 * effects after it was adequate still counts: its response decides.
 */
export function isFailedAdequateTrial(trial: MedicationTrial): boolean {
  return isAdequateTrial(trial) && trial.period === 'this' && FAILED_RESPONSES.includes(trial.response);
}

/**
 * The unclear rule (CLINICAL.md §6.3, a product decision): the template ids of the "not sure"
 * answers that could change whether the trial counts as a failed adequate trial — weeks with the
 * dose reached (or also not sure), the dose at 6+ weeks, the response or period of an otherwise
 * adequate trial. Empty when it surely counts or cannot count either way (under 4 weeks with the
 * dose not sure, an earlier period with the weeks not sure, remission): such a trial is listed, not unclear.
 */
export function unsureAnswers(trial: MedicationTrial): string[] {
  const couldCount =
    trialStatus(trial) !== 'not-adequate' &&
    trial.period !== 'earlier' &&
    [...FAILED_RESPONSES, 'unsure'].includes(trial.response);
  if (!couldCount || isFailedAdequateTrial(trial)) return [];
  const unsure: Array<[boolean, string]> = [
    [trial.period === 'unsure', TRIAL_QUESTIONS.period],
    [trial.weeks === 'unsure', TRIAL_QUESTIONS.weeks],
    [trial.fullDose === 'unsure', TRIAL_QUESTIONS.fullDose],
    [trial.response === 'unsure', TRIAL_QUESTIONS.response],
  ];
  return unsure.filter(([isUnsure]) => isUnsure).map(([, question]) => question);
}
