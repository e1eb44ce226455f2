import { expect } from '@open-wc/testing';
import { trdPattern, type PatternResult } from '../../src/clinical/pattern.js';
import type { MedicationTrial } from '../../src/clinical/types.js';
import { trial } from './builders.js';

/** A trial of medicine `name`: by default a failed adequate trial in this period. */
const med = (name: string, overrides: Partial<MedicationTrial> = {}) => trial({ id: name, name, ...overrides });
const intolerance = (name: string) => med(name, { weeks: 'under-4', stoppedForSideEffects: true });

const cases: Array<[string, MedicationTrial[], PatternResult]> = [
  ['no medicines tried', [], { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] }],
  [
    'only intolerances',
    [intolerance('a'), intolerance('b'), intolerance('c')],
    { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] },
  ],
  [
    'two failed adequate trials in this period',
    [med('a'), med('b')],
    { pattern: 'trd-pattern', failedAdequate: 2, partialCounted: false, unclearBecause: [] },
  ],
  [
    'two failed adequate trials, one stopped for side effects after 6 weeks',
    [med('a'), med('b', { stoppedForSideEffects: true })],
    { pattern: 'trd-pattern', failedAdequate: 2, partialCounted: false, unclearBecause: [] },
  ],
  [
    'two adequate trials in an earlier period only',
    [med('a', { period: 'earlier' }), med('b', { period: 'earlier' })],
    { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] },
  ],
  [
    'one this period, one earlier',
    [med('a'), med('b', { period: 'earlier' })],
    { pattern: 'one-adequate-trial', failedAdequate: 1, partialCounted: false, unclearBecause: [] },
  ],
  [
    'all answers "not sure"',
    [med('a', { period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' })],
    {
      pattern: 'unclear',
      failedAdequate: 0,
      partialCounted: false,
      unclearBecause: [{ medication: 'a', answers: ['med-period', 'med-weeks', 'med-dose', 'med-response'] }],
    },
  ],
  [
    'remission, then relapse (good then lost) twice',
    [med('a', { response: 'good-then-lost' }), med('b', { response: 'good-then-lost' })],
    { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] },
  ],
  [
    'remission on both',
    [med('a', { response: 'remission' }), med('b', { response: 'remission' })],
    { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] },
  ],
  [
    'partial responses count, flagged as partial',
    [med('a', { response: 'some' }), med('b')],
    { pattern: 'trd-pattern', failedAdequate: 2, partialCounted: true, unclearBecause: [] },
  ],
  [
    'one failed adequate trial',
    [med('a'), intolerance('b')],
    { pattern: 'one-adequate-trial', failedAdequate: 1, partialCounted: false, unclearBecause: [] },
  ],
  [
    'one failed, one with the dose unsure: unclear comes before one',
    [med('a'), med('b', { fullDose: 'unsure' })],
    { pattern: 'unclear', failedAdequate: 1, partialCounted: false, unclearBecause: [{ medication: 'b', answers: ['med-dose'] }] },
  ],
  [
    'two failed and one unsure: trd-pattern comes first, the unsure one is still named',
    [med('a'), med('b'), med('c', { weeks: 'unsure' })],
    { pattern: 'trd-pattern', failedAdequate: 2, partialCounted: false, unclearBecause: [{ medication: 'c', answers: ['med-weeks'] }] },
  ],
  [
    'an unsure answer that cannot change the count is not unclear',
    [med('a', { weeks: 'under-4', fullDose: 'unsure' }), med('b', { period: 'earlier', response: 'unsure' })],
    { pattern: 'no-adequate-trial', failedAdequate: 0, partialCounted: false, unclearBecause: [] },
  ],
  [
    'period not sure',
    [med('a'), med('b', { period: 'unsure' })],
    { pattern: 'unclear', failedAdequate: 1, partialCounted: false, unclearBecause: [{ medication: 'b', answers: ['med-period'] }] },
  ],
];

describe('trdPattern, in the order: trd-pattern, unclear, one, none', () => {
  for (const [name, trials, expected] of cases) {
    it(`${name} → ${expected.pattern}`, () => expect(trdPattern(trials)).to.deep.equal(expected));
  }
});
