import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { regions } from '../../questions/crisis.js';
import type { Answers } from '../../src/bank/types.js';
import { REGION_IDS, type RegionData } from '../../src/crisis/types.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { bank, escalatingOptions } from '../helpers/journeys.js';

/**
 * Every escalating option of the bank, answered through the real element: choosing it changes
 * nothing yet (a choice can still be corrected); leaving its step with it chosen shows the crisis
 * panel before any other step, focused, with the region's numbers as links, and the host hears
 * `screener-crisis` (CLINICAL §4.3, "When an answer counts"). Regions rotate across cases so each
 * region is covered.
 */

const questions = bank.sections.flatMap((s) => s.steps.flatMap((step) => step.questions));
const cases = questions.flatMap((q) => escalatingOptions(q).map((option) => ({ question: q, option })));

/** Answers that lead to each question (ASQ item 5 is only asked after a positive item 1–4). */
const LEAD_IN: Record<string, Answers> = { 'asq-5': { 'asq-1': 'yes' } };

/** The bank's steps in order; every step next to a risk question is always shown. */
const STEP_IDS = bank.sections.flatMap((s) => s.steps.map((step) => step.id));
const stepAfter = (id: string) => STEP_IDS[STEP_IDS.indexOf(id) + 1];
const stepBefore = (id: string) => STEP_IDS[STEP_IDS.indexOf(id) - 1];

/** The steps and panels shown since `from` steps had been recorded. */
const shownSince = (d: ScreenerDriver, from: number) => d.steps.slice(from).map((s) => s.stepId);

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
    it(`${question.id} "${option.label}" → ${level} panel on leaving its step (${regionId})`, async () => {
      const d = await mountScreener({ region: regionId });
      await d.walkTo(question.id, LEAD_IN[question.id]);
      const before = d.crises.length;
      await d.choose(question.id, option.id);
      expect(d.stepId, 'choosing stays on the step').to.equal(question.id);
      expect(d.crisisPanel, 'no panel before the step is left').to.equal(null);
      expect(d.crises.slice(before), 'no escalation before the step is left').to.deep.equal([]);

      const shown = d.steps.length;
      await d.click('Next');
      const panel = d.crisisPanel;
      expect(panel, 'crisis panel').to.exist;
      expect(d.root.activeElement).to.equal(panel);
      expect(panel!.getAttribute('aria-labelledby')).to.equal('crisis-heading');
      expect(linksIn(panel!)).to.include(primaryHref(region, level));
      expect(d.crises.slice(before)).to.deep.equal([{ level, questionId: question.id }]);
      expect(shownSince(d, shown), 'the panel before any other step').to.deep.equal([level === 'urgent' ? 'urgent' : 'crisis']);

      if (level === 'urgent') {
        expect(d.button('Next')).to.equal(undefined);
        expect(d.button('Continue')).to.equal(undefined);
        const buttons = d.buttonNames();
        // CLINICAL §4.3: the urgent panel offers Print, not Copy or the FHIR file.
        expect(buttons).to.deep.equal(['Print summary for my doctor', 'Start over']);
        expect(d.text(panel)).to.contain('Stay with someone you trust.');
        // The host page hears the stop like a result (CONTRACT, `screener-complete`).
        expect(d.completes).to.have.length(1);
        const { result } = d.completes[0];
        expect(result).to.deep.include({ version: 2, status: 'stopped', pattern: null, options: [] });
        expect(result.safety.level).to.equal('urgent');
        expect(result.safety.triggeredBy).to.include(question.id);
        expect(result.safety.raisedBy?.[question.id]).to.equal(option.id);
        expect(result.answers[question.id]).to.equal(option.id);
      } else {
        expect(d.completes).to.deep.equal([]);
        await d.click('Continue');
        expect(d.stepId, 'Continue goes on to the next step').to.equal(stepAfter(question.id));
        const banner = d.root.querySelector('[part="crisis-banner"]');
        expect(banner, 'banner after the panel').to.exist;
        await d.click('Back');
        expect(d.stepId).to.equal(question.id);
        expect(d.input(question.id, option.id)!.checked, 'the answer is kept').to.equal(true);
      }
    });
  });

  it('the support and urgent panels pass axe', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-1');
    await d.choose('asq-1', 'yes');
    await d.click('Next');
    expect(d.stepId).to.equal('crisis');
    await expect(d.el).to.be.accessible();
    await d.click('Continue');
    await d.walkTo('asq-5');
    await d.choose('asq-5', 'yes');
    await d.click('Next');
    expect(d.stepId).to.equal('urgent');
    await expect(d.el).to.be.accessible();
  });

  it('keeps the banner on later steps, the review and the result', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-9');
    await d.choose('phq9-9', 'several-days');
    await d.click('Next');
    expect(d.stepId).to.equal('crisis');
    await d.click('Continue');
    expect(d.stepId).to.equal('phq9-difficulty');
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
    await d.click('Next');
    expect(d.stepId).to.equal('urgent');
    await d.click('Start over');
    expect(d.stepId).to.equal('welcome');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
    await d.walkTo('review');
    await d.click('See my results');
    expect(d.root.querySelector('[data-option]')).to.equal(null);
    expect(d.crisisPanel).to.exist;
  });

  it('a risk answer changed before leaving its step is a correction: no panel, no event, no banner', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-1');
    await d.choose('asq-1', 'yes');
    await d.choose('asq-1', 'no');
    const shown = d.steps.length;
    await d.click('Next');
    expect(shownSince(d, shown)).to.deep.equal(['asq-2']);
    expect(d.crises).to.deep.equal([]);
    expect(d.root.querySelector('[part="crisis-banner"]')).to.equal(null);
    await d.walkTo('period');
    expect(d.steps.map((s) => s.stepId), 'ASQ item 5 is not asked').to.not.include('asq-5');
    expect(d.crises).to.deep.equal([]);
  });

  it('a keyboard pass over "I\'d rather not answer" on ASQ item 5 does not stop the screen', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-5', LEAD_IN['asq-5']);
    const crises = d.crises.length;
    // Arrow keys move through a native radio group and choose each radio on the way.
    await d.choose('asq-5', 'no');
    d.input('asq-5', 'no')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await d.settle();
    expect(d.input('asq-5', 'decline')!.checked, 'the arrow chose "I\'d rather not answer"').to.equal(true);
    expect(d.stepId).to.equal('asq-5');
    await sendKeys({ press: 'ArrowUp' });
    await d.settle();
    expect(d.input('asq-5', 'no')!.checked).to.equal(true);
    await d.click('Next');
    expect(d.stepId).to.equal(stepAfter('asq-5'));
    expect(d.crises.slice(crises)).to.deep.equal([]);
    expect(d.completes).to.deep.equal([]);
  });

  it('Back with a risk answer shows the panel first; Continue goes to the previous step', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-9');
    await d.choose('phq9-9', 'more-than-half');
    const shown = d.steps.length;
    await d.click('Back');
    expect(shownSince(d, shown)).to.deep.equal(['crisis']);
    expect(d.crises).to.deep.equal([{ level: 'support', questionId: 'phq9-9' }]);
    await d.click('Continue');
    expect(d.stepId).to.equal(stepBefore('phq9-9'));
    expect(d.root.querySelector('[part="crisis-banner"]')).to.exist;
  });

  it('Back with an urgent answer on ASQ item 5 ends on the urgent panel and reports the stop', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-5', LEAD_IN['asq-5']);
    await d.choose('asq-5', 'yes');
    await d.click('Back');
    expect(d.stepId).to.equal('urgent');
    expect(d.crises.at(-1)).to.deep.equal({ level: 'urgent', questionId: 'asq-5' });
    expect(d.completes).to.have.length(1);
    expect(d.completes[0].result).to.deep.include({ status: 'stopped', pattern: null, options: [] });
    expect(d.button('Back')).to.equal(undefined);
    expect(d.button('Next')).to.equal(undefined);
  });

  it('"Clear my answers" with a risk answer shows the panel first, then starts over keeping the banner', async () => {
    sessionStorage.clear();
    try {
      const d = await mountScreener({ persist: 'session' });
      await d.walkTo('asq-2');
      await d.choose('asq-2', 'decline');
      const shown = d.steps.length;
      await d.click('Clear my answers');
      expect(shownSince(d, shown)).to.deep.equal(['crisis']);
      expect(d.crises).to.deep.equal([{ level: 'support', questionId: 'asq-2' }]);
      await d.click('Continue');
      expect(d.stepId).to.equal('welcome');
      expect(d.input('age', 'adult')!.checked, 'the answers are cleared').to.equal(false);
      expect(d.root.querySelector('[part="crisis-banner"]'), 'the level is kept').to.exist;
    } finally {
      sessionStorage.clear();
    }
  });

  it('ASQ item 5 stays asked once items 1–4 raised the level, even after that answer is changed', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-3');
    await d.choose('asq-3', 'yes');
    await d.click('Next');
    await d.click('Continue');
    expect(d.stepId).to.equal('asq-4');
    await d.click('Back');
    expect(d.stepId).to.equal('asq-3');
    await d.choose('asq-3', 'no');
    await d.click('Next');
    expect(d.stepId, 'no panel once the answer is "No"').to.equal('asq-4');
    await d.choose('asq-4', 'no');
    await d.click('Next');
    expect(d.stepId).to.equal('asq-5');
    expect(d.crises).to.deep.equal([{ level: 'support', questionId: 'asq-3' }]);
    expect(d.root.querySelector('[part="crisis-banner"]'), 'the level never falls').to.exist;
  });

  it('under 18: the screen stops kindly with resources and Start over', async () => {
    const d = await mountScreener();
    await d.choose('age', 'under-18');
    await d.click('Start');
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
