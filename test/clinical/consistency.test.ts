import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import medicines from '../../questions/medicines.en.js';
import type { Answers, SafetyLevel } from '../../src/bank/types.js';
import { explainResult } from '../../src/clinical/explain.js';
import { buildResult } from '../../src/finish/finish.js';
import { resultContentOf } from '../../src/i18n/result-content.js';
import type { ScreenerResult } from '../../src/clinical/types.js';
import { contentFor, loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { labelOf } from '../../src/summary/summary-document.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { fullAnswers, type MedAnswers } from './builders.js';

/**
 * Every sentence that repeats the pattern says the same (CLINICAL.md §6.3): the result's headline,
 * the option cards, the summary and its copied text never disagree on the pattern's strength
 * ("match" / "may match"), and none says no adequate trial is shown when the table shows one.
 * Checked over generated answers, in English and in Spanish, through the pure functions.
 */

interface Words {
  /** A sentence that says the answers *may* match, and one that says they match. */
  mayMatch: RegExp;
  match: RegExp;
  /** What must never be said when the table shows an adequate trial. */
  noneShown: RegExp[];
  /** The headline's words when an adequate trial helped. */
  helped: RegExp;
}

const WORDS: Record<'en' | 'es', Words> = {
  en: {
    mayMatch: /\bmay match\b/i,
    match: /\bmatch(es)?\b/i,
    noneShown: [/do not show a medicine taken long enough/i, /no adequate trial is shown/i],
    helped: /\bhelped you\b/i,
  },
  es: {
    mayMatch: /\bpuede que\b[^.]*\bcoincidan?\b/i,
    match: /\bcoincid(e|en|a|an)\b/i,
    noneShown: [/no muestran un medicamento tomado el tiempo suficiente/i, /no se muestra ninguna prueba adecuada/i],
    helped: /\ble ayudó(?!\p{L})/iu,
  },
};

type Strength = 'may-match' | 'match';
const strengthOf = (sentence: string, words: Words): Strength | null =>
  words.mayMatch.test(sentence) ? 'may-match' : words.match.test(sentence) ? 'match' : null;

const LISTED = new Set(medicines.map((m) => m.id));

/** The rule itself, read from the result: "may match" when a counted trial helped a little, is off the list, or bipolar. */
function expectedStrength(result: ScreenerResult): Strength | null {
  if (result.pattern !== 'trd-pattern') return null;
  const counted = result.medications.filter(
    (m) => m.adequateTrial && m.period === 'this' && (m.response === 'none' || m.response === 'some'),
  );
  const softened =
    counted.some((m) => m.response === 'some' || !LISTED.has(m.id)) || result.cautions.includes('bipolar');
  return softened ? 'may-match' : 'match';
}

const anyCourse: fc.Arbitrary<MedAnswers> = fc.record({
  period: fc.constantFrom('this', 'earlier', 'unsure'),
  weeks: fc.constantFrom('under-4', '4-5', '6-plus', 'unsure'),
  dose: fc.constantFrom('yes', 'no', 'unsure'),
  response: fc.constantFrom('none', 'some', 'good-then-lost', 'remission', 'unsure'),
  sideEffects: fc.constantFrom('yes', 'no'),
});
/** An adequate course (6+ weeks at the dose aimed for), in any period, with any response. */
const adequateCourse: fc.Arbitrary<MedAnswers> = anyCourse.map((course) => ({ ...course, weeks: '6-plus', dose: 'yes' }));
/** A course that counts: adequate, in this period, and it did not help (or only a little). */
const countedCourse: fc.Arbitrary<MedAnswers> = adequateCourse.chain((course) =>
  fc.constantFrom('none', 'some').map((response) => ({ ...course, period: 'this', response })),
);
/** Answers drawn at random rarely make an adequate trial, let alone two: draw those as often as any. */
const medAnswers = fc.oneof(anyCourse, adequateCourse, countedCourse);

/** Answers to the whole screen: a few medicines (typed ones too), each answered any way, and health answers. */
const screens = fc.record({
  meds: fc.dictionary(fc.constantFrom('sertraline', 'fluoxetine', 'bupropion', 'other', 'unsure-name'), medAnswers, { maxKeys: 4 }),
  typed: fc.constantFrom('Zoloft', ' prozac ', 'Wellbutrin XL', 'Xanax', 'Zelmora'),
  health: fc.constantFrom<string[]>(['none'], ['bipolar'], ['vascular'], ['bipolar', 'vascular']),
  safety: fc.constantFrom<SafetyLevel>('none', 'support'),
});
type Screen = typeof screens extends fc.Arbitrary<infer T> ? T : never;

/** Builds the result, its explanation, the summary and the copied text, and checks they agree. */
function check(content: LocaleContent, screen: Screen) {
  const words = WORDS[content.locale];
  const answers: Answers = fullAnswers(screen.meds, { health: screen.health, 'meds-other-name': screen.typed });
  const safety = { level: screen.safety, triggeredBy: [] };
  const now = new Date(0);
  const result = buildResult({ bank: content.bank, answers, safety, locale: content.locale, now, content: resultContentOf(content) });
  const explanation = explainResult(result, resultContentOf(content).resultCopy);
  const summary = summaryOf({ context: { bank: content.bank, answers, safety, result }, content, region: content.crisis.regions.US, now });
  const text = summaryText(summary);

  const medicinesSection = summary.sections.find((s) => s.id === 'medicines')!;
  const [countField, patternField] = medicinesSection.fields.filter((f) => f.value).slice(-2);
  const reasons = result.options.flatMap((o) => o.reasons);
  const expected = expectedStrength(result);

  // Strength: the headline, every card, the summary's line and the copied line, all as the rule says.
  expect(strengthOf(explanation.headline, words), 'headline').to.equal(expected);
  for (const reason of reasons) {
    const said = strengthOf(reason, words);
    if (said) expect(said, `card: ${reason}`).to.equal(expected);
  }
  if (result.medications.length > 0) {
    expect(strengthOf(patternField.value, words), 'summary').to.equal(expected);
    expect(text.split('\n'), 'copied text').to.include(`${labelOf(patternField)} ${patternField.value}`);
    expect(countField.value, 'counted trials').to.equal(String(result.adequateTrialsWithoutRemission));
  }
  if (expected) {
    const esketamine = result.options.find((o) => o.id === 'esketamine-nasal')!;
    expect(esketamine.reasons.map((r) => strengthOf(r, words)), 'the esketamine card repeats the pattern').to.include(expected);
  }

  // Adequacy: the table shows what the result holds; no sentence denies an adequate trial it shows.
  const adequateRows = (medicinesSection.table?.rows ?? []).filter((row) => row.at(-1) === resultContentOf(content).ui.summary.adequate.adequate);
  expect(adequateRows.length, 'adequate rows').to.equal(result.medications.filter((m) => m.adequateTrial).length);
  if (adequateRows.length > 0) {
    for (const denial of words.noneShown) {
      expect(explanation.headline, 'headline').not.to.match(denial);
      expect(text, 'copied text').not.to.match(denial);
    }
  }
  // With none counted and none unclear, an adequate trial that helped is what the headline says.
  if (result.pattern === 'no-adequate-trial') {
    const helped = result.medications.some((m) => m.adequateTrial && (m.response === 'remission' || m.response === 'good-then-lost'));
    expect(words.helped.test(explanation.headline), 'headline: a medicine helped').to.equal(helped);
  }
}

describe('the pattern is worded the same everywhere (property)', () => {
  let spanish: LocaleContent;
  before(async () => {
    spanish = await loadContent('es');
  });

  it('in English: headline, cards, summary and copied text agree on strength and adequacy', () => {
    const english = contentFor('en').content;
    fc.assert(fc.property(screens, (screen) => check(english, screen)), { numRuns: 300 });
  });

  it('in Spanish: the same', () => {
    fc.assert(fc.property(screens, (screen) => check(spanish, screen)), { numRuns: 200 });
  });
});
