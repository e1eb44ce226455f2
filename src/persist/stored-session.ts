import { MAX_TEXT_LENGTH } from '../bank/answers.js';
import { SAFETY_LEVELS, templateIdOf } from '../bank/risk.js';
import { findQuestion } from '../bank/steps.js';
import type { Answers, AnswerValue, Question, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';

/**
 * What `persist="session"` keeps in sessionStorage: the safety record and, while the patient is
 * answering, the answers and the step; nothing derived. Reading it back trusts nothing, and
 * reads the two parts apart: answers that do not fit the bank in use (corrupt, edited, from an
 * older question set or format) are refused as a whole, but the safety level is kept whenever it
 * can be read — levels only rise (CLINICAL §4.3), not even a reload lowers them.
 *
 * Format 2: `{ format: 2, bankVersion, safety: { level, triggeredBy, raisedBy? }, answers?, stepKey? }`
 * — `answers` and `stepKey` are left out once there are none to keep (after Start over or a
 * result), while a raised level still is. Another format's answers are discarded; its level,
 * when it has the same shape, is still read.
 */

/** Bump when the stored shape changes: older entries' answers are then discarded. */
const FORMAT = 2;
const KEY_PREFIX = 'trd-screener';

/** What is kept: always the safety record; the answers and step only while there are some. */
export interface StoredSession {
  answers?: Answers;
  stepKey?: string;
  safety: Safety;
}

/**
 * A stored entry read back. `ok`: nothing was discarded (the answers and step are there if they
 * were stored). Else the answers were discarded, and the safety record is kept if it is readable.
 */
export type DecodedSession =
  | { ok: true; session: StoredSession }
  | {
      ok: false;
      /** Why the stored answers (or part of the safety record) were discarded. */
      problem: string;
      /** The stored safety record when its level could be read, else absent. */
      safety?: Safety;
    };

/** One entry per widget: several persisted widgets on a page need distinct element ids. */
export function storageKey(elementId: string): string {
  return elementId ? `${KEY_PREFIX}#${elementId}` : KEY_PREFIX;
}

export function encodeSession(bank: QuestionBank, { answers, stepKey, safety }: StoredSession): string {
  const kept = answers !== undefined && stepKey !== undefined ? { answers, stepKey } : {};
  return JSON.stringify({ format: FORMAT, bankVersion: bank.version, safety, ...kept });
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
      // The text field stops at MAX_TEXT_LENGTH: a longer stored name was not typed here.
      return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= (question.min ?? -Infinity) &&
        value <= (question.max ?? Infinity)
      );
  }
}

/** Why stored answers do not fit the bank, or null when every one does (own properties only). */
function answersProblem(bank: QuestionBank, answers: Record<string, unknown>): string | null {
  for (const [id, value] of Object.entries(answers)) {
    const question = findQuestion(bank, templateIdOf(id));
    if (!question) return `unknown question "${id}"`;
    if (!fitsQuestion(question, value)) return `answer to "${id}" does not fit the question`;
  }
  return null;
}

/**
 * The stored safety record as far as it can be read, whatever else is wrong with the entry: null
 * when its level cannot be, else the level with the triggers this bank knows and their raising
 * answers that fit. A level is never lowered for a trigger this bank does not know.
 */
function readSafety(bank: QuestionBank, stored: unknown): Safety | null {
  if (!isRecord(stored) || !(SAFETY_LEVELS as readonly unknown[]).includes(stored.level)) return null;
  const triggers: unknown[] = Array.isArray(stored.triggeredBy) ? stored.triggeredBy : [];
  const triggeredBy = triggers.filter((id): id is string => typeof id === 'string' && !!findQuestion(bank, templateIdOf(id)));
  const raised = isRecord(stored.raisedBy) ? Object.entries(stored.raisedBy) : [];
  // fromEntries defines own properties: an id such as `__proto__` cannot reach a prototype.
  const raisedBy = Object.fromEntries(raised.filter(([id, value]) => triggeredBy.includes(id) && !answersProblem(bank, { [id]: value })));
  return { level: stored.level as SafetyLevel, triggeredBy, raisedBy: raisedBy as Record<string, AnswerValue> };
}

/** Reads a stored entry back against the bank in use. */
export function decodeSession(raw: string, bank: QuestionBank): DecodedSession {
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not readable' };
  }
  if (!isRecord(stored)) return { ok: false, problem: 'saved by another version' };
  // The safety record is read whatever else is wrong with the entry: levels only rise.
  const safety = readSafety(bank, stored.safety) ?? undefined;
  const refused = (problem: string): DecodedSession => (safety ? { ok: false, problem, safety } : { ok: false, problem });
  if (stored.format !== FORMAT) return refused('saved by another version');
  if (stored.bankVersion !== bank.version) return refused('saved for another question set');
  if (!safety) return refused('safety level is not readable');
  const { answers, stepKey } = stored;
  // Only a raised level was kept (after Start over, or once finished): nothing is discarded.
  if (answers === undefined && stepKey === undefined) return { ok: true, session: { safety } };
  if (!isRecord(answers) || typeof stepKey !== 'string') return refused('not readable');
  const problem = answersProblem(bank, answers);
  if (problem) return refused(problem);
  return { ok: true, session: { answers: answers as Answers, stepKey, safety } };
}
