import { expect } from '@open-wc/testing';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { MEDICINE_ANSWERS, startScreener, walkToResult } from '../helpers/journeys.js';

/** A whole screen through the real element: labels and buttons only, as a person uses it. */

function expectHeadingFocused(d: ScreenerDriver) {
  const heading = d.heading!;
  expect(d.text(heading), `heading on "${d.stepId}"`).to.not.equal('');
  expect(heading.getAttribute('tabindex')).to.equal('-1');
  expect(d.root.activeElement, `focus on "${d.stepId}"`).to.equal(heading);
}

describe('<trd-screener> full journey', () => {
  it('goes from welcome to the result: heading focused and no axe violation on every step', async () => {
    const d = await mountScreener({ 'contact-href': '#book', 'contact-label': 'Book a consultation' });
    expect(d.steps[0]).to.deep.equal({ stepId: 'welcome', section: 'welcome', index: 1, total: 9 });
    await expect(d.el).to.be.accessible();
    for (let i = 0; i < 100 && d.forward; i++) {
      await d.answerStep(MEDICINE_ANSWERS);
      await d.click(d.forward);
      expectHeadingFocused(d);
      await expect(d.el).to.be.accessible();
    }
    expect(d.stepId).to.equal('review');
    expect(d.steps.map((s) => s.stepId)).to.include.members(['phq9-1', 'asq-4', 'meds', 'med:sertraline', 'med:other']);

    await d.click('See my results');
    expect(d.stepId).to.equal('result');
    expectHeadingFocused(d);
    await expect(d.el).to.be.accessible();

    const expected = startScreener();
    walkToResult(expected, MEDICINE_ANSWERS);
    expect(d.completes).to.have.length(1);
    const { result } = d.completes[0];
    // The same result as the machine's own, but for the moment it was completed.
    expect(result).to.deep.equal({ ...expected.getSnapshot().context.result!, completedAt: result.completedAt });
    expect(d.el.result).to.deep.equal(d.completes[0].result);
  });

  it('shows the result a person can act on', async () => {
    const d = await mountScreener({ 'contact-href': '#book', 'contact-label': 'Book a consultation' });
    await d.walkTo('review', MEDICINE_ANSWERS);
    await d.click('See my results');
    const result = d.root.querySelector('[part="result"]')!;
    expect(d.text(result)).to.contain(
      'This is not a diagnosis. It is a summary of your own answers to help you talk with your doctor.',
    );
    expect(d.text(result.querySelector('[part="summary"]'))).to.match(/PHQ-9/);
    expect(result.querySelectorAll('[data-option]').length).to.equal(d.el.result!.options.length);
    expect(d.text(result)).to.contain('If you ever have thoughts of suicide, you can call or text 988 any time.');
    const contact = result.querySelector<HTMLAnchorElement>('a[href="#book"]')!;
    expect(d.text(contact)).to.equal('Book a consultation');
    expect(d.button('Print summary for my doctor')).to.exist;
    expect(d.button('Start over')).to.exist;
    expect(d.root.querySelector('[part="crisis-banner"]')).to.equal(null);
  });

  it('shows every answer on the review, and Edit goes back to that step and returns', async () => {
    const d = await mountScreener();
    await d.walkTo('review', MEDICINE_ANSWERS);
    const review = d.text();
    expect(review).to.contain('Little interest or pleasure in doing things');
    expect(review).to.contain('Zelmora');
    expect(d.button('See my results')).to.exist;
    const edit = [...d.root.querySelectorAll('button')].find((b) => d.text(b).includes('Are you 18 or older?'))!;
    expect(d.text(edit).startsWith('Edit')).to.equal(true);
    edit.click();
    await d.settle();
    expect(d.stepId).to.equal('welcome');
    expect(d.input('age', 'adult')!.checked).to.equal(true);
    await d.click('Start');
    expect(d.stepId).to.equal('review');
  });

  it('does not carry a checked answer over to the next step', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-1');
    await d.choose('phq9-1', 'several-days');
    await d.click('Next');
    expect(d.stepId).to.equal('phq9-2');
    expect([...d.root.querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
    await d.click('Back');
    expect(d.input('phq9-1', 'several-days')!.checked).to.equal(true);
  });

  it('reports the section in screener-step, and shows the page among the pages this patient will see', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-1');
    expect(d.steps.at(-1)).to.deep.equal({ stepId: 'phq9-1', section: 'feeling', index: 2, total: 9 });
    const progress = d.root.querySelector('[part="progress"]')!;
    expect(progress.getAttribute('aria-live')).to.equal('polite');
    expect(d.text(progress)).to.equal('Page 2 of 26 or more — How you have been feeling');
  });
});
