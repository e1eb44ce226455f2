import { expect } from '@open-wc/testing';
import { decodeSession, encodeSession, storageKey, type StoredSession } from '../../src/persist/stored-session.js';
import { bank } from '../helpers/journeys.js';

/** The stored session is read back against the bank in use, trusting nothing. */

const session: StoredSession = {
  answers: { consent: ['agree'], age: 'adult', 'phq9-1': 'several-days', 'meds-tried': ['sertraline', 'other'], 'meds-other-name': 'Zelmora', 'med-weeks:sertraline': '6-plus' },
  stepKey: 'med:sertraline',
  safety: { level: 'support', triggeredBy: ['asq-1'] },
};

const stored = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(encodeSession(bank, session)), ...changes });

function problemOf(raw: string): string {
  const decoded = decodeSession(raw, bank);
  if (decoded.ok) throw new Error('expected the stored session to be refused');
  return decoded.problem;
}

describe('stored session', () => {
  it('reads back what it wrote', () => {
    expect(decodeSession(encodeSession(bank, session), bank)).to.deep.equal({ ok: true, session });
  });

  it('one key per widget: the element id tells persisted widgets apart', () => {
    expect(storageKey('')).to.equal('trd-screener');
    expect(storageKey('intake')).to.equal('trd-screener#intake');
  });

  it('refuses text that is not JSON, or not an object', () => {
    expect(problemOf('{"answers": ')).to.equal('not readable');
    expect(problemOf('null')).to.equal('saved by another version');
    expect(problemOf('[1,2]')).to.equal('saved by another version');
  });

  it('refuses a session saved by another format or for another question set', () => {
    expect(problemOf(stored({ format: 0 }))).to.equal('saved by another version');
    expect(problemOf(stored({ bankVersion: 'older' }))).to.equal('saved for another question set');
  });

  it('refuses answers of the wrong shape', () => {
    expect(problemOf(stored({ answers: ['consent'] }))).to.equal('not readable');
    expect(problemOf(stored({ stepKey: 3 }))).to.equal('not readable');
  });

  it('refuses answers that do not fit their question', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ 'no-such-question': 'x' }, 'unknown question "no-such-question"'],
      [{ age: 'teenager' }, 'answer to "age" does not fit the question'],
      [{ age: ['adult'] }, 'answer to "age" does not fit the question'],
      [{ 'meds-tried': 'sertraline' }, 'answer to "meds-tried" does not fit the question'],
      [{ 'meds-tried': ['sertraline', 'made-up'] }, 'answer to "meds-tried" does not fit the question'],
      [{ 'meds-other-name': 42 }, 'answer to "meds-other-name" does not fit the question'],
      [{ 'med-weeks:sertraline': 6 }, 'answer to "med-weeks:sertraline" does not fit the question'],
    ];
    for (const [answers, problem] of cases) expect(problemOf(stored({ answers }))).to.equal(problem);
  });

  it('a number answer must be a finite number within the question\'s bounds', () => {
    const withNumber = {
      ...bank,
      sections: [...bank.sections, { id: 'health' as const, title: 'More', steps: [{ id: 'count', questions: [{ id: 'count', type: 'number' as const, text: 'How many?', min: 0, max: 20 }] }] }],
    };
    const decode = (count: unknown) => decodeSession(JSON.stringify({ ...JSON.parse(encodeSession(withNumber, session)), answers: { count } }), withNumber).ok;
    expect([decode(0), decode(20), decode(3)]).to.deep.equal([true, true, true]);
    expect([decode(-1), decode(21), decode('3'), decode(null)]).to.deep.equal([false, false, false, false]);
  });

  it('refuses a safety level it cannot read', () => {
    expect(problemOf(stored({ safety: { level: 'high', triggeredBy: [] } }))).to.equal('safety level is not readable');
    expect(problemOf(stored({ safety: { level: 'none' } }))).to.equal('safety level is not readable');
    expect(problemOf(stored({ safety: { level: 'support', triggeredBy: ['asq-9'] } }))).to.equal(
      'unknown question "asq-9" in the safety level',
    );
  });
});
