/**
 * Reading level of a piece of text: the Flesch–Kincaid grade for English (the `flesch-kincaid`
 * formula and the `syllable` counter), and for Spanish the school grade of Fernández Huerta's
 * reading ease (below). The counts are kept simple and stated here, so that a grade can be
 * checked by hand:
 * - a word is a whitespace-separated token with a letter or digit in it ("—" is not a word);
 * - every word has at least one syllable (the counter gives digits none: "988" reads as easily
 *   as a short word); Spanish syllables are counted by `spanish-syllables.ts`;
 * - a sentence ends at ".", "!" or "?" followed by the end of the text or by a space and a
 *   capital, digit, quote or Spanish opening "¿" / "¡" ("e.g. for" does not end one); text
 *   without such an end is one sentence (a label, a heading).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { spanishSyllables } from './spanish-syllables.js';

/**
 * The limits, the same in every language (the clinical notes' words section: US grade 8 or
 * lower on average, grade 10 at most per string). Strings of fewer than `minWords` words
 * ("Yes", "Next") are left out of both: a formula means nothing there.
 */
export const READING_LIMITS = { maxGrade: 10, maxAverage: 8, minWords: 4 } as const;

// A type alias, not an interface: the formula's parameter type has an index signature.
export type TextCounts = { sentence: number; word: number; syllable: number };

const SENTENCE_END = /[.!?]+["'”’)]*(?=$|\s+["'“‘(¿¡]?[\p{Lu}\p{N}])/gu;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function countText(text: string, syllablesOf: (word: string) => number = syllable): TextCounts {
  const words = wordsOf(text);
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  const unterminated = /[.!?]["'”’)]*$/u.test(text.trim()) ? 0 : 1;
  return {
    sentence: Math.max(1, ends + unterminated),
    word: words.length,
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0),
  };
}

/** US school grade; NaN for text without words. */
export function readingGrade(text: string): number {
  return fleschKincaid(countText(text));
}

/**
 * Spanish: Fernández Huerta's reading ease, the Spanish adaptation of Flesch's (Fernández Huerta
 * J. Medidas sencillas de lecturabilidad. Consigna 1959;214:29–32; read with the syllable term
 * per word and the sentence term as words per sentence, as Flesch's, per Law G. Error in the
 * Fernandez Huerta readability formula, 2011):
 *   L = 206.84 − 60 × syllables / words − 1.02 × words / sentences
 * 0–100, higher is easier.
 */
export function fernandezHuerta(text: string): number {
  const { sentence, word, syllable: syllables } = countText(text, spanishSyllables);
  return word ? 206.84 - (60 * syllables) / word - (1.02 * word) / sentence : Number.NaN;
}

/**
 * The school grade of a Spanish text, from Fernández Huerta's own table: 90 is 4th grade, 80 5th,
 * 70 6th, 60 the end of "7th or 8th"; between those points the grade is read linearly, and below
 * 60 the 6th-to-8th slope (2 grades per 10 points) goes on, so grade 10 is 50, where the table's
 * "somewhat difficult" band ends. In that range one more syllable per word costs 12 grades, about
 * what it costs in the Flesch–Kincaid grade (11.8), so both languages are held to one standard.
 */
export function spanishReadingGrade(text: string): number {
  const ease = fernandezHuerta(text);
  return ease >= 70 ? 6 - (ease - 70) / 10 : 6 + (70 - ease) / 5;
}
