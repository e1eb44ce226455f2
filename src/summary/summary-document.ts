import type { Answers, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Safety, ScreenerResult } from '../clinical/types.js';
import type { RegionData } from '../crisis/types.js';
import type { LocaleContent } from '../i18n/locale-content.js';

/**
 * The doctor's summary as plain data: the printout and the copied text are two renderings of
 * this one model, so they always say the same. Safety comes first; then severity, medicines,
 * other treatments, health points, wishes, the options to ask about and where to get help.
 */

export interface SummaryField {
  /** Written with a colon after it, unless it ends in its own punctuation (a question). */
  label: string;
  /** Empty: a blank to fill in by hand on paper, left out of the text. */
  value: string;
}

export interface SummarySection {
  id: 'phq9' | 'medicines' | 'other-treatments' | 'health' | 'preferences' | 'want-to-ask' | 'options' | 'resources';
  heading: string;
  fields: SummaryField[];
  /** Sentences, or the entries of a list when `list` is set. */
  lines: string[];
  list?: 'ordered' | 'plain';
  table?: { columns: string[]; rows: string[][] };
  /** The section's clinician parts again in the clinic's language (`clinic-lang`), when the patient used another. */
  clinic?: { lang: string; heading: string; fields: SummaryField[]; columns?: string[] };
}

/**
 * A question that raised the level. `value` is what the printout and the text show: the answer
 * that raised the level, and the answer now when it differs (CLINICAL.md §4.3, invariant 7).
 */
export interface SummaryTrigger extends SummaryField {
  /** The answer that raised the level, in words. */
  raised: string;
  /** Only when the answer was changed since: the answer now, in words ('' once it was cleared). */
  current?: string;
}

export interface SummarySafety {
  level: SafetyLevel;
  heading: string;
  status: string;
  detail: string;
  triggersLabel: string;
  /** The questions whose answers raised the level (verbatim), with those answers. */
  triggers: SummaryTrigger[];
  fields: SummaryField[];
  /** The crisis banner, once the session has escalated. */
  banner?: string;
}

export interface SummaryDocument {
  lang: string;
  title: string;
  selfReport: string;
  /** What happens to the answers: the clinic's `privacy-note`, else the widget's own sentence. */
  privacy: string;
  details: SummaryField[];
  safety: SummarySafety;
  /** In the clinic's language when the patient used another: "Patient completed the screen in Spanish." and the safety box. */
  clinic?: { lang: string; note: string; safety: SummarySafety; notesHeading: string };
  sections: SummarySection[];
  notesHeading: string;
  footer: string[];
}

/** A field's label as written before its value. */
export const labelOf = ({ label }: SummaryField): string => (/[?:.!]$/.test(label) ? label : `${label}:`);

/** Typed by the patient only for the printout: never stored, never part of an event or the result. */
export interface PersonalDetails {
  name?: string;
  birthDate?: string;
}

export interface SummaryInput {
  context: { bank: QuestionBank; answers: Answers; safety: Safety; result: ScreenerResult | null };
  content: LocaleContent;
  region: RegionData;
  clinicName?: string;
  /** The clinic's `privacy-note`, in place of the widget's own privacy sentence. */
  privacyNote?: string;
  now: Date;
  personal?: PersonalDetails;
}
