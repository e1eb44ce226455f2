import { chosenIds } from '../bank/answers.js';
import { missingAnswers, visibleSteps, type StepInstance } from '../bank/steps.js';
import type { Answers, QuestionBank } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';

/**
 * Pure helpers the machine's guards and actions use to move between steps. They take the whole
 * session (not just the answers) because which steps show also depends on the answers that
 * raised the safety level: a follow-up they opened stays asked.
 */
export interface Flow {
  bank: QuestionBank;
  answers: Answers;
  safety: Safety;
}

function stepsOf({ bank, answers, safety }: Flow): readonly StepInstance[] {
  return visibleSteps(bank, answers, safety.raisedBy);
}

export function currentStep(flow: Flow, stepKey: string): StepInstance | undefined {
  return stepsOf(flow).find((s) => s.key === stepKey);
}

export function firstStepKey(bank: QuestionBank): string {
  return visibleSteps(bank, {})[0].key;
}

/** The step after `stepKey`, or null at the end of the bank. */
export function nextStepKey(flow: Flow, stepKey: string): string | null {
  const steps = stepsOf(flow);
  const index = steps.findIndex((s) => s.key === stepKey);
  return steps[index + 1]?.key ?? null;
}

/** The step before `stepKey`, or null on the first step. */
export function previousStepKey(flow: Flow, stepKey: string): string | null {
  const steps = stepsOf(flow);
  const index = steps.findIndex((s) => s.key === stepKey);
  return index > 0 ? steps[index - 1].key : null;
}

export function lastStepKey(flow: Flow): string {
  const steps = stepsOf(flow);
  return steps[steps.length - 1].key;
}

/** The first shown step with a required question left empty (e.g. a medicine added while editing). */
export function firstIncompleteStepKey(flow: Flow): string | null {
  return stepsOf(flow).find((s) => missingAnswers(s, flow.answers).length > 0)?.key ?? null;
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
export function resumeStepKey(flow: Flow, stepKey: string | undefined): string {
  const incomplete = firstIncompleteStepKey(flow);
  const steps = stepsOf(flow);
  const saved = steps.findIndex((s) => s.key === stepKey);
  const blocking = steps.findIndex((s) => s.key === incomplete);
  if (saved >= 0 && (blocking < 0 || saved <= blocking)) return stepKey!;
  return incomplete ?? firstStepKey(flow.bank);
}
