/**
 * The test's own model of a session's safety record (CLINICAL §4.3), read from the rule and not
 * from the code: the level is the highest risk of the answers the patient has LEFT on their step
 * (by the shipped bank's flags), cleared only by `reset()` (or a reload without `persist`).
 */
import type { SafetyLevel } from '../../src/bank/types.js';
import { higher, RANK } from './element-bank.js';

/** A risk answer: its question and the level its chosen options carry. */
export interface Risk {
  questionId: string;
  level: SafetyLevel;
}

export interface Model {
  level: SafetyLevel;
  /** Questions whose leaving raised the model's level (CLINICAL invariant 7). */
  raisers: string[];
  /** Some of asq-1…4 was left with a risk answer (invariant 3). */
  asqTriggered: boolean;
}

const ASQ_1_TO_4 = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];

export const emptyModel = (): Model => ({ level: 'none', raisers: [], asqTriggered: false });
export const copyModel = (m: Model): Model => ({ ...m, raisers: [...m.raisers] });

export const topLevel = (risks: Risk[]): SafetyLevel => risks.reduce<SafetyLevel>((level, r) => higher(level, r.level), 'none');

/** Risk answers counted as left raise the model; each question that lifts the level is a raiser. */
export function raise(model: Model, risks: Risk[]): void {
  for (const risk of risks) {
    if (RANK[risk.level] > RANK[model.level]) {
      model.level = risk.level;
      if (!model.raisers.includes(risk.questionId)) model.raisers.push(risk.questionId);
    }
    if (ASQ_1_TO_4.includes(risk.questionId)) model.asqTriggered = true;
  }
}
