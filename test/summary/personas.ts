/**
 * People whose summaries the tests print, copy and export: escalated and not, six medicines and
 * none, and one whose screen stopped at an urgent answer. Each is a session of the real machine.
 */
import type { Answers } from '../../src/bank/types.js';
import type { LocaleContent } from '../../src/i18n/locale-content.js';
import type { ScreenerContext } from '../../src/machine/types.js';
import { startScreener, walkTo, walkToResult, type ScreenerActor } from '../helpers/journeys.js';

export interface SummaryPersona {
  name: string;
  answers: Answers;
  /** Stops at ASQ item 5 with this answer instead of walking to the result. */
  asq5?: 'yes' | 'decline';
}

/** The PHQ-9 answer with this score. */
const SCORE = ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'];
const phq9 = (scores: number[]): Answers =>
  Object.fromEntries(scores.map((score, i) => [`phq9-${i + 1}`, SCORE[score]]));

type Trial = [period: string, weeks: string, dose: string, response: string, sideEffects: string];

function medicines(trials: Record<string, Trial>): Answers {
  const answers: Answers = { 'meds-tried': Object.keys(trials) };
  for (const [id, [period, weeks, dose, response, sideEffects]] of Object.entries(trials)) {
    Object.assign(answers, {
      [`med-period:${id}`]: period,
      [`med-weeks:${id}`]: weeks,
      [`med-dose:${id}`]: dose,
      [`med-response:${id}`]: response,
      [`med-side-effects:${id}`]: sideEffects,
    });
  }
  return answers;
}

/** Six medicines, one of each kind of answer a doctor has to weigh. */
export const SIX_MEDICINES: Answers = {
  // In the list's order, as the checklist answers.
  ...medicines({
    sertraline: ['this', '6-plus', 'yes', 'none', 'no'],
    escitalopram: ['this', 'under-4', 'no', 'unsure', 'yes'],
    fluoxetine: ['this', '6-plus', 'yes', 'some', 'no'],
    bupropion: ['earlier', '4-5', 'yes', 'none', 'no'],
    venlafaxine: ['this', '6-plus', 'unsure', 'none', 'no'],
    other: ['this', '6-plus', 'yes', 'good-then-lost', 'yes'],
  }),
  'meds-other-name': 'Zelmora (made-up name)',
};

const HISTORY: Answers = {
  'phq9-difficulty': 'very',
  'period-length': 'over-2-years',
  'other-treatments': ['psychotherapy', 'add-on', 'tms'],
  health: ['blood-pressure', 'bipolar'],
  'pref-setting': 'clinic',
  'pref-routes': ['nasal', 'iv', 'non-medicine'],
  'pref-insurance': 'very',
  'pref-time': 'yes',
  'pref-ride': 'unsure',
  'pref-speed': 'fast',
};

export const SIX_ESCALATED: SummaryPersona = {
  name: 'six medicines, item 9 and ASQ 1 yes (support)',
  answers: { ...phq9([2, 3, 2, 2, 1, 3, 2, 1, 1]), ...SIX_MEDICINES, ...HISTORY, 'asq-1': 'yes', 'asq-5': 'no' },
};

export const SIX_CALM: SummaryPersona = {
  name: 'six medicines, not escalated',
  answers: { ...phq9([2, 2, 2, 2, 2, 2, 2, 2, 0]), ...SIX_MEDICINES, ...HISTORY },
};

export const NO_MEDICINES: SummaryPersona = {
  name: 'no medicines, not escalated',
  answers: { ...phq9([1, 1, 0, 1, 0, 1, 0, 0, 0]), 'meds-tried': ['none'], 'other-treatments': ['none'], health: ['none'] },
};

export const URGENT: SummaryPersona = {
  name: 'urgent at ASQ item 5',
  answers: { ...phq9([3, 3, 3, 3, 2, 3, 2, 2, 2]), 'asq-1': 'yes', 'asq-3': 'yes' },
  asq5: 'yes',
};

/** Two failed trials, open to a nasal spray or treatments without medicine: every option listed. */
export const TWO_FAILED: SummaryPersona = {
  name: 'two failed trials, not escalated',
  answers: {
    ...phq9([2, 2, 2, 2, 2, 2, 2, 2, 0]),
    ...medicines({ sertraline: ['this', '6-plus', 'yes', 'none', 'no'], bupropion: ['this', '6-plus', 'yes', 'none', 'no'] }),
    ...HISTORY,
    'period-length': '6-to-24-months',
    'other-treatments': ['none'],
    health: ['none'],
    'pref-routes': ['nasal', 'non-medicine'],
  },
};

export const SUMMARY_PERSONAS = [SIX_ESCALATED, SIX_CALM, NO_MEDICINES, URGENT];

const failed: Trial = ['this', '6-plus', 'yes', 'none', 'no'];
const BENIGN: Answers = { ...phq9([2, 2, 2, 2, 2, 2, 2, 2, 0]), 'other-treatments': ['none'], health: ['none'] };

/** The clinical review's cases: what the summary's line on the medicines must say beside its table. */
export const REVIEW_CASES: Record<string, SummaryPersona> = {
  twoGoodThenLost: {
    name: 'two medicines that helped a lot, then stopped working',
    answers: {
      ...BENIGN,
      ...medicines({ fluoxetine: ['this', '6-plus', 'yes', 'good-then-lost', 'no'], sertraline: ['this', '6-plus', 'yes', 'good-then-lost', 'no'] }),
    },
  },
  remissionOnly: {
    name: 'one medicine, and I felt well again',
    answers: { ...BENIGN, ...medicines({ sertraline: ['this', '6-plus', 'yes', 'remission', 'no'] }) },
  },
  zoloftBesideSertraline: {
    name: '"Zoloft" typed beside sertraline',
    answers: { ...BENIGN, ...medicines({ sertraline: failed, other: failed }), 'meds-other-name': 'Zoloft' },
  },
  typedUnknown: {
    name: 'a typed name not on the list, beside a failed trial',
    answers: { ...BENIGN, ...medicines({ sertraline: failed, other: failed }), 'meds-other-name': 'Xanax' },
  },
  underFourUnsureDose: {
    name: 'under 4 weeks, not sure of the dose',
    answers: { ...BENIGN, ...medicines({ sertraline: ['this', 'under-4', 'unsure', 'none', 'no'] }) },
  },
};

/** The machine's context at the end of the persona's screen, in the content's language. */
export function sessionOf(persona: SummaryPersona, content?: LocaleContent): ScreenerContext {
  return walkPersona(startScreener(content ? { bank: content.bank, locale: content.locale } : {}), persona);
}

/** Walks a started screener through the persona's screen (to ASQ item 5 when it says so), then stops it. */
export function walkPersona(actor: ScreenerActor, persona: SummaryPersona): ScreenerContext {
  if (persona.asq5) {
    walkTo(actor, 'asq-5', persona.answers);
    actor.send({ type: 'answer.set', questionId: 'asq-5', value: persona.asq5 });
    actor.send({ type: 'nav.next' });
  } else {
    walkToResult(actor, persona.answers);
  }
  const { context } = actor.getSnapshot();
  actor.stop();
  return context;
}
