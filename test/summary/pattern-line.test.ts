import { expect } from '@open-wc/testing';
import type { Finding } from '../../src/clinical/types.js';
import { resultContentOf, wholeUiOf } from '../../src/i18n/result-content.js';
import { format } from '../../src/i18n/format.js';
import { contentFor, loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { labelOf } from '../../src/summary/summary-document.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { REVIEW_CASES, sessionOf, type SummaryPersona } from './personas.js';

/**
 * The summary's line on what the medicine answers show agrees with its own table and with the
 * result (CLINICAL.md §6.3): the clinical review's cases, through the real machine, both languages.
 */

interface Expected {
  finding: Finding;
  counted: number;
  /** Each row: the medicine as named, and whether the table calls it an adequate trial. */
  rows: Array<[name: { en: string; es: string }, adequate: 'adequate' | 'not-adequate']>;
  /** A typed name off the list, named for the doctor to check. */
  toCheck?: string;
}

const sertraline = { en: 'sertraline (Zoloft)', es: 'sertralina (Zoloft)' };
const fluoxetine = { en: 'fluoxetine (Prozac)', es: 'fluoxetina (Prozac)' };

const cases: Array<[SummaryPersona, Expected]> = [
  [
    REVIEW_CASES.twoGoodThenLost,
    { finding: 'adequate-helped', counted: 0, rows: [[sertraline, 'adequate'], [fluoxetine, 'adequate']] },
  ],
  [REVIEW_CASES.remissionOnly, { finding: 'adequate-helped', counted: 0, rows: [[sertraline, 'adequate']] }],
  [REVIEW_CASES.zoloftBesideSertraline, { finding: 'one-adequate-trial', counted: 1, rows: [[sertraline, 'adequate']] }],
  [
    REVIEW_CASES.typedUnknown,
    {
      finding: 'trd-may-match',
      counted: 2,
      rows: [[sertraline, 'adequate'], [{ en: 'Xanax', es: 'Xanax' }, 'adequate']],
      toCheck: 'Xanax',
    },
  ],
  [REVIEW_CASES.underFourUnsureDose, { finding: 'no-adequate-trial', counted: 0, rows: [[sertraline, 'not-adequate']] }],
];

function check(persona: SummaryPersona, expected: Expected, content: LocaleContent): void {
  const context = sessionOf(persona, content.locale === 'en' ? undefined : content);
  const summary = summaryOf({ context, content, region: content.crisis.regions.US, now: new Date(0) });
  const s = wholeUiOf(content).summary;
  const { resultCopy } = resultContentOf(content);
  const medicines = summary.sections.find((section) => section.id === 'medicines')!;
  const notes = expected.toCheck ? [format(resultCopy.checkNames, { medicines: expected.toCheck })] : [];

  expect(context.result!.adequateTrialsWithoutRemission).to.equal(expected.counted);
  expect(medicines.table!.rows.map((row) => [row[0], row.at(-1)])).to.deep.equal(
    expected.rows.map(([name, adequate]) => [name[content.locale], s.adequate[adequate]]),
  );
  const pattern = { label: s.patternLabel, value: [s.patterns[expected.finding], ...notes].join(' ') };
  expect(medicines.fields.slice(-2)).to.deep.equal([{ label: s.adequateCount, value: String(expected.counted) }, pattern]);
  expect(summaryText(summary).split('\n')).to.include(`${labelOf(pattern)} ${pattern.value}`);
}

describe('doctor’s summary: the line on the medicines agrees with the table (the clinical review’s cases)', () => {
  for (const [persona, expected] of cases) {
    it(`${persona.name} → ${expected.finding}`, () => check(persona, expected, contentFor('en').content));
    it(`${persona.name} → ${expected.finding}, in Spanish`, async () => check(persona, expected, await loadContent('es')));
  }
});
