/**
 * The result of a screen that an urgent answer stopped (`status: 'stopped'`), so that a clinic
 * collecting results receives its highest-risk sessions too (CLINICAL.md §4.3, invariant 6).
 *
 * This runs in the entry bundle, never from a lazily loaded chunk (crisis handling never depends
 * on a chunk): it imports types only, to keep the embed within its size budget. No score,
 * options, pattern or cautions are computed for a stopped screen; the answers so far go with it
 * (the PHQ-9 items among them), for the clinic to read.
 */
import type { Answers, Locale, QuestionBank } from '../bank/types.js';
import type { Safety, ScreenerResult } from './types.js';

/** Same names as `ResultInput` (result.ts) where they overlap. */
export interface StoppedResultInput {
  bank: QuestionBank;
  answers: Answers;
  safety: Safety;
  locale: Locale;
  now: Date;
}

/** A copy of the safety record that shares nothing with it; `raisedBy` only when present. */
export function copySafety(safety: Safety): Safety {
  const copy: Safety = { level: safety.level, triggeredBy: [...safety.triggeredBy] };
  if (safety.raisedBy) copy.raisedBy = structuredClone(safety.raisedBy);
  return copy;
}

export function stoppedResult(input: StoppedResultInput): ScreenerResult {
  const { answers } = input;
  return {
    version: 2,
    status: 'stopped',
    completedAt: input.now.toISOString(),
    locale: input.locale,
    safety: copySafety(input.safety),
    phq9: null,
    medications: [],
    adequateTrialsWithoutRemission: 0,
    pattern: null,
    options: [],
    wantToAsk: [],
    cautions: [],
    answers: structuredClone(answers),
  };
}
