/**
 * Step lists are cached (per answers object, and by the answers that decide which steps show) so
 * that an answer costs little. The cache must never change a result: after any sequence of
 * answers on one bank, the steps and the pruned answers equal those computed from scratch on a
 * copy of the bank that has never been cached.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pruneAnswers, visibleSteps } from '../src/bank/steps.js';
import type { Answers, AnswerValue, QuestionBank } from '../src/bank/types.js';
import { loadContent } from '../src/i18n/locale-content.js';
import { bank as englishBank } from './helpers/journeys.js';

/** Any answer a question could get: an option, several options, or text / a number. */
function valueFor(choice: number, q: { type: string; options?: Array<{ id: string }> }, typed: string): AnswerValue {
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.type === 'single') return ids[choice % ids.length];
  if (q.type === 'multiple') return ids.filter((_, i) => (choice >> i % 30) & 1 || i % 7 === choice % 7);
  if (q.type === 'number') return choice % 100;
  return typed;
}

const fresh = (bank: QuestionBank, answers: Answers) => {
  const copy = structuredClone(bank);
  return { steps: visibleSteps(copy, answers), pruned: pruneAnswers(copy, answers) };
};

const banks: Record<string, () => Promise<QuestionBank>> = {
  English: () => Promise.resolve(englishBank),
  Spanish: async () => (await loadContent('es')).bank,
};

for (const [name, load] of Object.entries(banks)) {
  describe(`cached step lists, ${name} bank`, () => {
    let bank: QuestionBank;
    before(async () => {
      bank = await load();
    });

    it('equal lists computed from scratch, along any sequence of answers', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('', 'Zelmora', 'zelmora', ' Other name ', 'x')), { maxLength: 40 }),
          (moves) => {
            let answers: Answers = {};
            for (const [pick, choice, typed] of moves) {
              const questions = visibleSteps(bank, answers).flatMap((s) => s.questions);
              const q = questions[pick % questions.length];
              answers = pruneAnswers(bank, { ...answers, [q.id]: valueFor(choice, q, typed) });
              const expected = fresh(bank, answers);
              expect(JSON.stringify(visibleSteps(bank, answers))).to.equal(JSON.stringify(expected.steps));
              expect(pruneAnswers(bank, answers)).to.deep.equal(expected.pruned);
            }
          },
        ),
        { numRuns: 150 },
      );
    });

    it('prunes answers the same way from scratch, for answers given out of order', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (moves) => {
          const all = fresh(bank, {}).steps.flatMap((s) => s.questions);
          const answers: Answers = {};
          for (const [pick, choice] of moves) {
            const q = all[pick % all.length];
            answers[q.id] = valueFor(choice, q, 'Zelmora');
          }
          expect(pruneAnswers(bank, answers)).to.deep.equal(fresh(bank, answers).pruned);
        }),
        { numRuns: 150 },
      );
    });
  });
}
