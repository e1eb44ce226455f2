import { templateIdOf } from '../bank/risk.js';
import { findQuestion } from '../bank/steps.js';
import type { Answers, Question, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';

/**
 * What `persist="session"` keeps in sessionStorage: the answers, the step and the safety level,
 * nothing derived. Reading it back trusts nothing: a stored value that does not fit the bank in
 * use (corrupt, edited, or from an older question set) is refused as a whole.
 */

/** Bump when the stored shape changes: older entries are then discarded. */
const FORMAT = 1;
const KEY_PREFIX = 'trd-screener';
const LEVELS: readonly SafetyLevel[] = ['none', 'support', 'urgent'];

export interface StoredSession {
  answers: Answers;
  stepKey: string;
  safety: Safety;
}

export type DecodedSession = { ok: true; session: StoredSession } | { ok: false; problem: string };

/** One entry per widget: several persisted widgets on a page need distinct element ids. */
export function storageKey(elementId: string): string {
  return elementId ? `${KEY_PREFIX}#${elementId}` : KEY_PREFIX;
}

export function encodeSession(bank: QuestionBank, { answers, stepKey, safety }: StoredSession): string {
  return JSON.stringify({ format: FORMAT, bankVersion: bank.version, answers, stepKey, safety });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** True when `value` is an answer the question can hold (its own option ids, text, a number in range). */
function fitsQuestion(question: Question, value: unknown): boolean {
  const optionIds = new Set((question.options ?? []).map((o) => o.id));
  switch (question.type) {
    case 'single':
      return typeof value === 'string' && optionIds.has(value);
    case 'multiple':
      return isStringList(value) && value.every((id) => optionIds.has(id));
    case 'text':
      return typeof value === 'string';
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= (question.min ?? -Infinity) &&
        value <= (question.max ?? Infinity)
      );
  }
}

/** Why stored answers do not fit the bank, or null when every one does. */
function answersProblem(bank: QuestionBank, answers: Record<string, unknown>): string | null {
  for (const [id, value] of Object.entries(answers)) {
    const question = findQuestion(bank, templateIdOf(id));
    if (!question) return `unknown question "${id}"`;
    if (!fitsQuestion(question, value)) return `answer to "${id}" does not fit the question`;
  }
  return null;
}

function safetyProblem(bank: QuestionBank, safety: unknown): string | null {
  if (!isRecord(safety) || !LEVELS.includes(safety.level as SafetyLevel) || !isStringList(safety.triggeredBy)) {
    return 'safety level is not readable';
  }
  const unknown = safety.triggeredBy.find((id) => !findQuestion(bank, templateIdOf(id)));
  return unknown === undefined ? null : `unknown question "${unknown}" in the safety level`;
}

/** Reads a stored entry back against the bank in use. */
export function decodeSession(raw: string, bank: QuestionBank): DecodedSession {
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not readable' };
  }
  if (!isRecord(stored) || stored.format !== FORMAT) return { ok: false, problem: 'saved by another version' };
  if (stored.bankVersion !== bank.version) return { ok: false, problem: 'saved for another question set' };
  const { answers, stepKey, safety } = stored;
  if (!isRecord(answers) || typeof stepKey !== 'string') return { ok: false, problem: 'not readable' };
  const problem = answersProblem(bank, answers) ?? safetyProblem(bank, safety);
  if (problem) return { ok: false, problem };
  return { ok: true, session: { answers: answers as Answers, stepKey, safety: safety as Safety } };
}
