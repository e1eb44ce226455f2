import { chosenIds } from './answers.js';
import type { AnswerValue, Question } from './types.js';

/** An answer in words: the chosen options' labels, or what was typed. Empty when unanswered. */
export function answerText(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  if (question.type === 'text' || question.type === 'number') {
    const text = String(value).trim();
    return text ? [text] : [];
  }
  const chosen = chosenIds(value);
  return (question.options ?? []).filter((o) => chosen.includes(o.id)).map((o) => o.label);
}
