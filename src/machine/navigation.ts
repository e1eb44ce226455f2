import { chosenIds } from '../bank/answers.js';
import { missingAnswers, visibleSteps, type StepInstance } from '../bank/steps.js';
import type { Answers, QuestionBank } from '../bank/types.js';

/** Pure helpers the machine's guards and actions use to move between steps. */

export function currentStep(bank: QuestionBank, answers: Answers, stepKey: string): StepInstance | undefined {
  return visibleSteps(bank, answers).find((s) => s.key === stepKey);
}

export function firstStepKey(bank: QuestionBank): string {
  return visibleSteps(bank, {})[0].key;
}

/** The step after `stepKey`, or null at the end of the bank. */
export function nextStepKey(bank: QuestionBank, answers: Answers, stepKey: string): string | null {
  const steps = visibleSteps(bank, answers);
  const index = steps.findIndex((s) => s.key === stepKey);
  return steps[index + 1]?.key ?? null;
}

/** The step before `stepKey`, or null on the first step. */
export function previousStepKey(bank: QuestionBank, answers: Answers, stepKey: string): string | null {
  const steps = visibleSteps(bank, answers);
  const index = steps.findIndex((s) => s.key === stepKey);
  return index > 0 ? steps[index - 1].key : null;
}

export function lastStepKey(bank: QuestionBank, answers: Answers): string {
  const steps = visibleSteps(bank, answers);
  return steps[steps.length - 1].key;
}

/** The first shown step with a required question left empty (e.g. a medicine added while editing). */
export function firstIncompleteStepKey(bank: QuestionBank, answers: Answers): string | null {
  return visibleSteps(bank, answers).find((s) => missingAnswers(s, answers).length > 0)?.key ?? null;
}

/** True when an answer on the step ends the screen (e.g. under 18). */
export function stepEndsScreen(step: StepInstance | undefined, answers: Answers): boolean {
  return !!step?.questions.some((q) => {
    const chosen = chosenIds(answers[q.id]);
    return q.options?.some((o) => o.endsScreen && chosen.includes(o.id)) ?? false;
  });
}

/**
 * Where a resumed session opens: the saved step when it is shown and nothing before it is left
 * unanswered; else the first step with a missing answer (or the first step).
 */
export function resumeStepKey(bank: QuestionBank, answers: Answers, stepKey: string | undefined): string {
  const incomplete = firstIncompleteStepKey(bank, answers);
  const steps = visibleSteps(bank, answers);
  const saved = steps.findIndex((s) => s.key === stepKey);
  const blocking = steps.findIndex((s) => s.key === incomplete);
  if (saved >= 0 && (blocking < 0 || saved <= blocking)) return stepKey!;
  return incomplete ?? firstStepKey(bank);
}
