/**
 * How an option sits with the person's preferences. Preferences change reasons and order, never
 * whether an option is listed: a clash lowers the score and says why.
 */
import type { Answers } from '../bank/types.js';
import type { ReasonId, Route, TreatmentOption } from './contentTypes.js';

export const PREFERENCE_QUESTIONS = {
  setting: 'pref-setting',
  routes: 'pref-routes',
  insurance: 'pref-insurance',
  time: 'pref-time',
  ride: 'pref-ride',
  speed: 'pref-speed',
} as const;

export interface Preferences {
  setting?: string;
  routes: string[];
  insurance?: string;
  time?: string;
  ride?: string;
  speed?: string;
}

/** A reason before it is worded: its id and the values for its placeholders. */
export interface ReasonRef {
  id: ReasonId;
  values?: { route?: Route; topic?: string };
}

export interface PreferenceFit {
  /** Preferences met minus preferences clashed with. */
  score: number;
  /** Preferences clashed with; an option "fits" when there are none. */
  clashes: number;
  reasons: ReasonRef[];
}

export function readPreferences(answers: Answers): Preferences {
  const single = (id: string) => {
    const value = answers[id];
    return typeof value === 'string' ? value : undefined;
  };
  const routes = answers[PREFERENCE_QUESTIONS.routes];
  return {
    setting: single(PREFERENCE_QUESTIONS.setting),
    routes: Array.isArray(routes) ? routes : [],
    insurance: single(PREFERENCE_QUESTIONS.insurance),
    time: single(PREFERENCE_QUESTIONS.time),
    ride: single(PREFERENCE_QUESTIONS.ride),
    speed: single(PREFERENCE_QUESTIONS.speed),
  };
}

export function preferenceFit(option: TreatmentOption, prefs: Preferences): PreferenceFit {
  const fit: PreferenceFit = { score: 0, clashes: 0, reasons: [] };
  const meets = (reason: ReasonRef) => {
    fit.score += 1;
    fit.reasons.push(reason);
  };
  const clashes = (reason: ReasonRef) => {
    fit.score -= 1;
    fit.clashes += 1;
    fit.reasons.push(reason);
  };
  const notes = (reason: ReasonRef) => fit.reasons.push(reason);

  // Home fits only what the person's own clinicians provide; oral ketamine needs monitoring too.
  if (prefs.setting === 'home') {
    if (option.clinicVisits) clashes({ id: 'homeClash' });
    else meets({ id: 'homeFits' });
  }
  if (prefs.setting === 'clinic' && option.clinicVisits) meets({ id: 'clinicFits' });

  if (prefs.routes.length > 0) {
    const shared = option.routes.find((route) => prefs.routes.includes(route));
    if (shared) meets({ id: 'routeFits', values: { route: shared } });
    else clashes({ id: 'routeClash', values: { route: option.routes[0] } });
  }

  // "Very important" moves the order; "somewhat" only adds the sentence.
  const insuranceDecides = prefs.insurance === 'very';
  if (prefs.insurance === 'very' || prefs.insurance === 'somewhat') {
    if (option.coverage === 'may-cover') (insuranceDecides ? meets : notes)({ id: 'coverageLikely' });
    if (option.coverage === 'usually-not') (insuranceDecides ? clashes : notes)({ id: 'coverageUnlikely' });
  }

  if (option.visit === 'two-hours' && prefs.time === 'no') clashes({ id: 'twoHoursClash' });
  if (option.visit === 'two-hours' && prefs.time === 'unsure') notes({ id: 'twoHoursCheck' });
  if (option.visit === 'infusion' && (prefs.time === 'no' || prefs.time === 'unsure')) notes({ id: 'infusionTime' });

  if (option.noDrivingAfter && prefs.ride === 'no') clashes({ id: 'rideClash' });
  if (option.noDrivingAfter && prefs.ride === 'unsure') notes({ id: 'rideCheck' });

  if (option.fast && prefs.speed === 'fast') meets({ id: option.fast });
  return fit;
}
