import { expect } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../../src/bank/answers.js';
import type { Safety } from '../../src/clinical/types.js';
import { decodeSession, encodeSession, storageKey, type DecodedSession, type StoredSession } from '../../src/persist/stored-session.js';
import { bank } from '../helpers/journeys.js';

/** The stored session is read back against the bank in use, trusting nothing. */

const safety: Safety = { level: 'support', triggeredBy: ['asq-1'], raisedBy: { 'asq-1': 'yes' } };

const session: Required<StoredSession> = {
  answers: { age: 'adult', 'phq9-1': 'several-days', 'meds-tried': ['sertraline', 'other'], 'meds-other-name': 'Zelmora', 'med-weeks:sertraline': '6-plus' },
  stepKey: 'med:sertraline',
  safety,
};

const stored = (changes: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(encodeSession(bank, session)), ...changes });

function refused(raw: string): Extract<DecodedSession, { ok: false }> {
  const decoded = decodeSession(raw, bank);
  if (decoded.ok) throw new Error('expected the stored answers to be refused');
  return decoded;
}

const problemOf = (raw: string): string => refused(raw).problem;
/** The safety record read back, whether or not the answers were refused. */
function safetyRead(changes: Record<string, unknown>): Safety | undefined {
  const decoded = decodeSession(stored(changes), bank);
  return decoded.ok ? decoded.session.safety : decoded.safety;
}

/** What is kept of the safety record when the answers are refused. */
const safetyOf = (raw: string): Safety | undefined => refused(raw).safety;

describe('stored session', () => {
  it('reads back what it wrote, the raising answers included', () => {
    expect(decodeSession(encodeSession(bank, session), bank)).to.deep.equal({ ok: true, session });
  });

  it('keeps a raised level without answers (after Start over or a result), and reads it back', () => {
    const raw = encodeSession(bank, { safety });
    const entry = JSON.parse(raw) as Record<string, unknown>;
    expect(entry.format).to.equal(2);
    expect(entry).to.not.have.property('answers');
    expect(entry).to.not.have.property('stepKey');
    expect(decodeSession(raw, bank)).to.deep.equal({ ok: true, session: { safety } });
  });

  it('one key per widget: the element id tells persisted widgets apart', () => {
    expect(storageKey('')).to.equal('trd-screener');
    expect(storageKey('intake')).to.equal('trd-screener#intake');
  });

  it('refuses text that is not JSON, or not an object (no safety record can be read then)', () => {
    expect(refused('{"answers": ')).to.deep.equal({ ok: false, problem: 'not readable' });
    expect(refused('null')).to.deep.equal({ ok: false, problem: 'saved by another version' });
    expect(refused('[1,2]')).to.deep.equal({ ok: false, problem: 'saved by another version' });
  });

  it('refuses answers saved by another format or for another question set, but keeps the level', () => {
    expect(problemOf(stored({ format: 0 }))).to.equal('saved by another version');
    expect(safetyOf(stored({ format: 0 })), 'a level of the same shape is read whatever the format').to.deep.equal(safety);
    expect(problemOf(stored({ bankVersion: 'older' }))).to.equal('saved for another question set');
    expect(safetyOf(stored({ bankVersion: 'older' }))).to.deep.equal(safety);
  });

  it('reads the level stored by format 1 (its answers are discarded)', () => {
    const format1 = JSON.stringify({
      format: 1,
      bankVersion: bank.version,
      answers: session.answers,
      stepKey: session.stepKey,
      safety: { level: 'urgent', triggeredBy: ['asq-1', 'asq-5'] },
    });
    expect(refused(format1)).to.deep.equal({
      ok: false,
      problem: 'saved by another version',
      safety: { level: 'urgent', triggeredBy: ['asq-1', 'asq-5'], raisedBy: {} },
    });
    // Format 1 for an older question set: the level still counts; a trigger it no longer knows goes.
    const older = JSON.stringify({ ...JSON.parse(format1), bankVersion: '0.0.1', safety: { level: 'support', triggeredBy: ['asq-9', 'asq-2'] } });
    expect(safetyOf(older)).to.deep.equal({ level: 'support', triggeredBy: ['asq-2'], raisedBy: {} });
  });

  it('refuses answers of the wrong shape, keeping the level', () => {
    expect(problemOf(stored({ answers: ['age'] }))).to.equal('not readable');
    expect(problemOf(stored({ stepKey: 3 }))).to.equal('not readable');
    expect(safetyOf(stored({ answers: ['age'] }))).to.deep.equal(safety);
  });

  it('refuses answers that do not fit their question, keeping the level', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ 'no-such-question': 'x' }, 'unknown question "no-such-question"'],
      [{ constructor: 'x' }, 'unknown question "constructor"'],
      [{ age: 'teenager' }, 'answer to "age" does not fit the question'],
      [{ age: ['adult'] }, 'answer to "age" does not fit the question'],
      [{ 'meds-tried': 'sertraline' }, 'answer to "meds-tried" does not fit the question'],
      [{ 'meds-tried': ['sertraline', 'made-up'] }, 'answer to "meds-tried" does not fit the question'],
      [{ 'meds-other-name': 42 }, 'answer to "meds-other-name" does not fit the question'],
      [{ 'med-weeks:sertraline': 6 }, 'answer to "med-weeks:sertraline" does not fit the question'],
    ];
    for (const [answers, problem] of cases) {
      expect(problemOf(stored({ answers }))).to.equal(problem);
      expect(safetyOf(stored({ answers })), problem).to.deep.equal(safety);
    }
  });

  it(`refuses typed text longer than ${MAX_TEXT_LENGTH} characters (e.g. a 1 MB medicine name)`, () => {
    const withName = (name: string) => stored({ answers: { ...session.answers, 'meds-other-name': name } });
    expect(decodeSession(withName('x'.repeat(MAX_TEXT_LENGTH)), bank).ok).to.equal(true);
    expect(problemOf(withName('x'.repeat(MAX_TEXT_LENGTH + 1)))).to.equal('answer to "meds-other-name" does not fit the question');
    expect(problemOf(withName('x'.repeat(1_000_000)))).to.equal('answer to "meds-other-name" does not fit the question');
    expect(safetyOf(withName('x'.repeat(1_000_000)))).to.deep.equal(safety);
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

  it('refuses a safety level it cannot read; a raised level is kept as far as it can be read', () => {
    expect(refused(stored({ safety: { level: 'high', triggeredBy: [] } }))).to.deep.equal({ ok: false, problem: 'safety level is not readable' });
    expect(refused(stored({ safety: 'urgent' }))).to.deep.equal({ ok: false, problem: 'safety level is not readable' });
    // A raised level is never lowered because its triggers cannot be read, or are not in this bank.
    expect(safetyRead({ safety: { level: 'urgent', triggeredBy: 'asq-5' } })).to.deep.equal({ level: 'urgent', triggeredBy: [], raisedBy: {} });
    expect(safetyRead({ safety: { level: 'support', triggeredBy: ['asq-9', 'asq-1', 7] } })).to.deep.equal({
      level: 'support',
      triggeredBy: ['asq-1'],
      raisedBy: {},
    });
  });

  it('keeps only raising answers that fit a trigger\'s question, as own properties', () => {
    const kept = safetyRead({
      safety: JSON.parse(
        '{"level":"support","triggeredBy":["asq-1","asq-2"],"raisedBy":{"asq-1":"yes","asq-2":"made-up","phq9-1":"several-days","__proto__":{"polluted":true}}}',
      ),
    })!;
    expect(kept).to.deep.equal({ level: 'support', triggeredBy: ['asq-1', 'asq-2'], raisedBy: { 'asq-1': 'yes' } });
    expect(Object.getPrototypeOf(kept.raisedBy)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(safetyRead({ safety: { ...safety, raisedBy: ['yes'] } })).to.deep.equal({ level: 'support', triggeredBy: ['asq-1'], raisedBy: {} });
  });
});
