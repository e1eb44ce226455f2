/**
 * A whole screen with the keyboard alone, in real key presses: Tab and Shift+Tab to move, Space
 * to tick and to press, arrows to pick a radio, Enter to go on, typing for the typed medicine.
 * Every control reached shows a focus ring of 3:1 or more against what is around it; Escape
 * (pressed on the way, everywhere) never loses an answer; Tab always leads out of the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Answers } from '../../src/bank/types.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { backgroundOf, chooseAndLeave, contrast, emulateFocus, mountIn, press, shiftTab } from './a11y-helpers.js';

const MAX_TABS = 80;

/** The answers, in the order of the screen; leaving phq9-9 shows the support panel on the way. */
const PLAN: Answers = {
  age: 'adult',
  'phq9-1': 'several-days',
  'phq9-2': 'more-than-half',
  'phq9-3': 'nearly-every-day',
  'phq9-4': 'several-days',
  'phq9-5': 'not-at-all',
  'phq9-6': 'several-days',
  'phq9-7': 'more-than-half',
  'phq9-8': 'not-at-all',
  'phq9-9': 'several-days',
  'phq9-difficulty': 'very',
  'asq-1': 'no',
  'asq-2': 'no',
  'asq-3': 'no',
  'asq-4': 'no',
  'period-length': 'over-2-years',
  'meds-tried': ['sertraline', 'other'],
  'meds-other-name': 'Zelmora',
  'med-period:sertraline': 'this',
  'med-weeks:sertraline': '6-plus',
  'med-dose:sertraline': 'yes',
  'med-response:sertraline': 'none',
  'med-side-effects:sertraline': 'no',
  'med-period:other': 'this',
  'med-weeks:other': '6-plus',
  'med-dose:other': 'yes',
  'med-response:other': 'some',
  'med-side-effects:other': 'no',
  'other-treatments': ['psychotherapy'],
  health: ['none'],
  'pref-setting': 'clinic',
  'pref-routes': ['nasal', 'non-medicine'],
  'pref-insurance': 'very',
  'pref-time': 'yes',
  'pref-ride': 'yes',
  'pref-speed': 'fast',
};

class Keyboard {
  readonly ringsChecked = new Set<string>();

  constructor(readonly d: ScreenerDriver) {}

  get active(): HTMLElement | null {
    return this.d.root.activeElement as HTMLElement | null;
  }

  /** The focus ring must be drawn (on the control, or on its choice row) at 3:1 or more. */
  expectFocusRing(control: HTMLElement): void {
    const ringed = [control, control.closest('.choice')].find((el) => el && getComputedStyle(el).outlineStyle !== 'none');
    const name = `${control.tagName.toLowerCase()} "${control.id || control.textContent?.trim().slice(0, 30)}"`;
    expect(ringed, `focus ring on ${name}`).to.exist;
    const style = getComputedStyle(ringed!);
    expect(parseFloat(style.outlineWidth), `ring width on ${name}`).to.be.at.least(2);
    expect(contrast(style.outlineColor, backgroundOf(ringed!.parentElement!)), `ring contrast on ${name}`).to.be.at.least(3);
    this.ringsChecked.add(control.tagName.toLowerCase() + (control.getAttribute('type') ? `[${control.getAttribute('type')}]` : ''));
  }

  /** Presses Tab until `wanted` holds for the focused control; fails if it never does. */
  async tabTo(wanted: (el: HTMLElement) => boolean, what: string): Promise<HTMLElement> {
    for (let i = 0; i < MAX_TABS; i++) {
      await press('Tab');
      const el = this.active;
      if (el && !el.hasAttribute('data-view-focus')) this.expectFocusRing(el);
      if (el && wanted(el)) return el;
    }
    throw new Error(`Tab never reached ${what} on "${this.d.stepId}"`);
  }

  async tabToButton(name: string): Promise<HTMLElement> {
    return this.tabTo((el) => el.tagName === 'BUTTON' && this.d.text(el) === name, `the "${name}" button`);
  }

  /** Answers with keys only: Space on the first radio, arrows to the others; Space on boxes; typing. */
  async answer(questionId: string, value: string | string[]): Promise<void> {
    const input = (id: string) => this.d.input(questionId, id)!;
    if (Array.isArray(value)) {
      for (const id of value) {
        await this.tabTo((el) => el === input(id), `the "${id}" box`);
        await press('Space');
      }
      return;
    }
    if (!this.d.input(questionId, value) && this.d.input(questionId)) {
      await this.tabTo((el) => el === this.d.input(questionId), `the "${questionId}" field`);
      await sendKeys({ type: value });
      return;
    }
    const radios = [...this.d.root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(questionId)}"]`)];
    const start = await this.tabTo((el) => radios.includes(el as HTMLInputElement), `the "${questionId}" choices`);
    const steps = radios.indexOf(input(value)) - radios.indexOf(start as HTMLInputElement);
    if (steps === 0) await press('Space');
    for (let i = 0; i < Math.abs(steps); i++) await press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    await this.d.settle();
  }
}

/** Escape anywhere must leave every answer where it was. */
async function expectEscapeKeepsAnswers(k: Keyboard): Promise<void> {
  const checked = () => [...k.d.root.querySelectorAll<HTMLInputElement>('input')].map((i) => `${i.id}=${i.checked}:${i.value}`);
  const before = { step: k.d.stepId, checked: checked() };
  await press('Escape');
  await k.d.settle();
  expect({ step: k.d.stepId, checked: checked() }, `Escape on "${k.d.stepId}"`).to.deep.equal(before);
}

async function keyboardJourney(lang: 'en' | 'es') {
  const d = await mountIn(lang);
  const { ui } = d;
  const k = new Keyboard(d);
  // Where a patient who clicked into the widget starts; from here on, keys only.
  d.heading!.focus();
  const answered: string[] = [];
  /** The last question answered before each crisis panel. */
  const panelsAfter: string[] = [];
  let usedBack = false;

  for (let i = 0; i < 60 && d.stepId !== 'review'; i++) {
    if (d.crisisPanel) {
      // The step just left held a risk answer: the panel shows before the next step.
      expect(d.root.activeElement, 'focus on the crisis panel').to.equal(d.crisisPanel);
      await expectEscapeKeepsAnswers(k);
      await press('Enter'); // on the panel itself: nothing happens
      await d.settle();
      expect(d.crisisPanel, 'Enter on the panel keeps it').to.exist;
      await k.tabToButton(ui.nav.continue);
      await press('Enter');
      await d.settle();
      expect(d.crisisPanel).to.equal(null);
      panelsAfter.push(answered.at(-1)!);
      continue;
    }
    expect(d.root.activeElement, `focus on the heading of "${d.stepId}"`).to.equal(d.heading);
    for (const id of d.questionIds()) {
      if (!(id in PLAN)) throw new Error(`no planned answer for "${id}"`);
      await k.answer(id, PLAN[id] as string | string[]);
      answered.push(id);
      await expectEscapeKeepsAnswers(k);
      // Arrows select as they move: an answer counts only when its step is left.
      expect(d.crisisPanel, `answering "${id}" shows no panel yet`).to.equal(null);
    }
    const shown = d.questionIds().filter((id) => !answered.includes(id));
    for (const id of shown) {
      await k.answer(id, PLAN[id] as string | string[]);
      answered.push(id);
    }
    await k.tabToButton(d.forward!);
    if (!usedBack && d.stepId === 'phq9-2') {
      // Shift+Tab to Back, Enter, and forward again: the earlier answer is still there.
      await shiftTab();
      expect(d.text(k.active)).to.equal(ui.nav.back);
      await press('Enter');
      await d.settle();
      expect(d.stepId).to.equal('phq9-1');
      expect(d.input('phq9-1', 'several-days')!.checked).to.equal(true);
      await k.tabToButton(d.forward!);
      usedBack = true;
    }
    await press('Enter');
    await d.settle();
  }

  expect(d.stepId).to.equal('review');
  await expectEscapeKeepsAnswers(k);
  await k.tabToButton(ui.nav.seeResults);
  await press('Space');
  await d.settle();
  expect(d.stepId).to.equal('result');
  expect(d.root.activeElement).to.equal(d.heading);
  return { d, k, answered, panelsAfter };
}

describe('keyboard only', () => {
  before(emulateFocus);

  for (const lang of ['en', 'es'] as const) {
    it(`completes the whole screen in ${lang} with Tab, Shift+Tab, Space, Enter, arrows and typing`, async function () {
      this.timeout(180000);
      const { d, k, answered, panelsAfter } = await keyboardJourney(lang);
      expect(panelsAfter, 'the support panel, once, after leaving phq9-9').to.deep.equal(['phq9-9']);
      const result = d.el.result!;
      expect(result.locale).to.equal(lang);
      expect(result.safety.level).to.equal('support');
      for (const id of answered) expect(result.answers[id], id).to.deep.equal(PLAN[id]);
      expect(result.medications.map((m) => m.name)).to.have.length(2);
      expect([...k.ringsChecked]).to.include.members(['input[radio]', 'input[checkbox]', 'input[text]', 'button', 'a']);
    });
  }

  it('has no keyboard trap, and a focus ring on every control: Tab goes through each and out, Shift+Tab back in', async function () {
    this.timeout(60000);
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><div id="slot"></div><button id="after">after</button></div>`);
    const d = await mountScreener({ 'contact-href': '#book' });
    wrapper.querySelector('#slot')!.append(d.el);
    await d.settle();
    const k = new Keyboard(d);
    const leaveForward = async () => {
      for (let i = 0; i < 200 && document.activeElement === d.el; i++) {
        await press('Tab');
        if (document.activeElement === d.el) k.expectFocusRing(k.active!);
      }
      expect(document.activeElement!.id, `Tab leaves the widget on "${d.stepId}"`).to.equal('after');
      await shiftTab();
      expect(document.activeElement, `Shift+Tab comes back on "${d.stepId}"`).to.equal(d.el);
    };
    d.heading!.focus();
    await leaveForward();
    await d.walkTo('asq-1');
    await chooseAndLeave(d, 'asq-1', 'yes');
    d.crisisPanel!.focus();
    await leaveForward();
    await d.click(d.ui.nav.continue);
    await d.walkToResult();
    d.root.querySelector('details')!.open = true;
    d.heading!.focus();
    await leaveForward();
    expect([...k.ringsChecked]).to.include.members(['a', 'button', 'summary', 'input[checkbox]']);
  });

  it('Escape on the support and urgent panels keeps the panel and the level', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await chooseAndLeave(d, 'asq-5', 'yes');
    expect(d.stepId).to.equal('urgent');
    await press('Escape');
    await d.settle();
    expect(d.stepId).to.equal('urgent');
    expect(d.crisisPanel).to.exist;
  });
});
