/**
 * The demo clinic page as a visitor on a small phone sees it: the self-screen starts on the
 * first screen, the footer's links are readable on its dark background, the tab has an icon.
 */
import { expect } from '@open-wc/testing';
import { contrast } from '../a11y/a11y-helpers.js';
import { openExample, type ExampleFrame } from '../integration/frame.js';

const PHONE = { width: 320, height: 568 };

describe('demo page', () => {
  let page: ExampleFrame;

  before(async () => {
    page = await openExample('/demo/index.html');
    page.frame.style.width = `${PHONE.width}px`;
    page.frame.style.height = `${PHONE.height}px`;
    await page.screener();
  });

  after(() => page.frame.remove());

  it("on a 320 × 568 phone, the self-screen's first heading is on the first screen", async () => {
    expect(page.win.innerWidth).to.equal(PHONE.width);
    const d = await page.screener();
    const bottom = d.heading!.getBoundingClientRect().bottom + page.win.scrollY;
    expect(bottom, `the widget's heading ends ${Math.round(bottom)} px down`).to.be.at.most(PHONE.height);
  });

  it('the footer links reach 4.5:1 on the footer', () => {
    const footer = page.win.document.querySelector('.site-footer')!;
    const links = footer.querySelectorAll('a');
    expect(links.length).to.be.greaterThan(3);
    const background = page.win.getComputedStyle(footer).backgroundColor;
    for (const link of links) {
      expect(contrast(page.win.getComputedStyle(link).color, background), link.textContent).to.be.at.least(4.5);
    }
  });

  it('has a favicon that loads as an image', async () => {
    const icon = page.win.document.querySelector<HTMLLinkElement>('link[rel~="icon"]');
    expect(icon, 'a <link rel="icon">').to.exist;
    const image = new Image();
    image.src = icon!.href;
    await image.decode();
    expect(image.naturalWidth).to.be.greaterThan(0);
  });
});
