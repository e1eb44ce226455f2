import { expect } from '@open-wc/testing';
import { until } from '../helpers/frames.js';
import { openExample, type ExampleFrame } from './frame.js';

/** demo/integrations/react: React 19 sets the widget's properties and listens to its events. */

describe('integration: React 19', () => {
  let page: ExampleFrame;

  before(async () => {
    page = await openExample('/demo/integrations/react/index.html');
  });

  after(() => page.frame.remove());

  const status = () => page.win.document.querySelector('#status')!.textContent.trim();

  it('renders the widget with props set as properties, not attributes', async () => {
    const d = await page.screener();
    expect(d.el.clinicName).to.equal('Maple Street Psychiatry');
    expect(d.el.hasAttribute('clinicName') || d.el.hasAttribute('clinic-name')).to.equal(false);
    expect(d.text()).to.contain('Maple Street Psychiatry offers this self-screen');
  });

  it('receives screener-step through an onscreener-step prop, and keeps the widget on re-render', async () => {
    const d = await page.screener();
    const el = d.el;
    await d.walkTo('phq9-2');
    await until(() => status() === `Step ${d.steps.at(-1)!.index} of ${d.steps.at(-1)!.total}`, 'the step in React state');
    expect(page.win.document.querySelector('trd-screener'), 'React re-rendered without replacing it').to.equal(el);
    await d.click('Back');
    expect(d.input('phq9-1', 'not-at-all')!.checked).to.equal(true);
  });

  it('receives screener-complete with the result; no React warning on the way', async () => {
    const d = await page.screener();
    await d.walkToResult();
    await until(() => status().startsWith('Finished: '), 'the result in React state');
    expect(status()).to.equal(`Finished: ${d.el.result!.pattern}`);
    expect(d.root.querySelector<HTMLAnchorElement>('[part="result"] a[href="#book"]'), 'contactHref property').to.exist;
    expect(page.problems).to.deep.equal([]);
  });
});
