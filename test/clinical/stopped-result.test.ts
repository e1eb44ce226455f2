import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import type { Answers } from '../../src/bank/types.js';
import { buildResult } from '../../src/finish/finish.js';
import { stoppedResult } from '../../src/clinical/stopped-result.js';
import type { Safety } from '../../src/clinical/types.js';
import { answersThroughAsq, fullAnswers, phq9 } from './builders.js';

const NOW = new Date('2026-01-01T00:00:00Z');
/** asq-1 "Yes" raised support, asq-5 "Yes" raised urgent: the screen stopped there. */
const URGENT: Safety = {
  level: 'urgent',
  triggeredBy: ['asq-1', 'asq-5'],
  raisedBy: { 'asq-1': 'yes', 'asq-5': 'yes' },
};
const STOPPED_AT_ASQ5 = answersThroughAsq({ 'asq-1': 'yes', 'asq-5': 'yes' });

const stop = (answers: Answers, safety: Safety = URGENT, locale: 'en' | 'es' = 'en') =>
  stoppedResult({ bank, answers, safety, locale, now: NOW });

describe('stoppedResult (an urgent answer ended the screen)', () => {
  it('reports the stop in the contract shape, with no options, pattern, medicines or cautions', () => {
    expect(stop(STOPPED_AT_ASQ5)).to.deep.equal({
      version: 2,
      status: 'stopped',
      completedAt: '2026-01-01T00:00:00.000Z',
      locale: 'en',
      safety: URGENT,
      phq9: null,
      medications: [],
      adequateTrialsWithoutRemission: 0,
      pattern: null,
      options: [],
      wantToAsk: [],
      cautions: [],
      answers: STOPPED_AT_ASQ5,
    });
  });

  it('scores nothing: the PHQ-9 items go with the answers, for the clinic to read', () => {
    const answers = answersThroughAsq({ ...phq9('nearly-every-day', { 'phq9-9': 'several-days' }), 'asq-5': 'decline' });
    expect(stop(answers).phq9).to.equal(null);
    expect(stop(answers).answers['phq9-9']).to.equal('several-days');
  });

  it('keeps the answers so far and the locale, and leaves out raisedBy when the record has none', () => {
    const safety: Safety = { level: 'urgent', triggeredBy: ['asq-5'] };
    const result = stop(STOPPED_AT_ASQ5, safety, 'es');
    expect(result.locale).to.equal('es');
    expect(result.safety).to.deep.equal(safety);
    expect(result.safety).not.to.have.property('raisedBy');
    expect(result.answers).to.deep.equal(STOPPED_AT_ASQ5);
  });

  it('reports the answer that raised the level even when it was changed since (invariant 7)', () => {
    const answers = answersThroughAsq({ 'asq-1': 'no', 'asq-2': 'yes', 'asq-5': 'yes' });
    const safety: Safety = {
      level: 'urgent',
      triggeredBy: ['asq-1', 'asq-5'],
      raisedBy: { 'asq-1': 'yes', 'asq-5': 'yes' },
    };
    const result = stop(answers, safety);
    expect(result.safety.raisedBy).to.deep.equal({ 'asq-1': 'yes', 'asq-5': 'yes' });
    expect(result.answers).to.include({ 'asq-1': 'no' });
  });

  it('computes no options or pattern even from answers that would give them', () => {
    const answers = fullAnswers({ sertraline: {}, bupropion: {} }, { 'asq-1': 'yes', 'asq-5': 'yes', health: ['bladder'] });
    expect(buildResult({ bank, answers, safety: URGENT, locale: 'en', now: NOW }).pattern, 'the same answers, completed').to.equal(
      'trd-pattern',
    );
    expect(stop(answers)).to.deep.include({ pattern: null, options: [], cautions: [], medications: [], adequateTrialsWithoutRemission: 0 });
  });

  it('is deterministic, JSON-serialisable and shares nothing with its input', () => {
    const answers = answersThroughAsq({ 'asq-1': 'yes', 'asq-5': 'yes', 'meds-tried': ['sertraline'] });
    const safety = structuredClone(URGENT);
    const first = stop(answers, safety);
    expect(stop(answers, safety)).to.deep.equal(first);
    expect(JSON.parse(JSON.stringify(first))).to.deep.equal(first);
    (first.answers['meds-tried'] as string[]).push('x');
    first.answers['asq-5'] = 'no';
    first.safety.triggeredBy.push('phq9-9');
    first.safety.raisedBy!['asq-5'] = 'no';
    expect(answers).to.include({ 'asq-5': 'yes' });
    expect(answers['meds-tried']).to.deep.equal(['sertraline']);
    expect(safety).to.deep.equal(URGENT);
  });

  it('imports nothing but types (it runs in the entry bundle)', async () => {
    // Follows the static imports of the served modules (type-only imports are erased).
    const seen = new Set<string>();
    const queue = [new URL('/src/clinical/stopped-result.ts', location.href).href];
    for (let url = queue.pop(); url; url = queue.pop()) {
      if (seen.has(url)) continue;
      seen.add(url);
      const code = await (await fetch(url)).text();
      for (const [, spec] of code.matchAll(/^\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?['"]([^'"]+)['"]/gm)) queue.push(new URL(spec, url).href);
    }
    const modules = [...seen].map((url) => new URL(url).pathname.replace(/\.js$/, '.ts')).sort();
    expect(modules).to.deep.equal(['/src/clinical/stopped-result.ts']);
  });

  it('does not change its input', () => {
    const answers = structuredClone(STOPPED_AT_ASQ5);
    const safety = structuredClone(URGENT);
    stop(answers, safety);
    expect(answers).to.deep.equal(STOPPED_AT_ASQ5);
    expect(safety).to.deep.equal(URGENT);
  });
});
