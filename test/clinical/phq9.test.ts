import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import type { Answers } from '../../src/bank/types.js';
import { phq9ResultField, phq9Severity, PHQ9_ITEMS, scorePhq9 } from '../../src/clinical/phq9.js';
import { phq9 } from './builders.js';

describe('PHQ-9 severity bands', () => {
  const bands: Array<[number, string]> = [
    [0, 'none-minimal'],
    [4, 'none-minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ];
  for (const [total, severity] of bands) {
    it(`${total} → ${severity}`, () => expect(phq9Severity(total)).to.equal(severity));
  }
});

describe('scorePhq9', () => {
  const cases: Array<{ name: string; answers: Answers; total: number | null; item9: number | null }> = [
    { name: 'all "not at all"', answers: phq9('not-at-all'), total: 0, item9: 0 },
    { name: 'all "several days"', answers: phq9('several-days'), total: 9, item9: 1 },
    { name: 'all "more than half"', answers: phq9('more-than-half'), total: 18, item9: 2 },
    { name: 'all "nearly every day"', answers: phq9('nearly-every-day'), total: 27, item9: 3 },
    {
      name: 'mixed',
      answers: phq9('not-at-all', { 'phq9-1': 'nearly-every-day', 'phq9-2': 'more-than-half', 'phq9-9': 'several-days' }),
      total: 6,
      item9: 1,
    },
  ];
  for (const c of cases) {
    it(`scores ${c.name} from the options' scores`, () => {
      const score = scorePhq9(c.answers, bank);
      expect(score.total).to.equal(c.total);
      expect(score.item9).to.equal(c.item9);
      expect(score.missing).to.deep.equal([]);
      expect(score.severity).to.equal(phq9Severity(c.total!));
      expect(score.difficulty).to.equal('somewhat');
    });
  }

  it('reports unanswered items as missing and gives no total or band', () => {
    const answers = phq9('nearly-every-day');
    delete answers['phq9-3'];
    delete answers['phq9-7'];
    const score = scorePhq9(answers, bank);
    expect(score).to.deep.include({ total: null, severity: null, missing: ['phq9-3', 'phq9-7'] });
    expect(score.item9, 'item 9 is still known').to.equal(3);
    expect(phq9ResultField(score)).to.equal(null);
  });

  it('treats an unknown option id as missing', () => {
    const score = scorePhq9(phq9('not-at-all', { 'phq9-5': 'sometimes' }), bank);
    expect(score.missing).to.deep.equal(['phq9-5']);
    expect(score.total).to.equal(null);
  });

  it('reports every item missing when nothing is answered, item 9 and difficulty included', () => {
    const score = scorePhq9({}, bank);
    expect(score).to.deep.equal({ total: null, severity: null, item9: null, difficulty: null, missing: PHQ9_ITEMS });
  });

  it('gives the contract field when complete', () => {
    const score = scorePhq9(phq9('more-than-half', { 'phq9-9': 'not-at-all' }), bank);
    expect(phq9ResultField(score)).to.deep.equal({ total: 16, severity: 'moderately-severe', item9: 0 });
  });
});
