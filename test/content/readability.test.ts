/**
 * Plain words, in both languages, with the same limits (`READING_LIMITS`): every string a patient
 * may read scores at most US grade 10, and grade 8 on average.
 * - English: the Flesch–Kincaid grade.
 * - Spanish: Fernández Huerta's reading ease (the Spanish adaptation of Flesch's), read as a school
 *   grade with his own table; see `../helpers/reading-grade.ts`.
 * What is collected, what is exempt (instrument wording quoted verbatim, names that are not
 * sentences) and how placeholders are filled is described in `../helpers/patient-strings.ts`.
 *
 * Strings of fewer than 4 words ("Yes", "Next", "No sé") are left out of both limits: the
 * formula means nothing there, and their low scores would pull the average down and hide hard
 * prose. The average is the plain mean of the remaining strings' grades.
 */
import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/bank/types.js';
import { patientStrings } from '../helpers/patient-strings.js';
import { READING_LIMITS, readingGrade, spanishReadingGrade, wordsOf } from '../helpers/reading-grade.js';
import { spanishSyllables } from '../helpers/spanish-syllables.js';

const { maxGrade, maxAverage, minWords } = READING_LIMITS;

const LANGUAGES: Record<Locale, { name: string; grade: (text: string) => number }> = {
  en: { name: 'English (Flesch–Kincaid)', grade: readingGrade },
  es: { name: 'Spanish (Fernández Huerta)', grade: spanishReadingGrade },
};

function scoredStrings(locale: Locale) {
  const all = patientStrings(locale);
  const scored = all
    .filter(({ text }) => wordsOf(text).length >= minWords)
    .map((entry) => ({ ...entry, grade: LANGUAGES[locale].grade(entry.text) }));
  const average = scored.reduce((sum, { grade }) => sum + grade, 0) / scored.length;
  return { all, scored, average };
}

type Scored = ReturnType<typeof scoredStrings>['scored'];
const listed = (entries: Scored) =>
  entries
    .slice()
    .sort((a, b) => b.grade - a.grade)
    .map(({ where, text, grade }) => `  ${grade.toFixed(1)}  ${where}: ${text}`)
    .join('\n');

/** The checks every language passes; `exempt` and `kept` are strings it must leave out and keep. */
function describeLevel(locale: Locale, exempt: string[], kept: string[]) {
  describe(`reading level of ${LANGUAGES[locale].name} patient-facing text`, () => {
    const { all, scored, average } = scoredStrings(locale);

    it('collects every kind of content, with every placeholder filled', () => {
      const sources = new Set(all.map(({ where }) => where.split(/[ .]/)[0]));
      expect([...sources]).to.have.members(['bank', 'ui', 'crisis', 'options', 'cautions', 'reasons', 'result-copy']);
      expect(all.filter(({ text }) => /\{\w+\}/.test(text))).to.deep.equal([]);
      expect(scored.every(({ grade }) => Number.isFinite(grade))).to.equal(true);
    });

    it('leaves out only the instrument wording quoted verbatim and names that are not sentences', () => {
      const texts = all.map(({ text }) => text);
      for (const text of exempt) expect(texts).not.to.include(text);
      for (const text of kept) expect(texts.some((t) => t.startsWith(text)), text).to.equal(true);
    });

    it(`has no string above grade ${maxGrade}`, () => {
      const hard = scored.filter(({ grade }) => grade > maxGrade);
      expect(hard.length, `${hard.length} strings above grade ${maxGrade}:\n${listed(hard)}\n`).to.equal(0);
    });

    it(`averages grade ${maxAverage} or lower`, () => {
      const hardest = scored.filter(({ grade }) => grade > maxAverage);
      expect(average, `average grade ${average.toFixed(2)} over ${scored.length} strings; those above ${maxAverage}:\n${listed(hardest)}\n`).to.be.at.most(
        maxAverage,
      );
    });
  });
}

describeLevel(
  'en',
  ['Little interest or pleasure in doing things', 'In the past few weeks, have you wished you were dead?', 'sertraline (Zoloft)', '988 Suicide & Crisis Lifeline'],
  ['Another medicine', 'Doctors often start with a low dose'],
);

describeLevel(
  'es',
  [
    'Poco interés o placer en hacer cosas',
    'En las últimas semanas, ¿ha deseado estar muerto?',
    'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    'sertralina (Zoloft)',
    'Línea 988 de Prevención del Suicidio y Crisis',
  ],
  ['Otro medicamento', 'Los médicos suelen empezar con una dosis baja'],
);

describe('the Spanish measure', () => {
  it('counts syllables by the rules of Spanish: diphthongs, hiatus, "y" as a vowel', () => {
    const counts = Object.fromEntries(
      ['casa', 'médico', 'día', 'país', 'leer', 'aérea', 'cuidado', 'ciudad', 'suicidio', 'acción', 'que', 'aquí', 'continúe', 'oía', 'muy', 'hoy', 'y', 'mayo', 'Paraguay', '988', 'depresión'].map(
        (word) => [word, spanishSyllables(word)],
      ),
    );
    expect(counts).to.deep.equal({
      casa: 2, médico: 3, día: 2, país: 2, leer: 2, aérea: 4, cuidado: 3, ciudad: 2, suicidio: 3, acción: 2,
      que: 1, aquí: 2, continúe: 4, oía: 3, muy: 1, hoy: 1, y: 1, mayo: 2, Paraguay: 3, '988': 1, depresión: 3,
    });
  });

  it('reads short plain sentences as easy and long technical ones as hard', () => {
    expect(spanishReadingGrade('Hable hoy con su médico. Le puede ayudar.')).to.be.below(maxAverage);
    expect(
      spanishReadingGrade(
        'La administración concomitante de estimulantes psicomotores con antidepresivos inhibidores de la monoaminooxidasa incrementa considerablemente la presión arterial sistémica.',
      ),
    ).to.be.above(maxGrade);
  });
});
