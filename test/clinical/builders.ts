/** Small hand-made answers and trials for the clinical rule tests. */
import type { Answers } from '../../src/bank/types.js';
import type { MedicationTrial } from '../../src/clinical/types.js';

/** A trial with the given answers; by default a failed adequate trial in this period. */
export function trial(overrides: Partial<MedicationTrial> = {}): MedicationTrial {
  const base = {
    id: 'sertraline',
    name: 'sertraline (Zoloft)',
    period: 'this',
    weeks: '6-plus',
    fullDose: 'yes',
    response: 'none',
    stoppedForSideEffects: false,
    ...overrides,
  } as const;
  return { adequateTrial: base.weeks === '6-plus' && base.fullDose === 'yes', ...base };
}

export interface MedAnswers {
  period?: string;
  weeks?: string;
  dose?: string;
  response?: string;
  sideEffects?: string;
}

/** The repeated-step answers for one medicine (`med-weeks:<id>` etc.); unspecified = a failed adequate trial. */
export function medAnswers(id: string, med: MedAnswers = {}): Answers {
  return {
    [`med-period:${id}`]: med.period ?? 'this',
    [`med-weeks:${id}`]: med.weeks ?? '6-plus',
    [`med-dose:${id}`]: med.dose ?? 'yes',
    [`med-response:${id}`]: med.response ?? 'none',
    [`med-side-effects:${id}`]: med.sideEffects ?? 'no',
  };
}

/** `meds-tried` plus each medicine's answers. */
export function medicines(meds: Record<string, MedAnswers>): Answers {
  return Object.assign({ 'meds-tried': Object.keys(meds) }, ...Object.entries(meds).map(([id, m]) => medAnswers(id, m))) as Answers;
}

/** Every PHQ-9 item answered with the same option, unless overridden. */
export function phq9(option = 'several-days', overrides: Record<string, string> = {}): Answers {
  const items = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, option]));
  return { ...items, 'phq9-difficulty': 'somewhat', ...overrides };
}

/** A benign path through the bank up to the ASQ (welcome, age, PHQ-9, ASQ 1–4 "no"), and more. */
export function answersThroughAsq(more: Answers = {}): Answers {
  return {
    age: 'adult',
    ...phq9('not-at-all'),
    'asq-1': 'no',
    'asq-2': 'no',
    'asq-3': 'no',
    'asq-4': 'no',
    ...more,
  };
}

/** A complete, benign path through the bank up to the medicines, with the given medicines and more. */
export function fullAnswers(meds: Record<string, MedAnswers>, more: Answers = {}): Answers {
  const noMedicines = Object.keys(meds).length === 0;
  return {
    ...answersThroughAsq(),
    'period-length': '6-to-24-months',
    ...(noMedicines ? { 'meds-tried': ['none'] } : medicines(meds)),
    'other-treatments': ['none'],
    health: ['none'],
    'pref-setting': 'either',
    'pref-routes': ['nasal', 'iv', 'injection', 'oral', 'non-medicine'],
    'pref-insurance': 'somewhat',
    'pref-time': 'yes',
    'pref-ride': 'yes',
    'pref-speed': 'weeks',
    ...more,
  };
}
