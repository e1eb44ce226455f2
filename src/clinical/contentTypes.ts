/** Types of the clinical content in `questions/`: treatment options, cautions and their copy. */
import type { FinishUiStrings } from '../i18n/ui-strings.js';
import type { Finding, Phq9Severity } from './types.js';

export const OPTION_IDS = [
  'esketamine-nasal',
  'ketamine-iv',
  'ketamine-im',
  'ketamine-oral',
  'medication-change',
  'psychotherapy',
  'tms',
  'ect',
] as const;
export type OptionId = (typeof OPTION_IDS)[number];

export const CAUTION_IDS = [
  'vascular',
  'blood-pressure',
  'psychosis',
  'bipolar',
  'pregnancy',
  'substance-use',
  'bladder',
  'sedatives',
  'stimulants-maoi',
] as const;
export type CautionId = (typeof CAUTION_IDS)[number];

export type ApprovalStatus = 'fda-approved' | 'fda-cleared' | 'off-label' | 'standard-care';
/** Matches the option ids of the `pref-routes` question. */
export type Route = 'nasal' | 'iv' | 'injection' | 'oral' | 'non-medicine';

/** One statement an option card may show. */
export interface Fact {
  text: string;
  /** URL of the primary source; absent only where none exists (insurance coverage). */
  source?: string;
}

export interface TreatmentOption {
  id: OptionId;
  title: string;
  approval: ApprovalStatus;
  routes: Route[];
  /** Needs visits to a clinic or monitoring there (anything but the person's own clinicians). */
  clinicVisits: boolean;
  facts: Fact[];
  /** What insurance usually does, when the sources say. */
  coverage?: 'may-cover' | 'usually-not';
  /** How long a visit takes, when the sources say. */
  visit?: 'two-hours' | 'infusion';
  /** No driving after a dose: the person needs a ride home. */
  noDrivingAfter?: boolean;
  /** The reason given to someone who hopes to feel better soon, when the sources support one. */
  fast?: 'fastInfusion' | 'fastEct';
  /** The `other-treatments` option id that means the person has tried this before. */
  triedAs?: string;
}

export interface Caution {
  /** The id of the `health` option it follows from (its label is the question, in plain words). */
  id: CautionId;
  /** A short noun phrase for "Tell your doctor about {topic}." */
  topic: string;
  appliesTo: OptionId[];
  /** What the doctor needs to weigh, worded as "tell your doctor", never as a verdict. */
  fact: string;
  /** Options whose label says not to use them with this (moved last, never dropped). */
  contraindicates?: OptionId[];
  /** URLs of the sources. */
  sources: string[];
}

export type ReasonId =
  | 'trdApproved'
  | 'trdApprovedMayMatch'
  | 'afterTwoMedicines'
  | 'usualNextStep'
  | 'tmsAfterOne'
  | 'ectSevere'
  | 'offLabel'
  | 'weakEvidence'
  | 'fdaWarning'
  | 'homeFits'
  | 'homeClash'
  | 'clinicFits'
  | 'routeFits'
  | 'routeClash'
  | 'coverageLikely'
  | 'coverageUnlikely'
  | 'twoHoursClash'
  | 'twoHoursCheck'
  | 'infusionTime'
  | 'rideClash'
  | 'rideCheck'
  | 'fastInfusion'
  | 'fastEct'
  | 'triedBefore'
  | 'supportApproval'
  | 'cautionNote'
  | 'contraindicated';

/** Every sentence the ranking may give as a reason; `{route}` and `{topic}` are filled in. */
export interface ReasonCopy {
  sentences: Record<ReasonId, string>;
  /** How each route reads inside a sentence ("a nasal spray"). */
  routes: Record<Route, string>;
}

/** The result's sentences about the pattern and the PHQ-9 band (`{medicine}`, `{answers}` filled in). */
export interface ResultCopy {
  /** One per finding: its strength and adequacy are the ones every other sentence repeats. */
  headlines: Record<Finding, string>;
  partialNote: string;
  /** Names the medicines not on the list (`{medicines}`) for the doctor to check. */
  checkNames: string;
  /** The no-adequate-trial headline when no medicine was tried. */
  noMedicinesHeadline: string;
  afterTwoMedicines: string;
  unclearMedicine: string;
  /** How each per-medicine question reads in `{answers}`, by template question id. */
  unclearAnswers: Record<string, string>;
  unclearClosing: string;
  earlierNotCounted: string;
  goodThenLostNotCounted: string;
  intoleranceNotCounted: string;
  bipolarNote: string;
  phq9Bands: Record<Phq9Severity, string>;
  /** Shown with every result and summary. */
  notDiagnosis: string;
  /** Shown above the ordered options. */
  orderNote: string;
  /** Closes the list of options, once. */
  askDoctor: string;
  /** Said once above the options when any is given in a way the person did not pick. */
  routeMismatch: string;
}

/** The words the ranking needs, in the result's language. */
export interface RankingContent {
  options: readonly TreatmentOption[];
  cautions: readonly Caution[];
  reasons: ReasonCopy;
}

export interface ResultContent extends RankingContent {
  resultCopy: ResultCopy;
  /** The interface copy of the result, the printed summary and the FHIR file. */
  ui: FinishUiStrings;
}
