/** Types of the question bank: the content that `questions/` holds as data. */

export type Locale = 'en' | 'es';
/** A raised safety level. `none` exists only in results, never on an option. */
export type RiskLevel = 'support' | 'urgent';
export type SafetyLevel = 'none' | RiskLevel;

export type SectionId =
  | 'welcome'
  | 'feeling'
  | 'safety'
  | 'medicines'
  | 'other-treatments'
  | 'health'
  | 'preferences'
  | 'review'
  | 'result';

export type QuestionType = 'single' | 'multiple' | 'text' | 'number';

/** Shaped like FHIR `enableWhen`: typed data read by one pure function, never a string to evaluate. */
export interface Condition {
  question: string;
  /** `=` / `!=` compare a single answer; `includes` / `excludes` test a multiple answer; `exists` tests presence. */
  operator: '=' | '!=' | 'includes' | 'excludes' | 'exists';
  /** An option id (or `true` / `false` for `exists`). */
  answer: string | boolean;
}

export interface AnswerOption {
  id: string;
  label: string;
  /** How the option is named inside a sentence of a repeated step (defaults to `label`). */
  name?: string;
  help?: string;
  /** Not shown with the option: fills `{hint}` in its repeated step (a medicine's usual dose range). */
  hint?: string;
  /** Choosing this option escalates the session's safety level. Read only by the safety guard. */
  risk?: RiskLevel;
  /** In a multiple-choice question: choosing it clears the others (e.g. "None of these"). */
  exclusive?: boolean;
  /** Optional heading this option is listed under (e.g. the medicine class). */
  group?: string;
  /** Score for instruments (PHQ-9 0–3). */
  score?: number;
  /** Choosing this option ends the screen kindly (e.g. "under 18"): no result is computed. */
  endsScreen?: boolean;
}

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  help?: string;
  options?: AnswerOption[];
  /** Required answers block "Next" with an inline message. */
  required?: boolean;
  /** All conditions must hold (FHIR enableBehavior "all") unless `enableBehavior` is `any`. */
  enableWhen?: Condition[];
  enableBehavior?: 'all' | 'any';
  /** Instrument wording quoted verbatim (PHQ-9, ASQ): exempt from the reading-level rule. */
  verbatim?: boolean;
  /** For `number`: inclusive bounds. */
  min?: number;
  max?: number;
}

/** A step is one screen. Most hold one question; a repeated step is shown once per option chosen. */
export interface Step {
  id: string;
  /** Optional heading shown above the questions (defaults to the section title). */
  title?: string;
  /** Short text shown above the questions (e.g. the PHQ-9 stem, the welcome text). */
  intro?: string;
  /** Marks the intro as verbatim instrument text (exempt from the reading-level rule). */
  introVerbatim?: boolean;
  questions: Question[];
  enableWhen?: Condition[];
  enableBehavior?: 'all' | 'any';
  /**
   * Repeat this step once for each option chosen in the named multiple-choice question
   * (exclusive options excepted). Question ids and texts are templates: `{name}` becomes the
   * option's name (or what the patient typed, see `typedNames`), `{hint}` the option's hint.
   */
  repeatFor?: string;
}

export interface Section {
  id: SectionId;
  title: string;
  steps: Step[];
}

export interface QuestionBank {
  /** Version of the content, printed on the summary. */
  version: string;
  locale: Locale;
  sections: Section[];
  /**
   * In a repeated step, the option whose label is typed by the patient: option id → text question id
   * (e.g. `{ "other": "meds-other-name" }`).
   */
  typedNames?: Record<string, string>;
}

/** An answer: a single option id, several option ids, typed text, or a number. */
export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;

/** A session's safety record: it only rises, and only the host's `reset()` clears it. */
export interface SafetyRecord {
  level: SafetyLevel;
  /** Question ids, in the order they raised the level. */
  triggeredBy: string[];
  /**
   * The answer each of `triggeredBy` held when it raised the level (the patient may have
   * changed it since; the summary and export show both).
   */
  raisedBy?: Record<string, AnswerValue>;
}
