/**
 * Every text size and weight a page shows needs its own font instance, and on a cold load the
 * browser sets each one up during the first layout (in Chromium, a round trip to the browser
 * process each). The first screen keeps to three: the text, the text in bold, and the heading.
 * Measured when this was set: the first layout at 4× CPU took half as long as with seven.
 */
import { expect } from '@open-wc/testing';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/** "size weight style" of every element that shows text of its own. */
function textStyles(d: ScreenerDriver): Map<string, string[]> {
  const styles = new Map<string, string[]>();
  const walker = document.createTreeWalker(d.root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!;
    if (!node.textContent!.trim() || !el.checkVisibility() || el.closest('style')) continue;
    const { fontSize, fontWeight, fontStyle } = getComputedStyle(el);
    const key = `${fontSize} ${fontWeight} ${fontStyle}`;
    styles.set(key, [...(styles.get(key) ?? []), node.textContent!.trim().slice(0, 30)]);
  }
  return styles;
}

describe('the first screen’s text', () => {
  it('uses three text styles: the text, the text in bold, the heading', async () => {
    const d = await mountScreener();
    const styles = textStyles(d);
    const heading = getComputedStyle(d.root.querySelector('h2')!);
    const body = getComputedStyle(d.root.querySelector('.intro')!);
    expect(
      [...styles.keys()].sort(),
      JSON.stringify(Object.fromEntries(styles)),
    ).to.deep.equal(
      [`${body.fontSize} 400 normal`, `${body.fontSize} 700 normal`, `${heading.fontSize} 700 normal`].sort(),
    );
  });
});
