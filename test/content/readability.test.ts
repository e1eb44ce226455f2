/**
 * Plain words: every English string a patient may read scores at most US grade 10 on the
 * Flesch–Kincaid scale, and grade 8 on average. What is collected, what is exempt (instrument
 * wording quoted verbatim, names that are not sentences) and how placeholders are filled is
 * described in `../helpers/patient-strings.ts`; how words, syllables and sentences are counted
 * in `../helpers/reading-grade.ts`.
 *
 * Strings of fewer than 4 words ("Yes", "Next", "Not sure") are left out of both limits: the
 * formula means nothing there, and their low scores would pull the average down and hide hard
 * prose. The average is the plain mean of the remaining strings' grades.
 */
import { expect } from '@open-wc/testing';
import { patientStrings } from '../helpers/patient-strings.js';
import { readingGrade, wordsOf } from '../helpers/reading-grade.js';

const MAX_GRADE = 10;
const MAX_AVERAGE = 8;
const MIN_WORDS = 4;

const all = patientStrings();
const scored = all
  .filter(({ text }) => wordsOf(text).length >= MIN_WORDS)
  .map((entry) => ({ ...entry, grade: readingGrade(entry.text) }));
const average = scored.reduce((sum, { grade }) => sum + grade, 0) / scored.length;
const listed = (entries: typeof scored) =>
  entries
    .slice()
    .sort((a, b) => b.grade - a.grade)
    .map(({ where, text, grade }) => `  ${grade.toFixed(1)}  ${where}: ${text}`)
    .join('\n');

console.log(
  `Reading level: ${scored.length} strings of ${MIN_WORDS}+ words scored (${all.length - scored.length} shorter ones skipped), average grade ${average.toFixed(2)}, highest ${Math.max(...scored.map(({ grade }) => grade)).toFixed(1)}.`,
);

describe('reading level of English patient-facing text', () => {
  it('collects every kind of content, with every placeholder filled', () => {
    const sources = new Set(all.map(({ where }) => where.split(/[ .]/)[0]));
    expect([...sources]).to.have.members(['bank', 'ui', 'crisis', 'options', 'cautions', 'reasons', 'result-copy']);
    expect(all.filter(({ text }) => /\{\w+\}/.test(text))).to.deep.equal([]);
    expect(scored.every(({ grade }) => Number.isFinite(grade))).to.equal(true);
  });

  it('leaves out only the instrument wording quoted verbatim and names that are not sentences', () => {
    const texts = all.map(({ text }) => text);
    expect(texts).not.to.include('Little interest or pleasure in doing things');
    expect(texts).not.to.include('In the past few weeks, have you wished you were dead?');
    expect(texts).not.to.include('sertraline (Zoloft)');
    expect(texts).not.to.include('988 Suicide & Crisis Lifeline');
    expect(texts).to.include('Another medicine');
    expect(texts.some((text) => text.startsWith('Doctors often start with a low dose') && text.includes('Usual dose range'))).to.equal(true);
  });

  it(`has no string above grade ${MAX_GRADE}`, () => {
    const hard = scored.filter(({ grade }) => grade > MAX_GRADE);
    expect(hard.length, `${hard.length} strings above grade ${MAX_GRADE}:\n${listed(hard)}\n`).to.equal(0);
  });

  it(`averages grade ${MAX_AVERAGE} or lower`, () => {
    const hardest = scored.filter(({ grade }) => grade > MAX_AVERAGE);
    expect(
      average,
      `average grade ${average.toFixed(2)} over ${scored.length} strings; those above ${MAX_AVERAGE}:\n${listed(hardest)}\n`,
    ).to.be.at.most(MAX_AVERAGE);
  });
});
