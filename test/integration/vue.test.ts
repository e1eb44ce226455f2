import { expect } from '@open-wc/testing';
import { until } from '../helpers/frames.js';
import { openExample, type ExampleFrame } from './frame.js';

/** demo/integrations/vue: Vue 3 told by `isCustomElement` that <trd-screener> is not a component. */

describe('integration: Vue 3', () => {
  let page: ExampleFrame;

  before(async () => {
    page = await openExample('/demo/integrations/vue/index.html');
  });

  after(() => page.frame.remove());

  const status = () => page.win.document.querySelector('#status')!.textContent.trim();

  it('renders the widget, with no "failed to resolve component" warning', async () => {
    const d = await page.screener();
    expect(d.text()).to.contain('Birchwood Health offers this self-screen');
    expect(d.el.contactHref, 'a .prop binding sets the property').to.equal('#book');
    expect(page.problems).to.deep.equal([]);
  });

  it('listens to screener-step and screener-complete with @ bindings', async () => {
    const d = await page.screener();
    await d.walkTo('phq9-2');
    await until(() => status() === `Step ${d.steps.at(-1)!.index} of ${d.steps.at(-1)!.total}`, 'the step in Vue state');
    await d.walkToResult();
    await until(() => status() === `Finished: ${d.el.result!.pattern}`, 'the result in Vue state');
    expect(page.problems).to.deep.equal([]);
  });

  it('isCustomElement is what keeps a built Vue app from resolving <trd-screener> as a component', async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- `as string` keeps tsc from resolving this untyped file
    const vue = (await import('vue/dist/vue.esm-browser.js' as string)) as typeof import('vue');
    const template = '<trd-screener></trd-screener>';
    // At build time (a Vite + .vue app) there is no custom-element registry to look at.
    const unknown = String(vue.compile(template, { isCustomElement: () => false }));
    const told = String(vue.compile(template, { isCustomElement: (tag) => tag === 'trd-screener' }));
    expect(unknown).to.contain('resolveComponent("trd-screener")');
    expect(told).to.not.contain('resolveComponent');
    expect(told).to.contain('"trd-screener"');
  });
});
