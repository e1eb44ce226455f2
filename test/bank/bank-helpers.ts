/** Shared by the bank's validator tests: the shipped bank changed one way, and refusals by text. */
import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { Question, QuestionBank, Step } from '../../src/bank/types.js';
import { formatBankErrors, validateBank, type BankError } from '../../src/bank/validate.js';

export { bank };

/** A deep copy of `base` (the shipped English bank by default), changed by `change`. */
export function brokenBank(change: (copy: QuestionBank) => void, base: QuestionBank = bank): QuestionBank {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

export const question = (b: QuestionBank, id: string): Question => findQuestion(b, id)!;
export const step = (b: QuestionBank, id: string): Step => b.sections.flatMap((s) => s.steps).find((s) => s.id === id)!;
export const removeStep = (b: QuestionBank, id: string) => {
  for (const section of b.sections) section.steps = section.steps.filter((s) => s.id !== id);
};

/** Asserts the bank is refused with an error containing `text` (about `questionId`, if given). */
export function expectRefused(input: unknown, text: string, questionId?: string): BankError[] {
  const result = validateBank(input);
  if (result.ok) throw new Error(`expected the bank to be refused for: ${text}`);
  const match = result.errors.find((e) => e.message.includes(text));
  expect(match, `no error containing ${JSON.stringify(text)} in:\n${formatBankErrors(result.errors)}`).to.exist;
  if (questionId) expect(match!.questionId).to.equal(questionId);
  return result.errors;
}

/** Asserts the bank is accepted, showing the problems when it is not. */
export function expectValid(input: unknown): QuestionBank {
  const result = validateBank(input);
  if (!result.ok) throw new Error(formatBankErrors(result.errors));
  return result.bank;
}
