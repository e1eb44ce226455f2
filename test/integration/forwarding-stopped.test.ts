import { expect } from '@open-wc/testing';
import { mountScreener } from '../helpers/element-driver.js';
import { until } from '../helpers/frames.js';
import { bodyOf, expectStopped, headerOf, recordingFetch, STOPPED_LINE, stopUrgently, type Sent } from './urgent-stop.js';

/**
 * The clinic's forwarding script (demo/integrations/forwarding) on the element built from source:
 * an urgent stop reaches it (the demo page's own tests are in forwarding.test.ts).
 */

describe('integration: an urgent stop reaches the clinic\'s forwarding code (the element from source)', () => {
  const realFetch = window.fetch;
  let sent: Sent[];
  let line: HTMLParagraphElement;

  before(async () => {
    // The clinic's script, as the demo page loads it: it listens on `document` for good.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- `as string` keeps tsc from resolving this untyped script
    await import('../../demo/integrations/forwarding/forward-results.js' as string);
  });

  beforeEach(() => {
    sent = [];
    window.fetch = recordingFetch(sent);
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
    expect(headerOf(sent[0].init, 'Screener-Priority')).to.equal('urgent');
    const body = bodyOf(sent[0]);
    expectStopped(body, d);
    expect(body).to.deep.equal(JSON.parse(JSON.stringify(d.completes[0].result)));
    await until(() => line.textContent === STOPPED_LINE, 'the status line');
  });
});
