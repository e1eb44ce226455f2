import { expect } from '@open-wc/testing';
import cautions from '../../questions/cautions.en.js';
import { crisisCopy, regions } from '../../questions/crisis.js';
import { fillCrisisCopy } from '../../src/crisis/regions.js';
import options from '../../questions/options.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import { ENGLISH_UI as ui } from '../../src/i18n/result-content.js';
import type { OptionId } from '../../src/clinical/contentTypes.js';
import { format } from '../../src/i18n/format.js';
import { mountScreener } from '../helpers/element-driver.js';
import { personas, type Persona } from '../helpers/personas.js';

/**
 * Whole screens through the real element, one per persona (labels and buttons only): what the
 * person reads on the result, and what the host page hears in `screener-complete`.
 */

const REGION = regions.US;
const optionData = (id: OptionId) => options.find((o) => o.id === id)!;

function entries<K extends string, V>(record: Partial<Record<K, V>> = {}): Array<[K, V]> {
  return Object.entries(record) as Array<[K, V]>;
}

describe('<trd-screener> personas', () => {
  it('has at least ten personas covering every pattern', () => {
    expect(personas.length).to.be.at.least(10);
    const patterns = new Set(personas.map((p) => p.expected.pattern));
    expect([...patterns]).to.have.members(['trd-pattern', 'one-adequate-trial', 'no-adequate-trial', 'unclear']);
  });

  personas.forEach(({ name, answers, expected }: Persona) => {
    it(name, async () => {
      const d = await mountScreener({ region: 'US' });
      await d.walkToResult(answers);

      // What the host page hears.
      expect(d.completes).to.have.length(1);
      const result = d.completes[0].result;
      expect({
        status: result.status,
        pattern: result.pattern,
        adequateTrialsWithoutRemission: result.adequateTrialsWithoutRemission,
        options: result.options.map((o) => o.id),
        cautions: result.cautions,
        phq9: result.phq9,
        safety: result.safety,
      }).to.deep.equal({
        status: 'completed',
        pattern: expected.pattern,
        adequateTrialsWithoutRemission: expected.adequateTrialsWithoutRemission,
        options: expected.options,
        cautions: expected.cautions,
        phq9: expected.phq9,
        safety: expected.safety,
      });
      expect(d.crises.map((c) => c.questionId), 'screener-crisis events').to.deep.equal(expected.safety.triggeredBy);
      const reasonsOf = (id: OptionId) => result.options.find((o) => o.id === id)!.reasons;

      // What the person reads: the summary, in order.
      const view = d.root.querySelector('[part="result"]')!;
      const page = d.text(view);
      const summary = [...view.querySelectorAll('[part="summary"] p')].map((p) => d.text(p));
      const phq9Line = `${format(ui.result.phq9, { total: expected.phq9.total })} ${resultCopy.phq9Bands[expected.phq9.severity]}`;
      expect(summary).to.deep.equal([phq9Line, ...expected.summary]);
      expect(page).to.contain(resultCopy.notDiagnosis);
      expect(page).to.contain(resultCopy.orderNote);

      // The options (full cards, then one-line rows that open to the same content): order by title,
      // each with its facts, the expected reasons and not the barred ones; "ask your doctor" once.
      const cards = [...view.querySelectorAll('[data-option]')];
      expect(cards.map((card) => d.text(card.querySelector('.option-title')))).to.deep.equal(expected.options.map((id) => optionData(id).title));
      cards.forEach((card, i) => {
        const text = d.text(card);
        for (const fact of optionData(expected.options[i]).facts) expect(text).to.contain(fact.text);
      });
      if (cards.length) expect(page.split(resultCopy.askDoctor)).to.have.length(2);
      const cardText = (id: OptionId) => d.text(cards[expected.options.indexOf(id)]);
      for (const [id, sentences] of entries(expected.reasons)) {
        for (const sentence of sentences) {
          expect(cardText(id), `${id} card`).to.contain(sentence);
          expect(reasonsOf(id), `${id} reasons`).to.include(sentence);
        }
      }
      for (const [id, sentences] of entries(expected.notReasons)) {
        for (const sentence of sentences) {
          expect(cardText(id), `${id} card`).to.not.contain(sentence);
          expect(reasonsOf(id), `${id} reasons`).to.not.include(sentence);
        }
      }

      // Health points to raise: exactly the chosen ones.
      const shownCautions = cautions.filter((c) => page.includes(c.fact)).map((c) => c.id);
      expect(shownCautions).to.deep.equal(expected.cautions);
      expect(page.includes(ui.result.cautionsHeading)).to.equal(expected.cautions.length > 0);

      // Crisis support: the banner and lead once escalated; otherwise the any-time line.
      const banner = d.root.querySelector('[part="crisis-banner"]');
      const anyTime = fillCrisisCopy(crisisCopy.none.anyTime, REGION);
      if (expected.safety.level === 'support') {
        expect(d.text(banner)).to.contain(fillCrisisCopy(ui.banner, REGION));
        expect(page).to.contain(ui.result.supportLead);
        expect(page).to.not.contain(anyTime);
      } else {
        expect(banner).to.equal(null);
        expect(page).to.not.contain(ui.result.supportLead);
        expect(page).to.contain(anyTime);
      }

      await expect(d.el).to.be.accessible();
    });
  });
});
