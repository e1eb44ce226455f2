/**
 * The result, the summary and a clinic's bank check are fetched as their own chunks. When a chunk
 * cannot be fetched (a page that hosts the file without its `chunks/` folder, a dropped
 * connection), the patient is told, nothing is lost, and trying again works.
 */
import { expect, waitUntil } from '@open-wc/testing';
import ui from '../../questions/ui.en.js';
import { persistChunk } from '../../src/controllers/persist-chunk.js';
import { finishChunk } from '../../src/finish/finish-chunk.js';
import { lazyChunk } from '../../src/lazy-chunk.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/** Runs `body` while the end-of-screen chunk cannot be fetched. */
async function whileOffline(body: () => Promise<void>): Promise<void> {
  const { load } = finishChunk;
  const { error, warn } = console;
  finishChunk.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  console.error = console.warn = () => {};
  try {
    await body();
  } finally {
    finishChunk.load = load;
    Object.assign(console, { error, warn });
  }
}

const alertText = (d: ScreenerDriver) => d.text(d.root.querySelector('[role="alert"]'));

describe('parts fetched when needed', () => {
  it('a part is fetched once, and a failed fetch is tried again next time', async () => {
    let calls = 0;
    const part = lazyChunk(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('code')));
    expect(part.loaded).to.equal(undefined);
    let failure: unknown;
    await part.load().catch((error: unknown) => (failure = error));
    expect((failure as Error).message).to.equal('offline');
    expect(part.loaded).to.equal(undefined);
    expect(await Promise.all([part.load(), part.load()])).to.deep.equal(['code', 'code']);
    expect(part.loaded).to.equal('code');
    expect(calls).to.equal(2);
  });

  // First in this file: the page has not fetched the result's code yet.
  it('fetches the result code in the background once the patient moves past the first screen, not before', async () => {
    const d = await mountScreener();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(finishChunk.loaded, 'fetched before the first screen was left').to.equal(undefined);
    await d.walkTo('phq9-1');
    await waitUntil(() => finishChunk.loaded, 'the result code was never fetched', { timeout: 5000 });
  });

  it('"See my results" without the result code: the review stays, says so, keeps every answer; retry works', async () => {
    const d = await mountScreener();
    await d.walkTo('review');
    const answersShown = d.text(d.root.querySelector('.review-section'));
    await whileOffline(async () => {
      await d.click(ui.nav.seeResults);
      expect(d.stepId).to.equal('review');
      expect(alertText(d)).to.equal(ui.review.resultUnavailable);
      expect(d.text(d.root.querySelector('.review-section'))).to.equal(answersShown);
      expect(d.completes).to.deep.equal([]);
      await expect(d.el).to.be.accessible();
    });
    await d.click(ui.nav.seeResults);
    expect(d.stepId).to.equal('result');
    expect(d.completes).to.have.length(1);
    expect(d.root.querySelector('[role="alert"]')).to.equal(null);
  });

  it('an element moved while its result is being built still shows the result, completing once', async () => {
    const d = await mountScreener();
    await d.walkTo('review');
    const parent = d.el.parentElement!;
    d.button(ui.nav.seeResults)!.click();
    d.el.remove();
    parent.appendChild(d.el);
    await waitUntil(() => d.el.result, 'no result after the move', { timeout: 5000 });
    await d.settle();
    expect(d.stepId).to.equal('result');
    expect(d.completes).to.have.length(1);
  });

  it('print without the summary code: a notice says so, and the panel stays', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await d.choose('asq-5', 'yes');
    await d.click(ui.nav.next);
    expect(d.stepId).to.equal('urgent');
    await whileOffline(async () => {
      // The urgent panel offers Print only (CLINICAL.md §4.3).
      await d.click(ui.nav.print);
      await d.settle();
      expect(d.text(d.root.querySelector('.summary-notice'))).to.equal(ui.summary.unavailable);
    });
    expect(d.crisisPanel).to.exist;
  });
  it('persist="session" without its code: the screen says so with the crisis resources, and does not start without what was stored', async () => {
    const { load } = persistChunk;
    let fetches = 0;
    persistChunk.load = () => {
      fetches++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const { error } = console;
    console.error = () => {};
    try {
      const d = await mountScreener({ persist: 'session' });
      expect(d.errors.at(-1)).to.contain('persist="session" could not be loaded');
      expect(d.root.querySelector('a[href="tel:988"]'), 'crisis line on the error view').to.exist;
      expect(d.root.querySelector('input'), 'no question shown').to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fetches, 'fetched once, not in a loop').to.equal(1);
    } finally {
      persistChunk.load = load;
      console.error = error;
    }
  });
});
