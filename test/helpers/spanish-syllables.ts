/**
 * Syllables of a Spanish word, by the regular rules of Spanish syllabification (Real Academia
 * Española, Ortografía de la lengua española, 2010, §1.2–1.3): a syllable has one vowel nucleus,
 * so the count is the number of vowel groups, where a group of adjacent vowels is split only at
 * a hiatus.
 * - Open vowels: a e o (accented or not). Closed vowels: i u ü; an accented í or ú counts as open
 *   next to an open vowel ("día", "país", "continúe"): that is what its accent marks.
 * - Two open vowels are a hiatus ("le-er", "a-é-re-a"); an open and a closed vowel, or two closed
 *   ones ("cui-da-do", "ciu-dad", "cons-truí"), are one syllable (diphthong; three, a triphthong).
 * - "y" is a vowel where no vowel follows it ("muy", "hoy", "y"); before a vowel it is a consonant.
 * - A token without letters (a number such as 988) counts as one syllable, as in the English
 *   counter's use.
 * The silent "u" of que/qui/gue/gui needs no rule: it joins the next vowel in one group anyway.
 */

const OPEN = new Set('aeoáéó');
const CLOSED = new Set('iuü');
const ACCENTED_CLOSED = new Set('íú');

const isVowel = (char: string) => OPEN.has(char) || CLOSED.has(char) || ACCENTED_CLOSED.has(char);
const opens = (char: string, neighbour: string) => OPEN.has(char) || (ACCENTED_CLOSED.has(char) && OPEN.has(neighbour));

/** Whether two adjacent vowels belong to different syllables. */
function hiatus(a: string, b: string): boolean {
  return opens(a, b) && opens(b, a);
}

/** The word's letters, lower case, with a "y" that acts as a vowel written as "i". */
function letters(word: string): string {
  const lower = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  return lower.replace(/y(?![aeiouáéíóúü])/g, 'i');
}

export function spanishSyllables(word: string): number {
  const text = letters(word);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isVowel(text[i])) continue;
    const previous = text[i - 1];
    if (previous === undefined || !isVowel(previous) || hiatus(previous, text[i])) count++;
  }
  return Math.max(1, count);
}
