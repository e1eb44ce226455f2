/**
 * A theme cannot make crisis text unreadable: whatever `--trd-*` colours a clinic sets, the text
 * of the crisis panel, the banner and the welcome notice keeps 4.5:1 and their links' and
 * buttons' edges 3:1, in both schemes. A theme that falls short gets the built-in crisis palette
 * there, and one console warning naming the pair.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { crisisContrastChunk } from '../../src/controllers/crisis-contrast-controller.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { runs } from '../helpers/depth.js';
import { captureWarnings } from '../helpers/warnings.js';
import { CRISIS_VIEWS, colourPairs, faint } from './crisis-colours.js';

const COLOUR_PROPERTIES = [
  '--trd-text',
  '--trd-muted',
  '--trd-background',
  '--trd-surface',
  '--trd-border',
  '--trd-accent',
  '--trd-on-accent',
  '--trd-crisis-accent',
  '--trd-crisis-surface',
];

const channel = fc.integer({ min: 0, max: 255 });
const opaque = fc.tuple(channel, channel, channel).map(([r, g, b]) => `rgb(${r} ${g} ${b})`);
const colour = fc.oneof(
  { arbitrary: opaque, weight: 6 },
  { arbitrary: fc.tuple(opaque, fc.integer({ min: 0, max: 100 })).map(([c, a]) => c.replace(')', ` / ${a}%)`)), weight: 1 },
  { arbitrary: fc.tuple(opaque, opaque).map(([light, dark]) => `light-dark(${light}, ${dark})`), weight: 2 },
  { arbitrary: fc.constantFrom('white', 'black', 'transparent', '#767676', 'Canvas', 'CanvasText'), weight: 1 },
);
/** A random subset of the colour properties, each a random colour. */
const partialTheme = fc.record(Object.fromEntries(COLOUR_PROPERTIES.map((p) => [p, colour])), { requiredKeys: [] });

function applyTheme(el: HTMLElement, theme: Partial<Record<string, string>>): void {
  el.removeAttribute('style');
  for (const [property, value] of Object.entries(theme)) el.style.setProperty(property, value!);
}

async function rerender(d: ScreenerDriver): Promise<void> {
  d.el.requestUpdate();
  await d.el.updateComplete;
}

/** The old README example: the clinic's light surface under the widget's light dark-scheme text. */
const LIGHT_ONLY_THEME = '--trd-accent: #5b3a7a; --trd-surface: #f3edf7';

describe('theme: crisis text stays readable', () => {
  // The check's code is fetched with the first render; here it is in place before each mount.
  before(() => crisisContrastChunk.load());

  it('fast-check: any partial theme, both schemes, every crisis part: text 4.5:1, edges 3:1', async function () {
    this.timeout(300000);
    const views: Array<{ where: string; d: ScreenerDriver }> = [];
    for (const scheme of ['light', 'dark']) {
      for (const [name, reach] of CRISIS_VIEWS) {
        const d = await mountScreener({ 'color-scheme': scheme });
        await reach(d);
        views.push({ where: `${scheme} ${name}`, d });
      }
    }
    let fellBack = 0;
    await captureWarnings(() =>
      fc.assert(
        fc.asyncProperty(partialTheme, async (theme) => {
          for (const { where, d } of views) {
            applyTheme(d.el, theme);
            await rerender(d);
            expect(colourPairs(d.root).length, where).to.be.greaterThan(3);
            expect(faint(d.root), `${where}, theme ${JSON.stringify(theme)}`).to.deep.equal([]);
            if (d.el.hasAttribute('crisis-palette')) fellBack++;
          }
        }),
        { numRuns: runs(60, 300) },
      ),
    );
    expect(fellBack, 'some random themes needed the built-in palette').to.be.greaterThan(0);
  });

  it("a light-only theme in the dark scheme: the built-in palette, one warning naming the pair", async () => {
    let d!: ScreenerDriver;
    const warnings = await captureWarnings(async () => {
      d = await mountScreener({ 'color-scheme': 'dark', style: LIGHT_ONLY_THEME });
      await rerender(d);
      await rerender(d);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<trd-screener>: .*crisis text.*text ".+" #e9eef2 on #f3edf7 is 1\.\d\d:1, under 4\.5:1/);
    expect(d.el.hasAttribute('crisis-palette')).to.equal(true);
    expect(faint(d.root)).to.deep.equal([]);
    const notice = d.root.querySelector('.notice')!;
    expect(getComputedStyle(notice).backgroundColor, "the notice's own dark surface").to.equal('rgb(31, 45, 57)');
  });

  it('the same theme in the light scheme keeps its own colours, with no warning', async () => {
    let d!: ScreenerDriver;
    const warnings = await captureWarnings(async () => {
      d = await mountScreener({ 'color-scheme': 'light', style: LIGHT_ONLY_THEME });
      await rerender(d);
    });
    expect(warnings).to.deep.equal([]);
    expect(d.el.hasAttribute('crisis-palette')).to.equal(false);
    expect(getComputedStyle(d.root.querySelector('.notice')!).backgroundColor).to.equal('rgb(243, 237, 247)');
  });

  it('the check follows the theme: a fixed theme gets its own colours back', async () => {
    const d = await mountScreener({ 'color-scheme': 'dark' });
    await captureWarnings(async () => {
      d.el.setAttribute('style', LIGHT_ONLY_THEME);
      await rerender(d);
    });
    expect(d.el.hasAttribute('crisis-palette')).to.equal(true);
    d.el.setAttribute('style', '--trd-surface: #2a2233');
    await rerender(d);
    expect(d.el.hasAttribute('crisis-palette')).to.equal(false);
    expect(getComputedStyle(d.root.querySelector('.notice')!).backgroundColor).to.equal('rgb(42, 34, 51)');
  });

  it('a faint crisis panel in an otherwise readable card falls back there too (the panel, not only the notice)', async () => {
    const d = await mountScreener({ 'color-scheme': 'light' });
    await CRISIS_VIEWS[1][1](d);
    const warnings = await captureWarnings(async () => {
      d.el.style.setProperty('--trd-crisis-surface', '#5a6b79');
      await rerender(d);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('on #5a6b79');
    expect(faint(d.root)).to.deep.equal([]);
    expect(getComputedStyle(d.crisisPanel!).backgroundColor).to.equal('rgb(238, 241, 250)');
  });
});
