import { expect } from '@open-wc/testing';
import { regions } from '../../questions/crisis.js';
import type { Answers } from '../../src/bank/types.js';
import { REGION_IDS, type RegionData } from '../../src/crisis/types.js';
import { mountScreener } from '../helpers/element-driver.js';
import { bank, escalatingOptions } from '../helpers/journeys.js';

/**
 * Every escalating option of the bank, answered through the real element: the crisis panel must
 * appear in that same step, be focused, carry the region's numbers as links, and the host must
 * hear `screener-crisis`. Regions rotate across cases so each region is covered.
 */

const questions = bank.sections.flatMap((s) => s.steps.flatMap((step) => step.questions));
const cases = questions.flatMap((q) => escalatingOptions(q).map((option) => ({ question: q, option })));

/** Answers that lead to each question (ASQ item 5 is only asked after a positive item 1–4). */
const LEAD_IN: Record<string, Answers> = { 'asq-5': { 'asq-1': 'yes' } };

/** The first `tel:` link of a region's crisis line, or its first link where it has no phone. */
function primaryHref(region: RegionData, level: 'support' | 'urgent'): string {
  const id = level === 'urgent' && region.emergency.tel ? 'emergency' : region.crisisLine.resource;
  const links = region.resources.find((r) => r.id === id)!.links;
  return (links.find((l) => l.href.startsWith('tel:')) ?? links[0]).href;
}

function linksIn(node: Element) {
  return [...node.querySelectorAll('a')].map((a) => a.getAttribute('href'));
}

describe('<trd-screener> crisis through the element', () => {
  it('has escalating options to test', () => {
    expect(cases.length).to.be.at.least(13);
  });

  cases.forEach(({ question, option }, i) => {
    const level = option.risk!;
    const regionId = REGION_IDS[i % REGION_IDS.length];
    const region = regions[regionId];
    it(`${question.id} "${option.label}" → ${level} panel at once (${regionId})`, async () => {
      const d = await mountScreener({ region: regionId });
      await d.walkTo(question.id, LEAD_IN[question.id]);
      const before = d.crises.length;
      await d.choose(question.id, option.id);

      const panel = d.crisisPanel;
      expect(panel, 'crisis panel').to.exist;
      expect(d.root.activeElement).to.equal(panel);
      expect(panel!.getAttribute('aria-labelledby')).to.equal('crisis-heading');
      expect(linksIn(panel!)).to.include(primaryHref(region, level));
      expect(d.crises.slice(before)).to.deep.equal([{ level, questionId: question.id }]);
      expect(d.stepId).to.equal(level === 'urgent' ? 'urgent' : 'crisis');

      if (level === 'urgent') {
        expect(d.button('Next')).to.equal(undefined);
        expect(d.button('Continue')).to.equal(undefined);
        const buttons = d.buttonNames();
        expect(buttons).to.deep.equal(['Print summary for my doctor', 'Copy summary', 'Download for my clinic (FHIR JSON)', 'Start over']);
        expect(d.text(panel)).to.contain('Stay with someone you trust.');
      } else {
        await d.click('Continue');
        expect(d.stepId).to.equal(question.id);
        expect(d.input(question.id, option.id)!.checked, 'the answer is kept').to.equal(true);
        const banner = d.root.querySelector('[part="crisis-banner"]');
        expect(banner, 'banner after the panel').to.exist;
      }
    });
  });

  it('the support and urgent panels pass axe', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-1');
    await d.choose('asq-1', 'yes');
    await expect(d.el).to.be.accessible();
    await d.click('Continue');
    await d.walkTo('asq-5');
    await d.choose('asq-5', 'yes');
    expect(d.stepId).to.equal('urgent');
    await expect(d.el).to.be.accessible();
  });

  it('keeps the banner on later steps, the review and the result', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-9');
    await d.choose('phq9-9', 'several-days');
    await d.click('Continue');
    await d.click('Next');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
    await d.walkTo('review');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
    await d.click('See my results');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
    expect(d.text(d.root.querySelector('[part="result"]'))).to.contain('Please talk with a doctor or counselor today');
    await expect(d.el).to.be.accessible();
  });

  it('after "Start over" from the urgent panel the banner stays and no options are ever shown', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-5', LEAD_IN['asq-5']);
    await d.choose('asq-5', 'decline');
    await d.click('Start over');
    expect(d.stepId).to.equal('welcome');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
    await d.walkTo('review');
    await d.click('See my results');
    expect(d.root.querySelector('.option-card')).to.equal(null);
    expect(d.crisisPanel).to.exist;
  });

  it('under 18: the screen stops kindly with resources and Start over', async () => {
    const d = await mountScreener();
    await d.walkTo('age');
    await d.choose('age', 'under-18');
    await d.click('Next');
    expect(d.stepId).to.equal('stopped');
    const panel = d.crisisPanel!;
    expect(d.root.activeElement).to.equal(panel);
    expect(d.text(panel)).to.contain('A doctor, school nurse or a trusted adult can help you find the right support.');
    expect(linksIn(panel)).to.include('tel:988');
    expect(d.buttonNames()).to.deep.equal(['Start over']);
    await expect(d.el).to.be.accessible();
    expect(d.el.result).to.equal(null);
  });
});
