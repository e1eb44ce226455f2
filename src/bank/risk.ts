import { answerOf, chosenIds } from './answers.js';
import { findQuestion } from './steps.js';
import type { Answers, AnswerValue, QuestionBank, RiskLevel, SafetyLevel, SafetyRecord } from './types.js';

/** The safety levels, lowest first: the one ranking every part of the widget uses. */
export const SAFETY_LEVELS = ['none', 'support', 'urgent'] as const satisfies readonly SafetyLevel[];

/** True when `level` is at least `floor`. */
export function reaches(level: SafetyLevel, floor: SafetyLevel): boolean {
  return SAFETY_LEVELS.indexOf(level) >= SAFETY_LEVELS.indexOf(floor);
}

/** A session that has not escalated. */
export const NO_SAFETY: SafetyRecord = { level: 'none', triggeredBy: [], raisedBy: {} };

/** The higher of two levels: a session's safety level only ever rises. */
export function higherLevel(a: SafetyLevel, b: SafetyLevel): SafetyLevel {
  return reaches(a, b) ? a : b;
}

/** The template id of a question instance (`med-weeks:sertraline` → `med-weeks`). */
export function templateIdOf(questionId: string): string {
  return questionId.split(':')[0];
}

/**
 * The risk level an answer carries, read from the bank's option flags — the single place where
 * the product decides whether an answer signals suicidality.
 */
export function answerRisk(bank: QuestionBank, questionId: string, value: AnswerValue): RiskLevel | null {
  const question = findQuestion(bank, templateIdOf(questionId));
  const chosen = chosenIds(value);
  let level: SafetyLevel = 'none';
  for (const option of question?.options ?? []) {
    if (option.risk && chosen.includes(option.id)) level = higherLevel(level, option.risk);
  }
  return level === 'none' ? null : level;
}

/** A risk answer, as the patient left it on its step. */
export interface RiskAnswer {
  questionId: string;
  value: AnswerValue;
  level: RiskLevel;
}

/** The risk answers among these question ids (own answers only), most severe first. */
export function riskAnswers(bank: QuestionBank, answers: Answers, questionIds: readonly string[]): RiskAnswer[] {
  const found: RiskAnswer[] = [];
  for (const questionId of questionIds) {
    const value = answerOf(answers, questionId);
    const level = value === undefined ? null : answerRisk(bank, questionId, value);
    if (level) found.push({ questionId, value: value!, level });
  }
  return found.sort((a, b) => SAFETY_LEVELS.indexOf(b.level) - SAFETY_LEVELS.indexOf(a.level));
}

/**
 * The record after these answers were left on their step: the level rises to the highest, each
 * question joins `triggeredBy` once, and `raisedBy` keeps the answer that first raised it.
 */
export function raiseSafety(safety: SafetyRecord, raised: readonly RiskAnswer[]): SafetyRecord {
  let level = safety.level;
  const triggeredBy = [...safety.triggeredBy];
  const raisedBy = { ...safety.raisedBy };
  for (const answer of raised) {
    level = higherLevel(level, answer.level);
    if (!triggeredBy.includes(answer.questionId)) triggeredBy.push(answer.questionId);
    if (!Object.hasOwn(raisedBy, answer.questionId)) raisedBy[answer.questionId] = answer.value;
  }
  return { level, triggeredBy, raisedBy };
}

/** Both records in one: the higher level, every trigger, and `a`'s raising answer where both have one. */
export function mergeSafety(a: SafetyRecord, b: SafetyRecord): SafetyRecord {
  const triggeredBy = [...a.triggeredBy, ...b.triggeredBy.filter((id) => !a.triggeredBy.includes(id))];
  return { level: higherLevel(a.level, b.level), triggeredBy, raisedBy: { ...b.raisedBy, ...a.raisedBy } };
}
