/**
 * The widget's colour scheme is the page's: a page that declares none stays light on a dark
 * device, one that declares "light dark" (in CSS or a meta tag) follows the device, and the
 * color-scheme attribute forces either. The device's scheme is emulated in Chromium.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulate } from '../a11y/a11y-helpers.js';
import { crisisContrastChunk } from '../../src/controllers/crisis-contrast-controller.js';
import { paletteStyles } from '../../src/styles/palette.styles.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';

const LIGHT_CARD = 'rgb(255, 255, 255)';
const DARK_CARD = 'rgb(21, 33, 43)';

/** The card's background in a widget mounted with these attributes. */
async function card(attributes: Record<string, string> = {}): Promise<string> {
  const d = await mountScreener(attributes);
  const colour = getComputedStyle(d.root.querySelector('[part="card"]')!).backgroundColor;
  d.el.remove();
  return colour;
}

const root = document.documentElement;

describe('theme: the colour scheme is the page’s', () => {
  afterEach(async () => {
    root.style.colorScheme = '';
    await emulate([]);
  });

  it('a page that declares no scheme stays light, even on a dark device', async () => {
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(await card()).to.equal(LIGHT_CARD);
  });

  it('a page that declares "light dark" follows the device', async () => {
    root.style.colorScheme = 'light dark';
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    expect(await card()).to.equal(LIGHT_CARD);
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await card()).to.equal(DARK_CARD);
  });

  it('so does a page that declares it with <meta name="color-scheme">', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    try {
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await card()).to.equal(DARK_CARD);
    } finally {
      meta.remove();
    }
  });

  it('the color-scheme attribute forces a scheme; other values leave the page’s', async () => {
    expect(await card({ 'color-scheme': 'dark' }), 'dark on a light page').to.equal(DARK_CARD);
    root.style.colorScheme = 'light dark';
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await card({ 'color-scheme': 'light' }), 'light on a dark device').to.equal(LIGHT_CARD);
    expect(await card({ 'color-scheme': 'purple' }), "an unknown value: the page's").to.equal(DARK_CARD);
  });

  it('the colorScheme property reflects to the attribute', async () => {
    const d = await mountScreener();
    d.el.colorScheme = 'dark';
    await d.el.updateComplete;
    expect(d.el.getAttribute('color-scheme')).to.equal('dark');
    expect(getComputedStyle(d.root.querySelector('[part="card"]')!).backgroundColor).to.equal(DARK_CARD);
  });

  it('when the device turns dark, the crisis parts are checked again', async () => {
    root.style.colorScheme = 'light dark';
    await crisisContrastChunk.load();
    // The widget's own view of the device's scheme, so that its change can be told at once (a
    // page behind another test file's page hears of media changes only at its next frame).
    const device = new EventTarget();
    const { matchMedia } = window;
    window.matchMedia = (query) => (query === '(prefers-color-scheme: dark)' ? (device as MediaQueryList) : matchMedia(query));
    let d: ScreenerDriver;
    try {
      d = await mountScreener({ style: '--trd-surface: #f3edf7' });
    } finally {
      window.matchMedia = matchMedia;
    }
    // Light-only colours: readable in light, the clinic's light surface under light text in dark.
    expect(d.el.hasAttribute('crisis-palette'), 'checked, and readable in light').to.equal(false);
    const warnings = await captureWarnings(async () => {
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      device.dispatchEvent(new Event('change'));
      await waitUntil(() => d.el.hasAttribute('crisis-palette'), 'the built-in crisis palette', { timeout: 5000 });
    });
    expect(warnings).to.have.length(1);
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }]);
    device.dispatchEvent(new Event('change'));
    await waitUntil(() => !d.el.hasAttribute('crisis-palette'), "the clinic's own colours again", { timeout: 5000 });
  });
});

describe('theme: browsers without light-dark()', () => {
  it('get every default colour as its light value, in the same places', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(paletteStyles.cssText);
    const [pairs, fallback] = [...sheet.cssRules] as [CSSStyleRule, CSSSupportsRule];
    expect(fallback.conditionText).to.match(/^not \(color: ?light-dark\(/);
    const light = fallback.cssRules[0] as CSSStyleRule;
    expect(light.selectorText).to.equal(pairs.selectorText);
    const names = (rule: CSSStyleRule) => [...rule.style].filter((name) => name.startsWith('--trd-'));
    expect(names(pairs)).to.have.length(10);
    expect(names(light)).to.deep.equal(names(pairs));
    for (const name of names(pairs)) {
      const [, firstValue] = /^light-dark\(([^,]+),/.exec(pairs.style.getPropertyValue(name).trim())!;
      expect(light.style.getPropertyValue(name).trim(), name).to.equal(firstValue.trim());
    }
  });
});

