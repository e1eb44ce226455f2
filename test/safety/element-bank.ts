/**
 * The banks of test/safety/element.fuzz.test.ts: the test's own reading of the shipped bank's
 * risk flags (from a pristine copy, whatever a host later does to its own), and the banks a host
 * may pass as `bank` or change after the element accepted them.
 */
import bank from '../../questions/bank.en.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { QuestionBank, SafetyLevel } from '../../src/bank/types.js';

export type BankKind = 'valid-new-version' | 'valid-same-version' | 'invalid-asq5-unflagged' | 'invalid-cyclic' | 'invalid-empty' | 'none';
export type Mutation = 'asq5-unflagged' | 'version' | 'drop-safety-section' | 'asq-endsScreen';

const PRISTINE: QuestionBank = structuredClone(bank);
export const RANK: Record<SafetyLevel, number> = { none: 0, support: 1, urgent: 2 };
export const higher = (a: SafetyLevel, b: SafetyLevel): SafetyLevel => (RANK[b] > RANK[a] ? b : a);

/** The shipped question behind a shown question id (a repeated question's id ends in `:n`). */
export function shippedQuestion(questionId: string) {
  return findQuestion(PRISTINE, questionId.split(':')[0]);
}

/** The level an option of a question carries in the shipped bank (none when not flagged). */
export function optionRisk(questionId: string, optionId: string): SafetyLevel {
  return shippedQuestion(questionId)?.options?.find((o) => o.id === optionId)?.risk ?? 'none';
}

let versions = 0;

/** A valid bank the host may pass: the shipped one, cloned, with another version or the same. */
function validBank(sameVersion: boolean): QuestionBank {
  const copy = structuredClone(PRISTINE);
  if (!sameVersion) copy.version = `fuzz-${++versions}`;
  return copy;
}

const questionsOf = (b: QuestionBank) => b.sections.flatMap((s) => s.steps).flatMap((s) => s.questions);

/** Takes asq-5's flags away: a bank that must be refused (CLINICAL invariant 5). */
function unflagAsq5(b: QuestionBank): void {
  for (const option of questionsOf(b).find((q) => q.id === 'asq-5')?.options ?? []) delete option.risk;
}

/** What a host passes as `bank` for `kind` (undefined: none). */
export function hostBank(kind: BankKind): unknown {
  switch (kind) {
    case 'none':
      return undefined;
    case 'valid-new-version':
    case 'valid-same-version':
      return validBank(kind === 'valid-same-version');
    case 'invalid-empty':
      return {};
    case 'invalid-cyclic': {
      const copy = validBank(false) as unknown as Record<string, unknown>;
      copy.self = copy;
      return copy;
    }
    case 'invalid-asq5-unflagged': {
      const copy = validBank(false);
      unflagAsq5(copy);
      return copy;
    }
  }
}

/** The host changes a bank object after the element accepted it (its frozen copy must not change). */
export function mutateBank(b: QuestionBank, how: Mutation): void {
  if (how === 'version') b.version = `mutated-${++versions}`;
  else if (how === 'asq5-unflagged') unflagAsq5(b);
  else if (how === 'drop-safety-section') b.sections = b.sections.filter((s) => s.id !== 'safety');
  else for (const q of questionsOf(b)) for (const o of q.options ?? []) o.endsScreen = true;
}
