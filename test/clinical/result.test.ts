import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import type { Answers } from '../../src/bank/types.js';
import { buildResult } from '../../src/finish/finish.js';
import type { Safety } from '../../src/clinical/types.js';
import { fullAnswers, type MedAnswers } from './builders.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const NO_RISK: Safety = { level: 'none', triggeredBy: [] };
const TWO_FAILED: Record<string, MedAnswers> = { sertraline: {}, bupropion: { response: 'some' } };

const build = (answers: Answers, safety: Safety = NO_RISK, allowedOptions?: string[]) =>
  buildResult({ bank, answers, safety, locale: 'en', now: NOW, allowedOptions });

describe('buildResult', () => {
  it('builds the contract shape from a complete screen', () => {
    const result = build(fullAnswers(TWO_FAILED, { health: ['bladder'] }));
    expect(result).to.deep.include({
      version: 2,
      status: 'completed',
      completedAt: '2026-01-01T00:00:00.000Z',
      locale: 'en',
      safety: NO_RISK,
      phq9: { total: 0, severity: 'none-minimal', item9: 0 },
      adequateTrialsWithoutRemission: 2,
      pattern: 'trd-pattern',
      wantToAsk: [],
      cautions: ['bladder'],
    });
    expect(result.medications.map((m) => [m.id, m.adequateTrial, m.response])).to.deep.equal([
      ['sertraline', true, 'none'],
      ['bupropion', true, 'some'],
    ]);
    expect(result.options[0].id).to.equal('esketamine-nasal');
    expect(result.options).to.have.length(8);
  });

  it('keeps only answers to questions that are shown', () => {
    const answers = fullAnswers(
      { sertraline: {} },
      { 'asq-5': 'no', 'meds-other-name': 'Zelmora', 'med-weeks:fluoxetine': '6-plus', 'not-a-question': 'x' },
    );
    const kept = build(answers).answers;
    for (const hidden of ['asq-5', 'meds-other-name', 'med-weeks:fluoxetine', 'not-a-question']) expect(kept).not.to.have.property(hidden);
    expect(kept).to.include({ 'med-weeks:sertraline': '6-plus', 'asq-1': 'no', 'pref-setting': 'either' });
  });

  it('ignores medicine answers that are no longer shown when counting trials', () => {
    const answers = { ...fullAnswers({ sertraline: {} }), 'med-weeks:fluoxetine': '6-plus', 'med-dose:fluoxetine': 'yes' };
    const result = build(answers);
    expect(result.pattern).to.equal('one-adequate-trial');
    expect(result.medications).to.have.length(1);
  });

  it('has no PHQ-9 field when an item is missing', () => {
    const answers = fullAnswers(TWO_FAILED);
    delete answers['phq9-4'];
    expect(build(answers).phq9).to.equal(null);
  });

  it('lists no options when the safety level is urgent, but keeps the rest', () => {
    const urgent: Safety = { level: 'urgent', triggeredBy: ['asq-1', 'asq-5'] };
    const answers = fullAnswers(TWO_FAILED, { 'asq-1': 'yes', 'asq-5': 'yes' });
    const result = build(answers, urgent);
    expect(result.options).to.deep.equal([]);
    expect(result.pattern).to.equal('trd-pattern');
    expect(result.safety).to.deep.equal(urgent);
    expect(result.answers).to.include({ 'asq-5': 'yes' });
  });

  it("applies the clinic's restriction to the options only", () => {
    const result = build(fullAnswers(TWO_FAILED), NO_RISK, ['tms', 'ketamine-iv']);
    expect(result.options.map((o) => o.id)).to.deep.equal(['tms', 'ketamine-iv']);
    expect(result.pattern).to.equal('trd-pattern');
  });

  it('has no medicines and no adequate trial when none was taken', () => {
    const result = build(fullAnswers({}));
    expect(result).to.deep.include({ medications: [], adequateTrialsWithoutRemission: 0, pattern: 'no-adequate-trial' });
    expect(result.options.slice(0, 2).map((o) => o.id)).to.have.members(['medication-change', 'psychotherapy']);
  });

  it('copies the answer that raised the level, even when it was changed since (invariant 7)', () => {
    const safety: Safety = { level: 'support', triggeredBy: ['asq-2'], raisedBy: { 'asq-2': 'decline' } };
    const result = build(fullAnswers(TWO_FAILED, { 'asq-2': 'no' }), safety);
    expect(result.safety).to.deep.equal(safety);
    expect(result.answers).to.include({ 'asq-2': 'no' });
    expect(build(fullAnswers(TWO_FAILED)).safety, 'no raisedBy when the record has none').not.to.have.property('raisedBy');
  });

  it('is deterministic, JSON-serialisable and shares nothing with its input', () => {
    const answers = fullAnswers(TWO_FAILED, { health: ['vascular'] });
    const safety: Safety = { level: 'support', triggeredBy: ['phq9-9'], raisedBy: { 'phq9-9': 'several-days' } };
    const first = build(answers, safety);
    expect(build(answers, safety)).to.deep.equal(first);
    expect(JSON.parse(JSON.stringify(first))).to.deep.equal(first);
    (first.answers['health'] as string[]).push('bladder');
    first.safety.triggeredBy.push('asq-1');
    first.safety.raisedBy!['asq-1'] = 'yes';
    expect(answers['health']).to.deep.equal(['vascular']);
    expect(safety.triggeredBy).to.deep.equal(['phq9-9']);
    expect(safety.raisedBy).to.deep.equal({ 'phq9-9': 'several-days' });
  });
});
