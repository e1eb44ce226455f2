import { expect } from '@open-wc/testing';
import type { ScreenerResult } from '../../src/clinical/types.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { openExample, until, type ExampleFrame } from './frame.js';

/**
 * demo/integrations/forwarding also forwards urgent stops (CLINICAL.md §4.3, invariant 6): when
 * an urgent answer ends the screen, `screener-complete` carries `result.status === 'stopped'`,
 * and the clinic's own script posts it marked urgent. `fetch` is replaced: nothing is sent.
 */

interface Sent {
  url: string;
  init: RequestInit;
}

const STOPPED_LINE = 'Your answers were sent to the clinic, but no one may read them right away. Please use the help shown above now.';

/** asq-1 "Yes" (left with Next: support panel, Continue), then asq-5 "Yes" left with Next: the urgent stop. */
async function stopUrgently(d: ScreenerDriver): Promise<void> {
  await d.walkTo('asq-1');
  await d.choose('asq-1', 'yes');
  await d.click('Next');
  expect(d.crisisPanel, 'the support panel after leaving asq-1').to.exist;
  await d.click('Continue');
  await d.walkTo('asq-5');
  await d.choose('asq-5', 'yes');
  await d.click('Next');
  expect(d.stepId).to.equal('urgent');
}

function expectStopped(body: ScreenerResult, element: ScreenerDriver): void {
  expect(body).to.deep.include({ version: 2, status: 'stopped', pattern: null, options: [], medications: [] });
  expect(body.safety.level).to.equal('urgent');
  expect(body.safety.triggeredBy).to.include.members(['asq-1', 'asq-5']);
  expect(body.answers).to.include({ 'asq-1': 'yes', 'asq-5': 'yes' });
  expect(element.completes.map((c) => c.result.status), 'one screener-complete, stopped').to.deep.equal(['stopped']);
}

const headerOf = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe('integration: an urgent stop reaches the clinic\'s forwarding code (the demo page)', () => {
  let page: ExampleFrame;
  let sent: Sent[];

  beforeEach(async () => {
    page = await openExample('/demo/integrations/forwarding/index.html');
    sent = [];
    page.win.fetch = async (url, init = {}) => {
      sent.push({ url: String(url), init });
      return new Response(null, { status: 204 });
    };
  });

  afterEach(() => page.frame.remove());

  it('posts the stopped result once, marked urgent, and does not tell the patient to wait for the clinic', async () => {
    const d = await page.screener();
    await stopUrgently(d);
    await until(() => sent.length > 0, 'the clinic script to post the stop');
    expect(sent).to.have.length(1);
    expect(sent[0]!.url).to.equal('/api/clinic/screener-results');
    expect(headerOf(sent[0]!.init, 'Screener-Priority')).to.equal('urgent');
    expectStopped(JSON.parse(String(sent[0]!.init.body)), d);
    await until(() => page.win.document.querySelector('#sent')!.textContent === STOPPED_LINE, 'the status line');
    expect(page.problems).to.deep.equal([]);
  });

  it('marks a completed screen without risk answers as routine', async () => {
    const d = await page.screener();
    await d.walkToResult();
    await until(() => sent.length > 0, 'the clinic script to post');
    expect(headerOf(sent[0]!.init, 'Screener-Priority')).to.equal('routine');
    expect(JSON.parse(String(sent[0]!.init.body)).status).to.equal('completed');
  });
});

describe('integration: an urgent stop reaches the clinic\'s forwarding code (the element from source)', () => {
  const realFetch = window.fetch;
  let sent: Sent[];
  let line: HTMLParagraphElement;

  before(async () => {
    // The clinic's script, as the demo page loads it: it listens on `document` for good.
    await import('../../demo/integrations/forwarding/forward-results.js' as string);
  });

  beforeEach(() => {
    sent = [];
    window.fetch = async (url, init = {}) => {
      sent.push({ url: String(url), init });
      return new Response(null, { status: 204 });
    };
    line = Object.assign(document.createElement('p'), { id: 'sent' });
    document.body.append(line);
  });

  afterEach(() => {
    window.fetch = realFetch;
    line.remove();
  });

  it('asq-1 Yes, asq-5 Yes, Next: the stopped result is posted, marked urgent', async () => {
    const d = await mountScreener();
    await stopUrgently(d);
    await until(() => sent.length > 0, 'the clinic script to post the stop');
    expect(sent).to.have.length(1);
    expect(headerOf(sent[0]!.init, 'Screener-Priority')).to.equal('urgent');
    const body = JSON.parse(String(sent[0]!.init.body)) as ScreenerResult;
    expectStopped(body, d);
    expect(body).to.deep.equal(JSON.parse(JSON.stringify(d.completes[0]!.result)));
    await until(() => line.textContent === STOPPED_LINE, 'the status line');
  });
});
