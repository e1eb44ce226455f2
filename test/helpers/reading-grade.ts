/**
 * The Flesch–Kincaid grade of a piece of text, from the `flesch-kincaid` formula and the
 * `syllable` counter. The counts are kept simple and stated here, so that a grade can be checked
 * by hand:
 * - a word is a whitespace-separated token with a letter or digit in it ("—" is not a word);
 * - every word has at least one syllable (the counter gives digits none: "988" reads as easily
 *   as a short word);
 * - a sentence ends at ".", "!" or "?" followed by the end of the text or by a space and a
 *   capital, digit or quote ("e.g. for" does not end one); text without such an end is one
 *   sentence (a label, a heading).
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

// A type alias, not an interface: the formula's parameter type has an index signature.
export type TextCounts = { sentence: number; word: number; syllable: number };

const SENTENCE_END = /[.!?]+["'”’)]*(?=$|\s+["'“‘(]?[\p{Lu}\p{N}])/gu;

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function countText(text: string): TextCounts {
  const words = wordsOf(text);
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  const unterminated = /[.!?]["'”’)]*$/u.test(text.trim()) ? 0 : 1;
  return {
    sentence: Math.max(1, ends + unterminated),
    word: words.length,
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  };
}

/** US school grade; NaN for text without words. */
export function readingGrade(text: string): number {
  return fleschKincaid(countText(text));
}
