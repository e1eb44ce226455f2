import { expect } from '@open-wc/testing';
import { openExample, type ExampleFrame } from './frame.js';

/**
 * demo/second-clinic: a second brand themes the widget through `--trd-*` and `::part()`; the
 * page's loud global rules stay out of the shadow root and the widget's styles stay in it.
 */

describe('integration: theming (a second clinic brand)', () => {
  let page: ExampleFrame;

  before(async () => {
    page = await openExample('/demo/second-clinic/index.html');
  });

  after(() => page.frame.remove());

  const style = (el: Element) => page.win.getComputedStyle(el);

  it('takes the brand through custom properties and parts', async () => {
    const d = await page.screener();
    const card = d.root.querySelector('[part="card"]')!;
    const next = d.button('Start')!;
    expect(style(next).backgroundColor).to.equal('rgb(91, 58, 122)');
    expect(style(card).borderTopLeftRadius).to.equal('2px');
    expect(style(card).backgroundColor).to.equal('rgb(255, 253, 249)');
    expect(style(card).boxShadow).to.contain('rgba(43, 34, 51, 0.12)');
  });

  it('--trd-radius reaches the buttons and the crisis links', async () => {
    const d = await page.screener();
    expect(style(d.button('Start')!).borderTopLeftRadius).to.equal('2px');
    const link = d.root.querySelector('.notice .resource-link')!;
    expect(style(link).borderTopLeftRadius).to.equal('2px');
  });

  it('inherits the page font by default', async () => {
    const d = await page.screener();
    const body = page.win.document.body;
    expect(style(d.root.querySelector('[part="card"]')!).fontFamily).to.equal(style(body).fontFamily);
    expect(style(d.heading!).fontFamily).to.contain('Georgia');
  });

  it("the page's global button, h2 and label rules do not reach inside", async () => {
    const d = await page.screener();
    const pageButton = page.win.document.querySelector('.card button')!;
    expect(style(pageButton).textTransform, 'the control: the rule applies on the page').to.equal('uppercase');
    expect(style(d.button('Start')!).textTransform).to.equal('none');
    expect(style(d.heading!).textTransform).to.equal('none');
    expect(style(d.heading!).color).to.not.equal('rgb(176, 48, 74)');
    const label = d.root.querySelector('label')!;
    expect(style(label).fontWeight).to.not.equal('700');
  });

  it("the widget's styles do not reach the page's own .card and .primary", () => {
    const card = page.win.document.querySelector('main > .card')!;
    const button = card.querySelector('.primary')!;
    expect(style(card).borderTopStyle).to.equal('dashed');
    expect(style(card).borderTopLeftRadius).to.equal('0px');
    expect(style(button).backgroundColor).to.equal('rgb(224, 180, 0)');
    expect(style(button).borderTopLeftRadius).to.equal('0px');
  });

  it('::part(heading) reaches every heading of the result, its sub-headings too', async function () {
    this.timeout(60000);
    const d = await page.screener();
    await d.walkToResult();
    const headings = [...d.root.querySelectorAll('[part="result"] :is(h2, h3, h4)')];
    expect(headings.length).to.be.greaterThan(4);
    for (const heading of headings) {
      expect(heading.getAttribute('part'), d.text(heading)).to.equal('heading');
      expect(style(heading).letterSpacing, d.text(heading)).to.not.equal('normal');
    }
    // By now the crisis colour check has run on the welcome: the brand passed it.
    expect(page.problems.filter((line) => line.includes('crisis text'))).to.deep.equal([]);
    expect(d.el.hasAttribute('crisis-palette')).to.equal(false);
  });
});
