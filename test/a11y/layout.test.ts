/**
 * Size and reflow on every view of a screen (with every `<details>` opened): each control is at
 * least 24×24 CSS px (WCAG 2.5.8); at a 320 CSS px wide viewport nothing scrolls sideways
 * (1.4.10); with text at 200% nothing is cut off or pushed out of the card (1.4.4).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { controls, mountIn, tour, TOUR_ANSWERS } from './a11y-helpers.js';

const DEFAULT_VIEWPORT = { width: 800, height: 600 };
const EPSILON = 0.5;

function openEveryDetails(d: ScreenerDriver): Promise<void> {
  for (const details of d.root.querySelectorAll('details')) details.open = true;
  return d.settle();
}

/** Elements that are laid out for sight (screen-reader-only text is clipped on purpose). */
function laidOut(d: ScreenerDriver): HTMLElement[] {
  return [...d.root.querySelectorAll<HTMLElement>('*')].filter(
    (el) => el.checkVisibility() && !el.closest('.visually-hidden, iframe, style') && el.tagName !== 'IFRAME',
  );
}

function expectTargetsAtLeast24(d: ScreenerDriver, view: string): number {
  const list = controls(d.root);
  for (const control of list) {
    const { width, height } = control.getBoundingClientRect();
    const name = `${view}: ${control.tagName.toLowerCase()} "${control.id || control.textContent?.trim().slice(0, 40)}"`;
    expect(width, `${name} width`).to.be.at.least(24 - EPSILON);
    expect(height, `${name} height`).to.be.at.least(24 - EPSILON);
  }
  return list.length;
}

/** Nothing wider than the host, no sideways scroll in the page or the card. */
function expectNoSidewaysScroll(d: ScreenerDriver, view: string): void {
  const host = d.el.getBoundingClientRect();
  expect(document.documentElement.scrollWidth, `${view}: page scrolls sideways`).to.be.at.most(window.innerWidth);
  const card = d.root.querySelector<HTMLElement>('[part="card"]')!;
  expect(card.scrollWidth, `${view}: card scrolls sideways`).to.be.at.most(card.clientWidth);
  for (const el of laidOut(d)) {
    const rect = el.getBoundingClientRect();
    const name = `${view}: ${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 40)}"`;
    expect(rect.right, `${name} sticks out on the right`).to.be.at.most(host.right + EPSILON);
    expect(rect.left, `${name} sticks out on the left`).to.be.at.least(host.left - EPSILON);
  }
}

/** No text cut off: whatever hides its overflow must not have any. */
function expectNothingClipped(d: ScreenerDriver, view: string): void {
  for (const el of laidOut(d)) {
    const style = getComputedStyle(el);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    expect(el.scrollWidth, `${view}: ${el.className} cut off sideways`).to.be.at.most(el.clientWidth + 1);
    expect(el.scrollHeight, `${view}: ${el.className} cut off below`).to.be.at.most(el.clientHeight + 1);
  }
}

describe('layout on every view', () => {
  afterEach(async () => {
    await setViewport(DEFAULT_VIEWPORT);
    document.documentElement.style.fontSize = '';
  });

  it('every control is at least 24×24 CSS px', async function () {
    this.timeout(120000);
    const d = await mountScreener({ 'contact-href': '#book' });
    let measured = 0;
    const views = await tour(d, TOUR_ANSWERS, async (view) => {
      await openEveryDetails(d);
      measured += expectTargetsAtLeast24(d, view);
    });
    expect(measured, 'controls measured').to.be.greaterThan(views.length);
  });

  for (const lang of ['en', 'es'] as const) {
    it(`reflows at 320 CSS px without sideways scrolling (${lang})`, async function () {
      this.timeout(120000);
      await setViewport({ width: 320, height: 640 });
      const d = await mountIn(lang, { 'contact-href': '#book' });
      const views = await tour(d, TOUR_ANSWERS, async (view) => {
        await openEveryDetails(d);
        expectNoSidewaysScroll(d, view);
      });
      expect(views).to.include('result');
    });
  }

  for (const how of ['browser text size 200%', 'the --trd-font-size set to twice its default'] as const) {
    it(`keeps everything readable with ${how}`, async function () {
      this.timeout(120000);
      const baseline = await mountScreener();
      const textSize = (driver: ScreenerDriver) => parseFloat(getComputedStyle(driver.root.querySelector('.intro')!).fontSize);
      const baseSize = textSize(baseline);
      baseline.el.remove();
      if (how === 'browser text size 200%') document.documentElement.style.fontSize = '200%';
      const d = await mountScreener(how === 'browser text size 200%' ? {} : { style: '--trd-font-size: 2.125rem' });
      expect(textSize(d), 'text is twice as large').to.be.closeTo(2 * baseSize, 0.5);
      await tour(d, TOUR_ANSWERS, async (view) => {
        await openEveryDetails(d);
        expectNoSidewaysScroll(d, view);
        expectNothingClipped(d, view);
      });
    });
  }
});
