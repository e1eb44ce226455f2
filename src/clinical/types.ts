/** The public result of a completed screen (see the contract). JSON-serialisable. */
import type { Locale, SafetyRecord } from '../bank/types.js';

export type Phq9Severity = 'none-minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
export type TrialWeeks = 'under-4' | '4-5' | '6-plus' | 'unsure';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';
export type TrialResponse = 'none' | 'some' | 'good-then-lost' | 'remission' | 'unsure';
/** Extension of the contract: whether the trial was in this period of depression. */
export type TrialPeriod = 'this' | 'earlier' | 'unsure';
export type Pattern = 'trd-pattern' | 'one-adequate-trial' | 'no-adequate-trial' | 'unclear';
/**
 * What the medicine answers show, as every sentence that repeats the pattern words it (see
 * `findingOf`): the pattern, `trd-may-match` when it is softened, and why no adequate trial is
 * counted when one is shown (`adequate-helped`, `adequate-earlier`).
 */
export type Finding = Pattern | 'trd-may-match' | 'adequate-helped' | 'adequate-earlier';

/** Extension of the contract: `raisedBy` names the answer that raised the level. */
export type Safety = SafetyRecord;

export interface MedicationTrial {
  /** Option id in the bank (`other`, `unsure-name` or a generic name id); a typed name of a listed medicine takes that medicine's id. */
  id: string;
  name: string;
  period: TrialPeriod;
  weeks: TrialWeeks;
  fullDose: YesNoUnsure;
  response: TrialResponse;
  stoppedForSideEffects: boolean;
  adequateTrial: boolean;
}

export interface ScreenerResult {
  version: 2;
  /** `stopped`: an urgent answer ended the screen; no options, no pattern. */
  status: 'completed' | 'stopped';
  completedAt: string;
  locale: Locale;
  safety: Safety;
  phq9: { total: number; severity: Phq9Severity; item9: number } | null;
  medications: MedicationTrial[];
  adequateTrialsWithoutRemission: number;
  pattern: Pattern | null;
  options: Array<{ id: string; reasons: string[] }>;
  /** Option ids the patient ticked "I want to ask about this", in the order of `options`; [] at `screener-complete`. */
  wantToAsk: string[];
  cautions: string[];
  answers: Record<string, unknown>;
}
