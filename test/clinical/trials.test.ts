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
import { medicines, trial, type MedAnswers } from './builders.js';

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

describe('the unclear rule (CLINICAL.md §6.3): only a "not sure" that could change whether a trial counts', () => {
  const cases: Array<[string, Partial<MedicationTrial>, string[]]> = [
    ['all sure', {}, []],
    ['weeks, with the dose reached', { weeks: 'unsure' }, ['med-weeks']],
    ['dose, at 6+ weeks', { fullDose: 'unsure' }, ['med-dose']],
    ['response, on an otherwise adequate trial', { response: 'unsure' }, ['med-response']],
    ['period, on an otherwise adequate trial', { period: 'unsure' }, ['med-period']],
    ['weeks and dose', { weeks: 'unsure', fullDose: 'unsure' }, ['med-weeks', 'med-dose']],
    [
      'everything',
      { period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' },
      ['med-period', 'med-weeks', 'med-dose', 'med-response'],
    ],
    ['dose unsure, but under 4 weeks', { weeks: 'under-4', fullDose: 'unsure' }, []],
    ['dose unsure, but 4 to 6 weeks', { weeks: '4-5', fullDose: 'unsure' }, []],
    ['weeks unsure, but an earlier period', { period: 'earlier', weeks: 'unsure' }, []],
    ['weeks unsure, but not the full dose', { weeks: 'unsure', fullDose: 'no' }, []],
    ['period and dose unsure, but under 4 weeks', { period: 'unsure', weeks: 'under-4', fullDose: 'unsure' }, []],
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

  it('a typed generic or brand name of a listed medicine is that medicine (case and spaces ignored)', () => {
    const typed = (name: string) => medicationTrials(bank, { ...medicines({ other: {} }), 'meds-other-name': name });
    for (const name of ['Zoloft', ' ZOLOFT ', 'sertraline', 'Ser traline']) {
      expect(typed(name).map((t) => [t.id, t.name]), name).to.deep.equal([['sertraline', 'sertraline (Zoloft)']]);
    }
    expect(typed('wellbutrin xl').map((t) => t.id)).to.deep.equal(['bupropion']);
    expect(typed('Auvelity').map((t) => t.id)).to.deep.equal(['dextromethorphan-bupropion']);
    expect(typed('selegiline patch').map((t) => t.id)).to.deep.equal(['selegiline-patch']);
    // Off the list, misspelt, or a brand the sources did not confirm: kept as typed, for the doctor to check.
    for (const name of ['Xanax', 'Zolof', 'Pristiq']) expect(typed(name).map((t) => [t.id, t.name]), name).to.deep.equal([['other', name]]);
  });

  it('"Zoloft" typed beside sertraline is one medicine, counted once', () => {
    const both = { ...medicines({ sertraline: {}, other: {} }), 'meds-other-name': 'Zoloft' };
    expect(medicationTrials(bank, both).map((t) => t.id)).to.deep.equal(['sertraline']);
  });

  it('of two courses of one medicine, the one that decides the count stands for it', () => {
    const courses = (ticked: MedAnswers, typed: MedAnswers) =>
      medicationTrials(bank, { ...medicines({ sertraline: ticked, other: typed }), 'meds-other-name': 'Zoloft' });
    expect(courses({ response: 'remission' }, { response: 'none' }).map((t) => t.response)).to.deep.equal(['none']);
    expect(courses({ weeks: 'under-4' }, { dose: 'unsure' }).map((t) => t.fullDose)).to.deep.equal(['unsure']);
    expect(courses({ response: 'some' }, { response: 'none' }).map((t) => t.response), 'a tie: the ticked one').to.deep.equal(['some']);
  });

  it('has no trials for "none", no answer, or an unknown id', () => {
    expect(medicationTrials(bank, { 'meds-tried': ['none'] })).to.deep.equal([]);
    expect(medicationTrials(bank, {})).to.deep.equal([]);
    expect(medicationTrials(bank, { 'meds-tried': ['not-a-medicine'] })).to.deep.equal([]);
  });

  it('reads unanswered or unknown per-medicine answers as "not sure", never as adequate', () => {
    const [only] = medicationTrials(bank, { 'meds-tried': ['fluoxetine'], 'med-weeks:fluoxetine': 'forever' });
    expect(only).to.deep.include({ period: 'unsure', weeks: 'unsure', fullDose: 'unsure', response: 'unsure' });
    expect(only.stoppedForSideEffects).to.equal(false);
    expect(only.adequateTrial).to.equal(false);
  });
});
