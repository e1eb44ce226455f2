import type { AnswerOption, Answers, AnswerValue } from './types.js';

/**
 * The most characters a typed answer (e.g. a medicine's name) may hold: the text field stops
 * there, and a stored session holding a longer one is refused.
 */
export const MAX_TEXT_LENGTH = 200;

/**
 * The answer to one question, read as an own property only: answers are a plain record keyed by
 * question id, and an id such as `constructor` or `toString` must not read `Object.prototype`.
 */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** The option ids an answer holds: a multiple answer's list, a single answer as a list of one. */
export function chosenIds(value: AnswerValue | undefined): string[] {
  // Values come from the page too (the machine is public): anything but ids chooses nothing.
  if (Array.isArray(value)) return value.filter((id) => typeof id === 'string');
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

/**
 * The new value of a multiple-choice answer after (un)checking one option: an exclusive option
 * ("None of these") clears the others, and any other option clears the exclusive ones.
 */
export function toggleChoice(
  options: readonly AnswerOption[],
  current: readonly string[],
  optionId: string,
  checked: boolean,
): string[] {
  if (!checked) return current.filter((id) => id !== optionId);
  const option = options.find((o) => o.id === optionId);
  if (!option) return [...current];
  const exclusive = new Set(options.filter((o) => o.exclusive).map((o) => o.id));
  const kept = option.exclusive ? [] : current.filter((id) => !exclusive.has(id));
  // Keep the bank's order so answers read the same way everywhere.
  const chosen = new Set([...kept, optionId]);
  return options.filter((o) => chosen.has(o.id)).map((o) => o.id);
}
