/**
 * The theming example in README.md ("Theming") and docs/theming.md is safe in both schemes: with
 * its values, every text in the widget keeps 4.5:1 (edges 3:1) on the welcome, a chosen answer,
 * both crisis panels and the banner, with no need for the built-in crisis palette. The example is
 * read from the docs themselves, so the claim cannot drift from the text.
 */
import { expect } from '@open-wc/testing';
import { crisisContrastChunk } from '../../src/controllers/crisis-contrast-controller.js';
import { mountScreener } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';
import { CHOSEN_ANSWER, colourPairs, CRISIS_VIEWS, faint } from './crisis-colours.js';

/** The ```css blocks of a Markdown file, or of its section under `heading`. */
async function cssBlocks(path: string, heading?: string): Promise<string[]> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  let text = await response.text();
  if (heading) {
    const start = text.indexOf(`\n${heading}\n`);
    expect(start, `${path}: "${heading}"`).to.be.greaterThan(-1);
    const end = text.indexOf('\n## ', start + heading.length + 1);
    text = text.slice(start, end === -1 ? undefined : end);
  }
  return [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => match[1]);
}

const VIEWS = [...CRISIS_VIEWS, CHOSEN_ANSWER];
const CARD = '[part="card"]';

/** Every view in `scheme` with `css` on the page: the faint pairs, whether it fell back, warnings. */
async function tryTheme(css: string, scheme: 'light' | 'dark') {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const found: string[] = [];
  let accent = '';
  let checked = 0;
  try {
    const warnings = await captureWarnings(async () => {
      for (const [name, reach] of VIEWS) {
        const d = await mountScreener({ 'color-scheme': scheme });
        await reach(d);
        checked += colourPairs(d.root, CARD).length;
        found.push(...faint(d.root, CARD).map((line) => `${scheme} ${name}: ${line}`));
        if (d.el.hasAttribute('crisis-palette')) found.push(`${scheme} ${name}: needed the built-in crisis palette`);
        const primary = d.root.querySelector('button.primary');
        if (primary && !accent) accent = getComputedStyle(primary).backgroundColor;
        d.el.remove();
      }
    });
    return { found, warnings, accent, checked };
  } finally {
    style.remove();
  }
}

describe('theme: the documented example is safe in both schemes', () => {
  let example: string;

  before(async () => {
    await crisisContrastChunk.load();
    const readme = await cssBlocks('/README.md', '## Theming');
    const docs = await cssBlocks('/docs/theming.md');
    expect(readme, "README's Theming section shows one example").to.have.length(1);
    expect(docs[0], 'docs/theming.md shows the same example first').to.equal(readme[0]);
    example = readme[0];
  });

  for (const [scheme, accent] of [['light', 'rgb(91, 58, 122)'], ['dark', 'rgb(210, 184, 234)']] as const) {
    it(`${scheme}: every text 4.5:1, every edge 3:1, no fallback, no warning`, async function () {
      this.timeout(60000);
      const tried = await tryTheme(example, scheme);
      expect(tried.accent, "the example's accent is in use").to.equal(accent);
      expect(tried.checked).to.be.greaterThan(100);
      expect(tried.found).to.deep.equal([]);
      expect(tried.warnings).to.deep.equal([]);
    });
  }

  it('the check finds what the old, light-only example did in the dark scheme', async function () {
    this.timeout(60000);
    const tried = await tryTheme('trd-screener { --trd-accent: #5b3a7a; --trd-surface: #f3edf7; }', 'dark');
    expect(tried.found.join('\n')).to.contain('dark chosen answer: text').and.to.contain('needed the built-in crisis palette');
    expect(tried.warnings.length).to.be.greaterThan(0);
  });
});
