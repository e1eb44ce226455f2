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

/** One readable message for the widget's error view and the `screener-error` event. */
export function formatBankErrors(errors: readonly BankError[]): string {
  const count = errors.length;
  const listed = errors.slice(0, MAX_LISTED).map((error) => `- ${error.message}`);
  const rest = count > MAX_LISTED ? [`- …and ${count - MAX_LISTED} more`] : [];
  return [`The question bank is not valid (${count} ${count === 1 ? 'problem' : 'problems'}):`, ...listed, ...rest].join(
    '\n',
  );
}
