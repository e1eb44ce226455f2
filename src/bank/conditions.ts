import { answerOf, chosenIds } from './answers.js';
import type { Answers, Condition } from './types.js';

/**
 * Evaluates one FHIR-style condition. Like FHIR `enableWhen`, a comparison with an unanswered
 * question is false; only `exists` looks at presence.
 */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const value = answerOf(answers, condition.question);
  if (condition.operator === 'exists') return (value !== undefined) === condition.answer;
  if (value === undefined) return false;
  const chosen = chosenIds(value);
  switch (condition.operator) {
    case '=':
      return chosen.length === 1 && chosen[0] === condition.answer;
    case '!=':
      return !(chosen.length === 1 && chosen[0] === condition.answer);
    case 'includes':
      return chosen.includes(String(condition.answer));
    case 'excludes':
      return !chosen.includes(String(condition.answer));
  }
}

/** True when the item has no conditions, or when all (or any, per `behavior`) hold. */
export function isEnabled(
  item: { enableWhen?: Condition[]; enableBehavior?: 'all' | 'any' },
  answers: Answers,
): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) return true;
  const holds = (c: Condition) => conditionHolds(c, answers);
  return item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds);
}
