import type { Answers, AnswerValue, Locale, QuestionBank, RiskLevel } from '../bank/types.js';
import type { RankingContent } from '../clinical/contentTypes.js';
import type { Safety, ScreenerResult } from '../clinical/types.js';

export interface ScreenerInput {
  /** A bank that has already passed `validateBank`. */
  bank: QuestionBank;
  locale?: Locale;
  /** Option cards, cautions and reasons in `locale`, for the result; absent → English. */
  content?: RankingContent;
  /** Option ids a clinic allows on the result; absent → all. */
  allowedOptions?: string[];
  /** Answers and safety carried over (e.g. a resumed session); safety only rises from here. */
  answers?: Answers;
  safety?: Safety;
  /** The step to resume on (a resumed session); the first step unless it is shown with `answers`. */
  stepKey?: string;
  /** Clock for `completedAt` (tests pass a fixed one). */
  now?: () => Date;
}

export interface ScreenerContext {
  bank: QuestionBank;
  locale: Locale;
  content?: RankingContent;
  allowedOptions?: string[];
  now: () => Date;
  answers: Answers;
  /** The step being shown while asking (a `StepInstance` key). */
  stepKey: string;
  /** Level and triggering question ids. Only rises; kept by the patient's "Start over". */
  safety: Safety;
  /** Required questions left empty at the last "Next". */
  invalid: string[];
  /** Set while editing from the review: "Next" returns to the review once all is answered. */
  returnToReview: boolean;
  /** A carried-over answer (e.g. chosen, then the page reloaded) raised the level as this session started. */
  escalatesOnStart: boolean;
  /** Where the patient was going when the support panel last interrupted (Continue goes on there). */
  leaving: Leaving | null;
  /** The escalation the crisis panel is showing. */
  crisis: { level: RiskLevel; questionId: string } | null;
  result: ScreenerResult | null;
  /** The result's code could not be loaded at the last "See my results" (answers are kept). */
  resultUnavailable: boolean;
}

/** The ways of leaving a step; each one commits the step's risk answers. */
export type Leaving = 'next' | 'back' | 'restart';

export type ScreenerEvent =
  | { type: 'answer.set'; questionId: string; value: AnswerValue }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'review.edit'; stepKey: string }
  | { type: 'crisis.continue' }
  /** The patient ticks or unticks "I want to ask about this" on one of the result's options. */
  | { type: 'result.wantToAsk'; optionId: string; wanted: boolean }
  /** The patient's "Start over": clears answers, keeps the safety level. */
  | { type: 'nav.restart' }
  /** The host page's `reset()`: a new session for a new person. */
  | { type: 'session.reset' }
  /**
   * Another language or another set of options mid-screen: the same structure in other words
   * (`bank` absent → the bank stays, e.g. a clinic's own; `allowedOptions` present → the clinic's
   * new choice, undefined meaning all). Step, answers and safety stay; a result is re-worded.
   */
  | {
      type: 'session.localize';
      locale?: Locale;
      content?: RankingContent;
      bank?: QuestionBank;
      allowedOptions?: string[];
    };

export type ScreenerEmitted =
  | { type: 'crisis'; level: RiskLevel; questionId: string }
  | { type: 'complete'; result: ScreenerResult };
