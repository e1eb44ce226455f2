/** The shapes of a language's content: what `questions/` provides and what a translation gives. */
import type { Locale, QuestionBank } from '../bank/types.js';
import type { CautionId, OptionId, ReasonCopy, ResultContent, ResultCopy } from '../clinical/contentTypes.js';
import type { CrisisContent } from '../crisis/types.js';
import type { UiStrings, WholeUiStrings } from './ui-strings.js';

/** Everything the element shows in one language. */
export interface LocaleContent {
  locale: Locale;
  bank: QuestionBank;
  crisis: CrisisContent;
  ui: UiStrings;
  /**
   * The result's words (option cards, cautions, reasons) in this language. Absent for English,
   * whose words load with the result's code instead of sitting in the embed.
   */
  resultContent?: ResultContent;
}

export interface OptionText {
  label: string;
  name?: string;
  help?: string;
  hint?: string;
  group?: string;
}

export interface QuestionText {
  text: string;
  help?: string;
  /** By option id. */
  options?: Record<string, OptionText>;
}

export interface StepText {
  title?: string;
  intro?: string;
}

/** The bank's words: section titles by section id, steps and questions by their ids. */
export interface BankText {
  sections: Record<string, string>;
  steps: Record<string, StepText>;
  questions: Record<string, QuestionText>;
}

/** Everything a language says, by id. Copy objects (UI, reasons, result) mirror the English shape. */
export interface Translation {
  locale: Locale;
  bank: BankText;
  ui: WholeUiStrings;
  crisis: CrisisContent;
  /** Option cards: the title and each fact, in the English order of the facts. */
  options: Record<OptionId, { title: string; facts: string[] }>;
  cautions: Record<CautionId, { topic: string; fact: string }>;
  reasons: ReasonCopy;
  resultCopy: ResultCopy;
}

export interface Localized {
  content: LocaleContent;
  /** Texts without a translation (English is kept for them) and translations that match nothing. */
  problems: string[];
}
