/**
 * The journeys `npm run screens` takes through the demo, each from a fresh page. A journey names
 * the states it captures (`states`), so one that breaks early still reports what it missed.
 * `go(method, ...args)` calls the page driver (page-driver.mjs); `shot(state)` captures the widget.
 */

/** The demo's button names, per language (questions/ui.en.ts, questions/es/ui.es.ts). */
export const NAV = {
  en: { start: 'Start', next: 'Next', continue: 'Continue', seeResults: 'See my results' },
  es: { start: 'Empezar', next: 'Siguiente', continue: 'Continuar', seeResults: 'Ver mis resultados' },
};

const MEDICINES = ['sertraline', 'bupropion'];

/**
 * Moderate symptoms for over 6 months; two medicines, each taken long enough at the full dose
 * without help; open to a clinic's options. The rest (item 9, the safety questions) calm.
 */
const PERSONA = {
  ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((item) => [`phq9-${item}`, 'more-than-half'])),
  'phq9-difficulty': 'very',
  'period-length': '6-to-24-months',
  'meds-tried': MEDICINES,
  ...Object.fromEntries(
    MEDICINES.flatMap((med) => [
      [`med-period:${med}`, 'this'],
      [`med-weeks:${med}`, '6-plus'],
      [`med-dose:${med}`, 'yes'],
      [`med-response:${med}`, 'none'],
      [`med-side-effects:${med}`, 'no'],
    ]),
  ),
  health: ['none'],
  'pref-setting': 'clinic',
  'pref-routes': ['nasal', 'non-medicine'],
  'pref-insurance': 'very',
  'pref-time': 'yes',
  'pref-ride': 'yes',
  'pref-speed': 'fast',
};

/** Walks the persona to the result (the printouts start there). */
async function toResult({ go, nav }) {
  await go('walkTo', 'review', PERSONA, nav);
  await go('toResult', nav);
}

export const journeys = {
  persona: {
    states: ['welcome', 'single-choice', 'required-error', 'meds', 'meds-filter', 'per-medicine', 'multiple-choice', 'preference', 'review', 'result', 'result-open'],
    async run({ go, shot, nav, print, note }) {
      await shot('welcome');
      await go('walkTo', 'phq9-1', PERSONA, nav);
      await shot('single-choice');
      await go('click', nav.next);
      await shot('required-error');
      await go('walkTo', 'meds', PERSONA, nav);
      await go('answerStep', PERSONA);
      await shot('meds');
      note(`filter "wellb": ${await go('filter', 'meds-tried', 'wellb')}`);
      await shot('meds-filter');
      await go('filter', 'meds-tried', '');
      await go('walkTo', 'med:sertraline', PERSONA, nav);
      await go('answerStep', PERSONA);
      await shot('per-medicine');
      await go('walkTo', 'health', PERSONA, nav);
      await go('answerStep', PERSONA);
      await shot('multiple-choice');
      await go('walkTo', 'pref-routes', PERSONA, nav);
      await go('answerStep', PERSONA);
      await shot('preference');
      await go('walkTo', 'review', PERSONA, nav);
      await shot('review');
      await go('toResult', nav);
      await shot('result');
      note(`"Other options": ${await go('openAll', '.option-row')} <details> opened (rows and their "Things to know")`);
      await shot('result-open');
      await print('en');
    },
  },
  support: {
    states: ['support-panel', 'crisis-banner'],
    async run({ go, shot, nav }) {
      await go('walkTo', 'phq9-9', {}, nav);
      await go('choose', 'phq9-9', 'several-days');
      // A risk answer counts when its step is left: the panel shows after Next.
      await go('click', nav.next);
      await shot('support-panel', 'crisis');
      await go('click', nav.continue);
      await shot('crisis-banner');
    },
  },
  urgent: {
    states: ['urgent-panel'],
    async run({ go, shot, nav }) {
      await go('walkTo', 'asq-5', { 'asq-1': 'yes' }, nav);
      await go('choose', 'asq-5', 'yes');
      await go('click', nav.next);
      await shot('urgent-panel', 'urgent');
    },
  },
  'under-18': {
    states: ['under-18'],
    async run({ go, shot, nav }) {
      await go('choose', 'age', 'under-18');
      await go('click', nav.start);
      await shot('under-18');
    },
  },
  /** The Spanish printout, once: the same persona in Spanish. */
  'printout-es': {
    lang: 'es',
    once: true,
    states: [],
    async run(context) {
      await toResult(context);
      await context.print('es');
    },
  },
};
