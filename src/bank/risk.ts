import { chosenIds } from './answers.js';
import { findQuestion } from './steps.js';
import type { Answers, AnswerValue, QuestionBank, RiskLevel, SafetyLevel } from './types.js';

const RANK: Record<SafetyLevel, number> = { none: 0, support: 1, urgent: 2 };

/** The higher of two levels: a session's safety level only ever rises. */
export function higherLevel(a: SafetyLevel, b: SafetyLevel): SafetyLevel {
  return RANK[b] > RANK[a] ? b : a;
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

/** A safety state raised by every risky answer in `answers` (a resumed session can never start lower). */
export function raiseForAnswers(
  bank: QuestionBank,
  answers: Answers,
  safety: { level: SafetyLevel; triggeredBy: string[] },
): { level: SafetyLevel; triggeredBy: string[] } {
  let { level, triggeredBy } = safety;
  for (const [questionId, value] of Object.entries(answers)) {
    const risk = answerRisk(bank, questionId, value);
    if (!risk) continue;
    level = higherLevel(level, risk);
    if (!triggeredBy.includes(questionId)) triggeredBy = [...triggeredBy, questionId];
  }
  return { level, triggeredBy };
}
