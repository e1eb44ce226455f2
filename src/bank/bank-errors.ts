/** What a refused bank reports, and the small shape checks the validators share. */

export interface BankError {
  /** The question the problem is about, when there is one. */
  questionId?: string;
  /** Names the question, step or section and what is wrong. */
  message: string;
}

export type Report = (message: string, questionId?: string) => void;

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `text` cut to `max` characters, with "…" when cut (never leaving half a surrogate pair). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

const MAX_QUOTED = 60;

/**
 * A value from the bank as a message shows it: text quoted and cut short, anything else named by
 * its kind. Never `JSON.stringify` or `String()` a bank's value: a BigInt or an object with a
 * `toString` key throws, and a deeply nested one makes a message of megabytes.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value, MAX_QUOTED));
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number that is not finite';
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a value of type ${typeof value}`;
}

/** A question found while walking a bank that may be malformed. */
export interface Located {
  sectionId: unknown;
  step: Json;
  question: Json;
}

/** Every question-shaped record in the bank, in order, however broken the rest is. */
export function locateQuestions(bank: Json): Located[] {
  const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
  return list(bank.sections).flatMap((section) =>
    list(section.steps).flatMap((step) =>
      list(step.questions).map((question) => ({ sectionId: section.id, step, question })),
    ),
  );
}

const MAX_LISTED = 10;
const MAX_LINE = 160;
/** The whole message stays short enough to read in the error view and to log. */
const MAX_MESSAGE = 1000;

/** One readable message for the widget's error view and the `screener-error` event. */
export function formatBankErrors(errors: readonly BankError[]): string {
  const count = errors.length;
  const lines = [`The question bank is not valid (${count} ${count === 1 ? 'problem' : 'problems'}):`];
  // Room is kept for the "…and N more" line.
  let room = MAX_MESSAGE - lines[0].length - 30;
  for (const error of errors.slice(0, MAX_LISTED)) {
    const line = `- ${clip(typeof error?.message === 'string' ? error.message : 'A problem without a message.', MAX_LINE)}`;
    if (line.length + 1 > room) break;
    lines.push(line);
    room -= line.length + 1;
  }
  const rest = count - (lines.length - 1);
  if (rest > 0) lines.push(`- …and ${rest} more`);
  return lines.join('\n');
}
