import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import copy from '../../questions/result-copy.en.js';
import type { Answers } from '../../src/bank/types.js';
import { explainResult, type ResultExplanation } from '../../src/clinical/explain.js';
import { buildResult } from '../../src/finish/finish.js';
import resultCopy from '../../questions/result-copy.en.js';
import { format } from '../../src/i18n/format.js';
import { fullAnswers, phq9, type MedAnswers } from './builders.js';

const explainAnswers = (answers: Answers) =>
  explainResult(buildResult({ bank, answers, safety: { level: 'none', triggeredBy: [] }, locale: 'en', now: new Date(0) }), resultCopy);
const explain = (meds: Record<string, MedAnswers>, more: Answers = {}) => explainAnswers(fullAnswers(meds, more));

const cases: Array<[string, Record<string, MedAnswers>, Answers, Omit<ResultExplanation, 'phq9'>]> = [
  ['two failed adequate trials', { sertraline: {}, bupropion: {} }, {}, { headline: copy.headlines['trd-pattern'], pattern: [] }],
  [
    'a counted trial helped a little: softened',
    { sertraline: { response: 'some' }, bupropion: {} },
    {},
    { headline: copy.headlines['trd-may-match'], pattern: [copy.partialNote] },
  ],
  [
    'one failed adequate trial',
    { sertraline: {} },
    {},
    { headline: copy.headlines['one-adequate-trial'], pattern: [copy.afterTwoMedicines] },
  ],
  ['no medicines tried', {}, {}, { headline: copy.noMedicinesHeadline, pattern: [copy.afterTwoMedicines] }],
  [
    'only intolerance',
    { sertraline: { weeks: 'under-4', sideEffects: 'yes' }, fluoxetine: { dose: 'no', sideEffects: 'yes' } },
    {},
    { headline: copy.headlines['no-adequate-trial'], pattern: [copy.afterTwoMedicines, copy.intoleranceNotCounted] },
  ],
  [
    'two adequate trials in a past episode only: not "none shown"',
    { sertraline: { period: 'earlier' }, bupropion: { period: 'earlier' } },
    {},
    { headline: copy.headlines['adequate-earlier'], pattern: [copy.afterTwoMedicines, copy.earlierNotCounted] },
  ],
  [
    'two good, then lost: an adequate trial helped',
    { sertraline: { response: 'good-then-lost' }, bupropion: { response: 'good-then-lost' } },
    {},
    { headline: copy.headlines['adequate-helped'], pattern: [copy.afterTwoMedicines, copy.goodThenLostNotCounted] },
  ],
  [
    'all answers "not sure"',
    { sertraline: { period: 'unsure', weeks: 'unsure', dose: 'unsure', response: 'unsure' }, bupropion: { dose: 'unsure' } },
    {},
    {
      headline: copy.headlines.unclear,
      pattern: [
        'sertraline (Zoloft): you were not sure about when you took it, how long you took it, the dose, and how much it helped.',
        'bupropion (Wellbutrin SR/XL): you were not sure about the dose.',
        copy.unclearClosing,
      ],
    },
  ],
  [
    'bipolar answered yes: may match',
    { sertraline: {}, bupropion: {} },
    { health: ['bipolar'] },
    { headline: copy.headlines['trd-may-match'], pattern: [copy.bipolarNote] },
  ],
  [
    'remission only: an adequate trial helped',
    { sertraline: { response: 'remission' } },
    {},
    { headline: copy.headlines['adequate-helped'], pattern: [copy.afterTwoMedicines] },
  ],
  [
    'a remission in an earlier period, and a medicine taken too briefly now',
    { sertraline: { period: 'earlier', response: 'remission' }, bupropion: { weeks: 'under-4' } },
    {},
    { headline: copy.headlines['adequate-helped'], pattern: [copy.afterTwoMedicines, copy.earlierNotCounted] },
  ],
  [
    'under 4 weeks with the dose not sure: listed, not unclear',
    { sertraline: { weeks: 'under-4', dose: 'unsure' } },
    {},
    { headline: copy.headlines['no-adequate-trial'], pattern: [copy.afterTwoMedicines] },
  ],
  [
    '"Zoloft" typed beside sertraline: one medicine',
    { sertraline: {}, other: {} },
    { 'meds-other-name': ' zoloft ' },
    { headline: copy.headlines['one-adequate-trial'], pattern: [copy.afterTwoMedicines] },
  ],
  [
    'a typed name off the list counts as "may match", named to check',
    { sertraline: {}, other: {} },
    { 'meds-other-name': 'Xanax' },
    { headline: copy.headlines['trd-may-match'], pattern: [format(copy.checkNames, { medicines: 'Xanax' })] },
  ],
];

describe('explainResult', () => {
  for (const [name, meds, more, expected] of cases) {
    it(name, () => expect(explain(meds, more)).to.deep.include(expected));
  }

  it('names the PHQ-9 band as a level of symptoms', () => {
    const answers = phq9('more-than-half', { 'phq9-9': 'not-at-all' });
    expect(explain({}, answers).phq9).to.equal('From your answers, your symptoms of depression seem to be moderately severe.');
  });

  it('gives no PHQ-9 sentence when the PHQ-9 is incomplete', () => {
    const answers = fullAnswers({});
    delete answers['phq9-2'];
    expect(explainAnswers(answers)).not.to.have.property('phq9');
  });
});
