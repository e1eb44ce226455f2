/**
 * Steps of the same shape share their DOM (a new tree per step made every "Next" restyle and
 * re-lay out the whole card). These tests hold what that must never change: a choice shows as
 * chosen exactly when it is answered, its row is marked the same way, every radio belongs to the
 * question shown, and focus still moves to a new heading on every step.
 */
import { expect } from '@open-wc/testing';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

const choiceInputs = (d: ScreenerDriver) => [...d.root.querySelectorAll<HTMLInputElement>('.question .choice input')];

/** `question=option` for every checked choice, in order. */
const checked = (d: ScreenerDriver) => choiceInputs(d).filter((i) => i.checked).map((i) => `${i.name}=${i.value}`);

/** Every row is marked exactly when its input is checked; each input is one choice; one checked radio per group. */
function expectCoherent(d: ScreenerDriver, where: string) {
  for (const input of choiceInputs(d)) {
    expect(input.closest('.choice')!.classList.contains('checked'), `${where}: row of ${input.id}`).to.equal(input.checked);
    expect(input.id, `${where}: id, name and value of one choice`).to.equal(`in-${input.name}-${input.value}`);
  }
  const radios = choiceInputs(d).filter((i) => i.type === 'radio' && i.checked);
  expect(new Set(radios.map((i) => i.name)).size, `${where}: one checked radio per question`).to.equal(radios.length);
}

describe('steps that share their DOM', () => {
  it('reuses the inputs between PHQ-9 items, each showing only its own answer', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-1');
    const inputs = choiceInputs(d);
    await d.choose('phq9-1', 'nearly-every-day');
    await d.click('Next');
    expect(d.stepId).to.equal('phq9-2');
    expect(choiceInputs(d).every((input, i) => input === inputs[i]), 'the same input elements').to.equal(true);
    expect(choiceInputs(d).map((i) => i.name)).to.deep.equal(['phq9-2', 'phq9-2', 'phq9-2', 'phq9-2']);
    expect(checked(d), 'nothing chosen yet on the new item').to.deep.equal([]);
    expectCoherent(d, 'phq9-2');

    // The last option was chosen on item 1, an earlier one on item 2: moving between them, the
    // reused radios change group while holding the other item's choice.
    await d.choose('phq9-2', 'more-than-half');
    await d.click('Back');
    expect(checked(d)).to.deep.equal(['phq9-1=nearly-every-day']);
    expectCoherent(d, 'back on phq9-1');
    await d.click('Next');
    expect(checked(d)).to.deep.equal(['phq9-2=more-than-half']);
    expectCoherent(d, 'phq9-2 again');
  });

  it('gives every step a new heading, which takes focus', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-1');
    const before = d.heading;
    await d.answerStep();
    await d.click('Next');
    expect(d.heading).to.not.equal(before);
    expect(d.root.activeElement).to.equal(d.heading);
    const region = d.root.querySelector('[part="progress"][aria-live="polite"]');
    expect(region, 'progress is still announced from its live region').to.exist;
  });

  it('never shows a choice that was not made, on any step forward, and shows every answer going back', async () => {
    const d = await mountScreener();
    const shown: Array<{ step: string; checked: string[] }> = [];
    for (let i = 0; i < 100 && d.stepId !== 'review'; i++) {
      expect(checked(d), `arriving on ${d.stepId}`).to.deep.equal([]);
      await d.answerStep();
      expectCoherent(d, `answered ${d.stepId}`);
      shown.push({ step: d.stepId!, checked: checked(d) });
      await d.click(d.forward!);
    }
    expect(d.stepId).to.equal('review');
    await d.click('Back');
    for (const { step, checked: answered } of shown.reverse()) {
      expect(d.stepId).to.equal(step);
      expect(checked(d), `back on ${step}`).to.deep.equal(answered);
      expectCoherent(d, `back on ${step}`);
      if (d.button('Back')) await d.click('Back');
    }
  });

  it('keeps the step, and focus, when a question appears on it', async () => {
    const d = await mountScreener();
    await d.walkTo('meds');
    const other = d.input('meds-tried', 'other')!;
    other.focus();
    other.click();
    await d.settle();
    expect(d.input('meds-other-name'), 'the typed name appears').to.exist;
    expect(d.input('meds-tried', 'other')).to.equal(other);
    expect(other.checked).to.equal(true);
    expect(d.root.activeElement).to.equal(other);
  });
});
