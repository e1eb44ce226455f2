import { expect } from '@open-wc/testing';
import { until } from '../helpers/frames.js';
import { openExample, type ExampleFrame } from './frame.js';

/** demo/integrations/plain-html: the built file in a plain page, as a CMS page has it. */

const PAGE = '/demo/integrations/plain-html/index.html';

/** Network requests the page made after `since` (fetch, beacons, images… all show up here). */
function requestsSince(page: ExampleFrame, since: number): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => entry.name);
}

describe('integration: plain HTML', () => {
  let page: ExampleFrame;

  beforeEach(async () => {
    sessionStorage.clear();
    page = await openExample(PAGE);
  });

  afterEach(() => page.frame.remove());

  it('the script loaded twice defines the element once, without an error', async () => {
    const d = await page.screener('#in-page');
    const scripts = [...page.win.document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(scripts.filter((src) => src!.includes('trd-screener.js'))).to.have.length(2);
    expect(d.text()).to.contain('Lakeside Family Practice offers this self-screen');
    expect(page.problems).to.deep.equal([]);
  });

  it('an element added after the script loaded works, apart from the first', async () => {
    const first = await page.screener('#in-page');
    await first.walkTo('phq9-1');
    page.win.document.querySelector<HTMLButtonElement>('#add')!.click();
    const later = await page.screener('#added-later');
    expect(later.button('Start')).to.exist;
    await later.walkTo('phq9-1');
    expect(later.stepId).to.equal('phq9-1');
    expect(first.heading && first.text(first.heading)).to.equal('How you have been feeling');
    expect(page.problems).to.deep.equal([]);
  });

  it('answers survive a reload of the page in the same tab (persist="session")', async () => {
    const d = await page.screener('#in-page');
    await d.walkTo('phq9-2', { 'phq9-1': 'nearly-every-day' });
    await page.reload();
    const resumed = await page.screener('#in-page');
    expect(resumed.text(resumed.heading)).to.equal('How you have been feeling');
    await resumed.click('Back');
    expect(resumed.input('phq9-1', 'nearly-every-day')!.checked).to.equal(true);
  });

  // The only requests are for the widget's own code, which it may fetch later (the result and
  // summary chunks): plain files beside the embed, with no query string that could carry answers.
  it('the widget sends nothing: a whole screen requests only its own code chunks', async () => {
    const d = await page.screener('#in-page');
    const since = page.win.performance.now();
    await d.walkToResult();
    await until(() => d.el.result, 'the result');
    const isChunk = (url: string) => {
      const { origin, pathname, search } = new URL(url);
      return origin === location.origin && /^\/dist\/chunks\/[\w-]+\.js$/.test(pathname) && !search;
    };
    const others = requestsSince(page, since).filter((url) => !isChunk(url));
    expect(others).to.deep.equal([]);
  });
});
