import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import {
  isAdequateTrial,
  isFailedAdequateTrial,
  isIntolerance,
  medicationTrials,
  trialStatus,
  unsureAnswers,
} from '../../src/clinical/trials.js';
import type { MedicationTrial } from '../../src/clinical/types.js';
import { medicines, trial } from './builders.js';

describe('adequate trial: ≥ 6 weeks AND the dose the doctor aimed for', () => {
  const cases: Array<[MedicationTrial['weeks'], MedicationTrial['fullDose'], boolean, string]> = [
    ['6-plus', 'yes', true, 'adequate'],
    ['6-plus', 'no', false, 'not-adequate'],
    ['6-plus', 'unsure', false, 'unclear'],
    ['unsure', 'yes', false, 'unclear'],
    ['unsure', 'unsure', false, 'unclear'],
    ['unsure', 'no', false, 'not-adequate'],
    ['4-5', 'yes', false, 'not-adequate'],
    ['4-5', 'unsure', false, 'not-adequate'],
    ['under-4', 'yes', false, 'not-adequate'],
    ['under-4', 'no', false, 'not-adequate'],
  ];
  for (const [weeks, fullDose, adequate, status] of cases) {
    it(`weeks ${weeks}, full dose ${fullDose} → ${status}`, () => {
      expect(isAdequateTrial({ weeks, fullDose })).to.equal(adequate);
      expect(trialStatus({ weeks, fullDose })).to.equal(status);
    });
  }
});

describe('failed adequate trial: adequate, this period, no or partial response', () => {
  const cases: Array<[string, Partial<MedicationTrial>, boolean]> = [
    ['no response', { response: 'none' }, true],
    ['partial response', { response: 'some' }, true],
    ['good, then lost', { response: 'good-then-lost' }, false],
    ['remission', { response: 'remission' }, false],
    ['response not sure', { response: 'unsure' }, false],
    ['earlier period', { period: 'earlier' }, false],
    ['period not sure', { period: 'unsure' }, false],
    ['under 4 weeks', { weeks: 'under-4' }, false],
    ['not the full dose', { fullDose: 'no' }, false],
    ['adequate, then stopped for side effects', { stoppedForSideEffects: true }, true],
  ];
  for (const [name, overrides, failed] of cases) {
    it(`${name} → ${failed ? 'counts' : 'does not count'}`, () =>
      expect(isFailedAdequateTrial(trial(overrides))).to.equal(failed));
  }
});

describe('intolerance: stopped for side effects before an adequate trial', () => {
  const cases: Array<[string, Partial<MedicationTrial>, boolean]> = [
    ['stopped in under 4 weeks', { weeks: 'under-4', stoppedForSideEffects: true }, true],
    ['stopped below the full dose', { fullDose: 'no', stoppedForSideEffects: true }, true],
    ['stopped after an adequate trial', { stoppedForSideEffects: true }, false],
    ['stopped, weeks not sure (doctor judges)', { weeks: 'unsure', stoppedForSideEffects: true }, false],
    ['not stopped for side effects', { weeks: 'under-4' }, false],
  ];
  for (const [name, overrides, intolerance] of cases) {
    it(name, () => expect(isIntolerance(trial(overrides))).to.equal(intolerance));
  }
});

describe('unsure answers that leave open whether a trial counts', () => {
  const cases: Array<[string, Partial<MedicationTrial>, string[]]> = [
    ['all sure', {}, []],
    ['weeks', { weeks: 'unsure' }, ['med-weeks']],
    ['dose', { fullDose: 'unsure' }, ['med-dose']],
    ['response', { response: 'unsure' }, ['med-response']],
    ['period', { period: 'unsure' }, ['med-period']],
    [
      'everything',
      { period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' },
      ['med-period', 'med-weeks', 'med-dose', 'med-response'],
    ],
    ['dose unsure, but under 4 weeks', { weeks: 'under-4', fullDose: 'unsure' }, []],
    ['weeks unsure, but remission', { weeks: 'unsure', response: 'remission' }, []],
    ['period unsure, but good then lost', { period: 'unsure', response: 'good-then-lost' }, []],
    ['response unsure, but an earlier period', { period: 'earlier', response: 'unsure' }, []],
  ];
  for (const [name, overrides, answers] of cases) {
    it(`${name} → [${answers.join(', ')}]`, () => expect(unsureAnswers(trial(overrides))).to.deep.equal(answers));
  }
});

describe('medicationTrials', () => {
  it('reads one trial per chosen medicine, in the bank order, with its answers', () => {
    const answers = {
      ...medicines({
        sertraline: { response: 'some' },
        bupropion: { weeks: 'under-4', dose: 'no', response: 'unsure', sideEffects: 'yes', period: 'earlier' },
      }),
      'meds-tried': ['bupropion', 'sertraline'],
    };
    expect(medicationTrials(bank, answers)).to.deep.equal([
      {
        id: 'sertraline',
        name: 'sertraline (Zoloft)',
        period: 'this',
        weeks: '6-plus',
        fullDose: 'yes',
        response: 'some',
        stoppedForSideEffects: false,
        adequateTrial: true,
      },
      {
        id: 'bupropion',
        name: 'bupropion (Wellbutrin SR/XL)',
        period: 'earlier',
        weeks: 'under-4',
        fullDose: 'no',
        response: 'unsure',
        stoppedForSideEffects: true,
        adequateTrial: false,
      },
    ]);
  });

  it('uses the typed name for "another medicine"', () => {
    const answers = { ...medicines({ other: {} }), 'meds-other-name': '  Zelmora ' };
    expect(medicationTrials(bank, answers).map((t) => t.name)).to.deep.equal(['Zelmora']);
  });

  it('has no trials for "none", no answer, or an unknown id', () => {
    expect(medicationTrials(bank, { 'meds-tried': ['none'] })).to.deep.equal([]);
    expect(medicationTrials(bank, {})).to.deep.equal([]);
    expect(medicationTrials(bank, { 'meds-tried': ['not-a-medicine'] })).to.deep.equal([]);
  });

  it('reads unanswered or unknown per-medicine answers as "not sure", never as adequate', () => {
    const [only] = medicationTrials(bank, { 'meds-tried': ['fluoxetine'], 'med-weeks:fluoxetine': 'forever' });
    expect(only).to.deep.include({ period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' });
    expect(only!.stoppedForSideEffects).to.equal(false);
    expect(only!.adequateTrial).to.equal(false);
  });
});
