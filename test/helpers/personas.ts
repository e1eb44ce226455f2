/**
 * People who complete the whole screen, as data: what they answer and what the result must say.
 * Sentences come from the content files, so a copy edit changes the expectation with the copy;
 * which sentence is expected (and the order of options) is written here from the clinical rules.
 */
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import cautions from '../../questions/cautions.en.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { Answers } from '../../src/bank/types.js';
import type { CautionId, OptionId, ReasonId } from '../../src/clinical/contentTypes.js';
import type { Pattern, Safety, ScreenerResult, TrialResponse } from '../../src/clinical/types.js';
import { format } from '../../src/i18n/format.js';
import { bank } from './journeys.js';

export interface Persona {
  name: string;
  /** Answers by question id (an instance id such as `med-weeks:sertraline` for one medicine). */
  answers: Answers;
  expected: {
    pattern: Pattern;
    adequateTrialsWithoutRemission: number;
    /** Every option, best fit first. */
    options: OptionId[];
    cautions: CautionId[];
    phq9: NonNullable<ScreenerResult['phq9']>;
    safety: Safety;
    /** The summary's sentences after the PHQ-9 line: the headline, then the pattern's notes. */
    summary: string[];
    /** Sentences an option must give as reasons, and ones it must never give. */
    reasons: Partial<Record<OptionId, string[]>>;
    notReasons?: Partial<Record<OptionId, string[]>>;
  };
}

/** A reason sentence as the result shows it, placeholders filled. */
export function say(id: ReasonId, values: { route?: keyof typeof reasons.routes; topic?: string } = {}): string {
  return format(reasons.sentences[id], {
    ...(values.route ? { route: reasons.routes[values.route] } : {}),
    ...(values.topic ? { topic: values.topic } : {}),
  });
}

export const topicOf = (id: CautionId): string => cautions.find((c) => c.id === id)!.topic;

/** The PHQ-9 answers whose item scores are `scores` (items 1–9 in order). */
function phq9(scores: number[]): Answers {
  return Object.fromEntries(
    scores.map((score, i) => {
      const id = `phq9-${i + 1}`;
      return [id, findQuestion(bank, id)!.options!.find((o) => o.score === score)!.id];
    }),
  );
}

interface Trial {
  period?: string;
  weeks?: string;
  dose?: string;
  response: TrialResponse;
  sideEffects?: string;
}

const LISTED = findQuestion(bank, 'meds-tried')!.options!.map((option) => option.id);

/** Ticks the medicines (in the list's order, as the checklist answers) and answers each one's questions. */
function medicines(trials: Record<string, Trial>): Answers {
  const answers: Answers = { 'meds-tried': Object.keys(trials).sort((a, b) => LISTED.indexOf(a) - LISTED.indexOf(b)) };
  for (const [id, t] of Object.entries(trials)) {
    Object.assign(answers, {
      [`med-period:${id}`]: t.period ?? 'this',
      [`med-weeks:${id}`]: t.weeks ?? '6-plus',
      [`med-dose:${id}`]: t.dose ?? 'yes',
      [`med-response:${id}`]: t.response,
      [`med-side-effects:${id}`]: t.sideEffects ?? 'no',
    });
  }
  return answers;
}

/** Open to every route, no strong wishes: every option fits, so the pattern alone orders them. */
const OPEN: Answers = {
  'pref-setting': 'either',
  'pref-routes': ['nasal', 'iv', 'injection', 'oral', 'non-medicine'],
  'pref-insurance': 'somewhat',
  'pref-time': 'yes',
  'pref-ride': 'yes',
  'pref-speed': 'weeks',
};
const MODERATELY_SEVERE = phq9([2, 2, 2, 2, 2, 2, 2, 2, 0]);
const MS_SCORE: Persona['expected']['phq9'] = { total: 16, severity: 'moderately-severe', item9: 0 };
const TWO_FAILED = medicines({ fluoxetine: { response: 'none' }, sertraline: { response: 'none' } });

const KETAMINE: OptionId[] = ['ketamine-iv', 'ketamine-im', 'ketamine-oral'];
const TRD_ORDER: OptionId[] = ['esketamine-nasal', 'medication-change', 'psychotherapy', 'tms', 'ect', ...KETAMINE];
const NO_TRIAL_ORDER: OptionId[] = ['medication-change', 'psychotherapy', 'tms', 'ect', 'esketamine-nasal', ...KETAMINE];
const ONE_TRIAL_ORDER: OptionId[] = ['medication-change', 'psychotherapy', 'tms', 'ect', 'esketamine-nasal', ...KETAMINE];

/** A medicine as the list names it. */
function medicineName(id: string): string {
  const option = findQuestion(bank, 'meds-tried')!.options!.find((o) => o.id === id)!;
  return option.name ?? option.label;
}

/** "{medicine}: you were not sure about …", for a medicine with every answer "Not sure". */
const unsureAbout = (id: string) =>
  format(resultCopy.unclearMedicine, {
    medicine: medicineName(id),
    answers: new Intl.ListFormat('en', { type: 'conjunction' }).format(
      ['med-period', 'med-weeks', 'med-dose', 'med-response'].map((q) => resultCopy.unclearAnswers[q]),
    ),
  });

type Expected = Omit<Persona['expected'], 'cautions' | 'safety'> & Partial<Pick<Persona['expected'], 'cautions' | 'safety'>>;

/** No health cautions and no escalation unless a persona says otherwise. */
const persona = (name: string, answers: Answers, expected: Expected): Persona => ({
  name,
  answers,
  expected: { cautions: [], safety: { level: 'none', triggeredBy: [], raisedBy: {} }, ...expected },
});

export const personas: Persona[] = [
  persona(
    'two failed trials, clinic, insurance very important, time and a ride',
    { ...MODERATELY_SEVERE, ...TWO_FAILED, ...OPEN, 'pref-setting': 'clinic', 'pref-insurance': 'very' },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      // Clinic options fit better than home ones; IV ketamine clashes with insurance, and the
      // ketamine options keep their evidence order (IV, IM, oral).
      options: ['esketamine-nasal', 'tms', 'ect', 'medication-change', 'psychotherapy', ...KETAMINE],
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['trd-pattern']],
      reasons: {
        'esketamine-nasal': [say('trdApproved'), say('clinicFits'), say('coverageLikely')],
        'ketamine-iv': [say('offLabel'), say('coverageUnlikely')],
      },
    },
  ),
  persona(
    'one adequate trial',
    { ...phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]), ...medicines({ sertraline: { response: 'none' } }), ...OPEN },
    {
      pattern: 'one-adequate-trial',
      adequateTrialsWithoutRemission: 1,
      options: ONE_TRIAL_ORDER,
      phq9: { total: 8, severity: 'mild', item9: 0 },
      summary: [resultCopy.headlines['one-adequate-trial'], resultCopy.afterTwoMedicines],
      reasons: {
        'medication-change': [say('usualNextStep')],
        psychotherapy: [say('usualNextStep')],
        tms: [say('tmsAfterOne')],
        'esketamine-nasal': [say('afterTwoMedicines')],
        'ketamine-iv': [say('afterTwoMedicines')],
      },
      notReasons: { 'esketamine-nasal': [say('trdApproved')] },
    },
  ),
  persona(
    'two failed trials and a vascular condition',
    { ...phq9([3, 3, 3, 3, 3, 3, 2, 2, 0]), ...TWO_FAILED, ...OPEN, health: ['vascular'] },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      options: [...TRD_ORDER.slice(1), 'esketamine-nasal'],
      cautions: ['vascular'],
      phq9: { total: 22, severity: 'severe', item9: 0 },
      summary: [resultCopy.headlines['trd-pattern']],
      reasons: {
        'esketamine-nasal': [say('contraindicated', { topic: topicOf('vascular') })],
        'ketamine-iv': [say('cautionNote', { topic: topicOf('vascular') })],
      },
    },
  ),
  persona(
    'two failed trials, home, insurance not important, pill or lozenge only',
    {
      ...phq9([2, 2, 1, 1, 1, 1, 1, 1, 0]),
      ...TWO_FAILED,
      ...OPEN,
      'pref-setting': 'home',
      'pref-routes': ['oral'],
      'pref-insurance': 'not',
    },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      // Esketamine clashes with home and the route, so it does not lead; a medicine change fits
      // both wishes; oral ketamine comes after every stronger option, the fitting one included.
      options: ['medication-change', 'psychotherapy', 'esketamine-nasal', 'tms', 'ect', ...KETAMINE],
      phq9: { total: 10, severity: 'moderate', item9: 0 },
      summary: [resultCopy.headlines['trd-pattern']],
      reasons: {
        'medication-change': [say('homeFits'), say('routeFits', { route: 'oral' })],
        'ketamine-oral': [say('offLabel'), say('weakEvidence'), say('fdaWarning'), say('homeClash')],
        'esketamine-nasal': [say('trdApproved'), say('homeClash'), say('routeClash', { route: 'nasal' })],
      },
      notReasons: { 'ketamine-oral': [say('homeFits')] },
    },
  ),
  persona(
    'no antidepressant taken',
    { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), 'meds-tried': ['none'], ...OPEN },
    {
      pattern: 'no-adequate-trial',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: { total: 0, severity: 'none-minimal', item9: 0 },
      summary: [resultCopy.noMedicinesHeadline, resultCopy.afterTwoMedicines],
      reasons: { 'esketamine-nasal': [say('afterTwoMedicines')], 'medication-change': [say('usualNextStep')] },
    },
  ),
  persona(
    'not sure about anything, for two medicines',
    {
      ...MODERATELY_SEVERE,
      ...medicines({
        fluoxetine: { period: 'unsure', weeks: 'unsure', dose: 'unsure', response: 'unsure' },
        sertraline: { period: 'unsure', weeks: 'unsure', dose: 'unsure', response: 'unsure' },
      }),
      ...OPEN,
    },
    {
      pattern: 'unclear',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: MS_SCORE,
      summary: [
        resultCopy.headlines.unclear,
        unsureAbout('sertraline'),
        unsureAbout('fluoxetine'),
        resultCopy.unclearClosing,
      ],
      reasons: { 'esketamine-nasal': [say('afterTwoMedicines')] },
    },
  ),
  persona(
    'two failed trials in an earlier period of depression only',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ fluoxetine: { period: 'earlier', response: 'none' }, sertraline: { period: 'earlier', response: 'none' } }),
      ...OPEN,
    },
    {
      pattern: 'no-adequate-trial',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: MS_SCORE,
      // The table shows both as adequate: never "your answers do not show a medicine taken long enough".
      summary: [resultCopy.headlines['adequate-earlier'], resultCopy.afterTwoMedicines, resultCopy.earlierNotCounted],
      reasons: { 'esketamine-nasal': [say('afterTwoMedicines')] },
    },
  ),
  persona(
    'two adequate trials that helped a little, and bipolar disorder',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ fluoxetine: { response: 'some' }, sertraline: { response: 'some' } }),
      ...OPEN,
      health: ['bipolar'],
    },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      options: TRD_ORDER,
      cautions: ['bipolar'],
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['trd-may-match'], resultCopy.partialNote, resultCopy.bipolarNote],
      reasons: {
        'esketamine-nasal': [say('trdApprovedMayMatch'), say('cautionNote', { topic: topicOf('bipolar') })],
        psychotherapy: [say('cautionNote', { topic: topicOf('bipolar') })],
      },
      // The headline says "may match": no card says "match".
      notReasons: { 'esketamine-nasal': [say('trdApproved')] },
    },
  ),
  persona(
    'PHQ-9 item 9 "several days", then two failed trials',
    { ...phq9([2, 2, 2, 2, 2, 2, 2, 2, 1]), ...TWO_FAILED, ...OPEN },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      options: TRD_ORDER,
      phq9: { total: 17, severity: 'moderately-severe', item9: 1 },
      safety: { level: 'support', triggeredBy: ['phq9-9'], raisedBy: { 'phq9-9': 'several-days' } },
      summary: [resultCopy.headlines['trd-pattern']],
      reasons: { 'esketamine-nasal': [say('trdApproved'), say('supportApproval')] },
    },
  ),
  persona(
    'one failed trial and one that helped a lot, then stopped working',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ fluoxetine: { response: 'good-then-lost' }, sertraline: { response: 'none' } }),
      ...OPEN,
    },
    {
      pattern: 'one-adequate-trial',
      adequateTrialsWithoutRemission: 1,
      options: ONE_TRIAL_ORDER,
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['one-adequate-trial'], resultCopy.afterTwoMedicines, resultCopy.goodThenLostNotCounted],
      reasons: { tms: [say('tmsAfterOne')] },
    },
  ),
  persona(
    'two medicines that helped a lot, then stopped working',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ fluoxetine: { response: 'good-then-lost' }, sertraline: { response: 'good-then-lost' } }),
      ...OPEN,
    },
    {
      pattern: 'no-adequate-trial',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: MS_SCORE,
      // Both rows say "Adequate trial: Yes": the headline says one helped, never "none shown".
      summary: [resultCopy.headlines['adequate-helped'], resultCopy.afterTwoMedicines, resultCopy.goodThenLostNotCounted],
      reasons: { 'esketamine-nasal': [say('afterTwoMedicines')] },
    },
  ),
  persona(
    'one medicine, and I felt well again',
    { ...MODERATELY_SEVERE, ...medicines({ sertraline: { response: 'remission' } }), ...OPEN },
    {
      pattern: 'no-adequate-trial',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['adequate-helped'], resultCopy.afterTwoMedicines],
      reasons: { 'medication-change': [say('usualNextStep')] },
    },
  ),
  persona(
    '"Zoloft" typed beside sertraline: one medicine, counted once',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ sertraline: { response: 'none' }, other: { response: 'none' } }),
      'meds-other-name': 'Zoloft',
      ...OPEN,
    },
    {
      pattern: 'one-adequate-trial',
      adequateTrialsWithoutRemission: 1,
      options: ONE_TRIAL_ORDER,
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['one-adequate-trial'], resultCopy.afterTwoMedicines],
      reasons: { tms: [say('tmsAfterOne')] },
      notReasons: { 'esketamine-nasal': [say('trdApproved'), say('trdApprovedMayMatch')] },
    },
  ),
  persona(
    'a typed name not on the list ("Xanax") beside a failed trial',
    {
      ...MODERATELY_SEVERE,
      ...medicines({ sertraline: { response: 'none' }, other: { response: 'none' } }),
      'meds-other-name': 'Xanax',
      ...OPEN,
    },
    {
      pattern: 'trd-pattern',
      adequateTrialsWithoutRemission: 2,
      options: TRD_ORDER,
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['trd-may-match'], format(resultCopy.checkNames, { medicines: 'Xanax' })],
      reasons: { 'esketamine-nasal': [say('trdApprovedMayMatch')] },
      notReasons: { 'esketamine-nasal': [say('trdApproved')] },
    },
  ),
  persona(
    'under 4 weeks, not sure of the dose',
    { ...MODERATELY_SEVERE, ...medicines({ sertraline: { weeks: 'under-4', dose: 'unsure', response: 'none' } }), ...OPEN },
    {
      // Cannot count either way: listed, not unclear (CLINICAL.md §6.3).
      pattern: 'no-adequate-trial',
      adequateTrialsWithoutRemission: 0,
      options: NO_TRIAL_ORDER,
      phq9: MS_SCORE,
      summary: [resultCopy.headlines['no-adequate-trial'], resultCopy.afterTwoMedicines],
      reasons: { 'esketamine-nasal': [say('afterTwoMedicines')] },
    },
  ),
];
