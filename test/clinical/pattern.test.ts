import { expect } from '@open-wc/testing';
import { trdPattern, type PatternResult } from '../../src/clinical/pattern.js';
import type { MedicationTrial } from '../../src/clinical/types.js';
import { trial } from './builders.js';

/** A listed medicine shown as `name`: by default a failed adequate trial in this period. */
const med = (name: string, overrides: Partial<MedicationTrial> = {}) => trial({ name, ...overrides });
const intolerance = (name: string) => med(name, { weeks: 'under-4', stoppedForSideEffects: true });
/** A typed name that matched nothing on the list. */
const typed = (name: string, overrides: Partial<MedicationTrial> = {}) => med(name, { id: 'other', ...overrides });

/** What is found when nothing is unsure, partial or to check, unless said. */
const found = (pattern: PatternResult['pattern'], failedAdequate: number, more: Partial<PatternResult> = {}): PatternResult => ({
  pattern,
  failedAdequate,
  partialCounted: false,
  unclearBecause: [],
  namesToCheck: [],
  ...more,
});

const cases: Array<[string, MedicationTrial[], PatternResult]> = [
  ['no medicines tried', [], found('no-adequate-trial', 0)],
  ['only intolerances', [intolerance('a'), intolerance('b'), intolerance('c')], found('no-adequate-trial', 0)],
  ['two failed adequate trials in this period', [med('a'), med('b')], found('trd-pattern', 2)],
  [
    'two failed adequate trials, one stopped for side effects after 6 weeks',
    [med('a'), med('b', { stoppedForSideEffects: true })],
    found('trd-pattern', 2),
  ],
  [
    'two adequate trials in an earlier period only',
    [med('a', { period: 'earlier' }), med('b', { period: 'earlier' })],
    found('no-adequate-trial', 0),
  ],
  ['one this period, one earlier', [med('a'), med('b', { period: 'earlier' })], found('one-adequate-trial', 1)],
  [
    'all answers "not sure"',
    [med('a', { period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' })],
    found('unclear', 0, { unclearBecause: [{ medication: 'a', answers: ['med-period', 'med-weeks', 'med-dose', 'med-response'] }] }),
  ],
  [
    'remission, then relapse (good then lost) twice',
    [med('a', { response: 'good-then-lost' }), med('b', { response: 'good-then-lost' })],
    found('no-adequate-trial', 0),
  ],
  ['remission on both', [med('a', { response: 'remission' }), med('b', { response: 'remission' })], found('no-adequate-trial', 0)],
  [
    'partial responses count, flagged as partial',
    [med('a', { response: 'some' }), med('b')],
    found('trd-pattern', 2, { partialCounted: true }),
  ],
  ['one failed adequate trial', [med('a'), intolerance('b')], found('one-adequate-trial', 1)],
  [
    'one failed, one with the dose unsure: unclear comes before one',
    [med('a'), med('b', { fullDose: 'unsure' })],
    found('unclear', 1, { unclearBecause: [{ medication: 'b', answers: ['med-dose'] }] }),
  ],
  [
    'two failed and one unsure: trd-pattern comes first, the unsure one is still named',
    [med('a'), med('b'), med('c', { weeks: 'unsure' })],
    found('trd-pattern', 2, { unclearBecause: [{ medication: 'c', answers: ['med-weeks'] }] }),
  ],
  [
    'an unsure answer that cannot change the count is not unclear',
    [med('a', { weeks: 'under-4', fullDose: 'unsure' }), med('b', { period: 'earlier', response: 'unsure' })],
    found('no-adequate-trial', 0),
  ],
  [
    'period not sure',
    [med('a'), med('b', { period: 'unsure' })],
    found('unclear', 1, { unclearBecause: [{ medication: 'b', answers: ['med-period'] }] }),
  ],
  [
    'a typed name off the list counts, and is named to check',
    [med('a'), typed('Xanax')],
    found('trd-pattern', 2, { namesToCheck: ['Xanax'] }),
  ],
  [
    '"not sure of the name", counted: named to check',
    [med('a', { response: 'remission' }), med('the medicine whose name you are not sure of', { id: 'unsure-name' })],
    found('one-adequate-trial', 1, { namesToCheck: ['the medicine whose name you are not sure of'] }),
  ],
  [
    'a typed name off the list that helped: not counted, so nothing to check',
    [med('a'), typed('Xanax', { response: 'remission' })],
    found('one-adequate-trial', 1),
  ],
];

describe('trdPattern, in the order: trd-pattern, unclear, one, none', () => {
  for (const [name, trials, expected] of cases) {
    it(`${name} → ${expected.pattern}`, () => expect(trdPattern(trials)).to.deep.equal(expected));
  }
});
