/**
 * The person's display settings: a dark scheme on a page that follows the device (contrast 4.5:1
 * for text, 3:1 for focus rings and field borders, measured on computed colours in both schemes),
 * reduced motion (no transition left), and forced colors / high contrast (every control, state
 * and panel keeps a visible edge). Media features are emulated in Chromium through DevTools.
 * Which scheme a page gets (its color-scheme, the attribute): test/theme/color-scheme.test.ts.
 */
import { expect } from '@open-wc/testing';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { backgroundOf, chooseAndLeave, contrast, emulate, emulateFocus, press } from './a11y-helpers.js';

/** Views that hold every kind of coloured text, control and panel. */
const VIEWS: Array<[name: string, reach: (d: ScreenerDriver) => Promise<void>]> = [
  ['welcome', async () => {}],
  ['medicines with errors', async (d) => {
    await d.walkTo('meds');
    await d.click(d.ui.nav.next);
  }],
  ['support panel', async (d) => {
    await d.walkTo('asq-1');
    await chooseAndLeave(d, 'asq-1', 'yes');
  }],
  ['urgent panel', async (d) => {
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await chooseAndLeave(d, 'asq-5', 'yes');
  }],
  ['result', async (d) => {
    await d.walkToResult({ 'meds-tried': ['sertraline'] });
    for (const details of d.root.querySelectorAll('details')) details.open = true;
  }],
];

/** Text that must reach 4.5:1 on what it is painted on, and edges and rings that must reach 3:1. */
const TEXT = ['.card p', 'legend', '.progress', '.help', '.option-help', '.group-heading', '.field-error', 'a', 'button', 'summary', 'label', 'dd', 'dt', '.source', 'li'];

function expectContrast(d: ScreenerDriver, where: string): number {
  let checked = 0;
  for (const selector of TEXT) {
    for (const el of d.root.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility() || el.closest('.visually-hidden') || !el.textContent?.trim()) continue;
      const ratio = contrast(getComputedStyle(el).color, backgroundOf(el));
      expect(ratio, `${where}: ${selector} "${el.textContent.trim().slice(0, 40)}"`).to.be.at.least(4.5);
      checked++;
    }
  }
  const card = d.root.querySelector('[part="card"]')!;
  const accent = getComputedStyle(d.el).getPropertyValue('--trd-accent').trim();
  const probe = document.createElement('span');
  probe.style.color = accent;
  card.append(probe);
  expect(contrast(getComputedStyle(probe).color, backgroundOf(card)), `${where}: focus ring colour`).to.be.at.least(3);
  probe.remove();
  for (const input of d.root.querySelectorAll<HTMLElement>('.text-input')) {
    expect(contrast(getComputedStyle(input).borderTopColor, backgroundOf(input.parentElement!)), `${where}: field border`).to.be.at.least(3);
  }
  return checked;
}

/** The widget takes the page's color-scheme: these pages follow the device, as a clinic's may. */
const followDevice = (follow: boolean) => {
  document.documentElement.style.colorScheme = follow ? 'light dark' : '';
};

describe('display settings', () => {
  before(() => followDevice(true));
  after(() => followDevice(false));
  afterEach(() => emulate([]));

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} scheme: text 4.5:1 or more, focus ring 3:1 or more, on every kind of view`, async function () {
      this.timeout(60000);
      await emulate([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
      let checked = 0;
      for (const [name, reach] of VIEWS) {
        const d = await mountScreener();
        await reach(d);
        checked += expectContrast(d, `${scheme} ${name}`);
        d.el.remove();
      }
      expect(checked).to.be.greaterThan(100);
    });
  }

  it('the dark scheme really changes the colours, on a page that follows the device', async () => {
    const card = async () => {
      const d = await mountScreener();
      const style = getComputedStyle(d.root.querySelector('[part="card"]')!);
      const colours = [style.backgroundColor, style.color];
      d.el.remove();
      return colours;
    };
    const light = await card();
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await card();
    expect(dark).to.not.deep.equal(light);
    expect(contrast(dark[1], dark[0])).to.be.at.least(7);
  });

  it('reduced motion: no transition anywhere; without it, the choices do fade', async () => {
    const durations = async () => {
      const d = await mountScreener();
      await d.walkTo('phq9-1');
      const all = [...d.root.querySelectorAll('*')].flatMap((el) => getComputedStyle(el).transitionDuration.split(', '));
      d.el.remove();
      return all;
    };
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    expect((await durations()).some((t) => t !== '0s')).to.equal(true);
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(new Set(await durations())).to.deep.equal(new Set(['0s']));
  });

  it('forced colors: every control, the chosen and focused answers, the bar and the panels keep a visible edge', async () => {
    await emulateFocus();
    await emulate([{ name: 'forced-colors', value: 'active' }]);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const edge = (el: Element, side: 'outline' | 'border') => {
      const style = getComputedStyle(el);
      const [kind, width] = side === 'outline' ? [style.outlineStyle, style.outlineWidth] : [style.borderTopStyle, style.borderTopWidth];
      return kind !== 'none' && parseFloat(width) >= 1;
    };

    const d = await mountScreener();
    await d.walkTo('phq9-1');
    const primary = d.button(d.ui.nav.next)!;
    expect(getComputedStyle(primary).forcedColorAdjust).to.equal('auto');
    expect(getComputedStyle(primary).backgroundColor, 'the system colours replace the accent').to.not.equal('rgb(27, 94, 138)');
    for (const button of d.root.querySelectorAll('button:not(.quiet)')) expect(edge(button, 'border'), d.text(button)).to.equal(true);
    expect(edge(d.root.querySelector('.progress-bar')!, 'border'), 'progress bar').to.equal(true);
    await d.choose('phq9-1', 'several-days');
    expect(edge(d.input('phq9-1', 'several-days')!.closest('.choice')!, 'outline'), 'the chosen answer').to.equal(true);
    d.heading!.focus();
    await press('Tab');
    expect(d.root.activeElement).to.equal(d.input('phq9-1', 'several-days'));
    const focused = d.input('phq9-1', 'several-days')!.closest('.choice')!;
    expect(getComputedStyle(focused).outlineWidth, 'the focused answer').to.equal('3px');
    await press('Tab');
    expect(edge(d.root.activeElement!, 'outline'), 'a focused button').to.equal(true);

    await d.walkTo('asq-1');
    await chooseAndLeave(d, 'asq-1', 'yes');
    expect(edge(d.crisisPanel!, 'border'), 'the crisis panel').to.equal(true);
    for (const link of d.crisisPanel!.querySelectorAll('.resource-link')) expect(edge(link, 'border'), d.text(link)).to.equal(true);
    await d.click(d.ui.nav.continue);
    expect(edge(d.root.querySelector('[part="crisis-banner"]')!, 'border'), 'the crisis banner').to.equal(true);
    await d.walkTo('meds');
    await d.click(d.ui.nav.next);
    const error = getComputedStyle(d.root.querySelector('.field-error')!);
    expect([error.borderInlineStartStyle, parseFloat(error.borderInlineStartWidth)], 'the error mark').to.deep.equal(['solid', 4]);
  });
});
