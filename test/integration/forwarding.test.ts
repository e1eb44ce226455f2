import { expect } from '@open-wc/testing';
import { until } from '../helpers/frames.js';
import { openExample, type ExampleFrame } from './frame.js';
import { bodyOf, expectStopped, headerOf, recordingFetch, STOPPED_LINE, stopUrgently, type Sent } from './urgent-stop.js';

/**
 * demo/integrations/forwarding: the clinic's own script forwards `screener-complete` to the
 * clinic's endpoint. The test replaces the page's `fetch`, so nothing is sent anywhere.
 */


describe('integration: forwarding results to the clinic (the clinic\'s own code)', () => {
  let page: ExampleFrame;
  let sent: Sent[];

  beforeEach(async () => {
    page = await openExample('/demo/integrations/forwarding/index.html');
    sent = [];
    page.win.fetch = recordingFetch(sent);
  });

  afterEach(() => page.frame.remove());

  it('the welcome says that the answers are sent (privacy-note), never that nothing is sent', async () => {
    const d = await page.screener();
    expect(d.text(d.root.querySelector('.privacy'))).to.contain('this page sends your answers to Cedar Grove Clinic');
    expect(d.text()).not.to.contain('does not send your answers');
  });

  it('nothing is sent while answering; the result is posted once it is shown', async () => {
    const d = await page.screener();
    await d.walkTo('review');
    expect(sent, 'nothing before the result').to.deep.equal([]);
    await d.click('See my results');
    await until(() => sent.length > 0, 'the clinic script to post');
    expect(sent).to.have.length(1);
    expect(sent[0].url).to.equal('/api/clinic/screener-results');
    expect(sent[0].init.method).to.equal('POST');
    expect(bodyOf(sent[0])).to.deep.equal(JSON.parse(JSON.stringify(d.el.result)));
    await until(() => page.win.document.querySelector('#sent')!.textContent === 'Your results were sent to the clinic.', 'the status line');
    expect(page.problems).to.deep.equal([]);
  });

  it('the page says so when sending fails', async () => {
    page.win.fetch = () => Promise.reject(new TypeError('offline'));
    const d = await page.screener();
    await d.walkToResult();
    await until(() => page.win.document.querySelector('#sent')!.textContent.startsWith('Sending failed'), 'the failure line');
  });

  it('posts the stopped result once, marked urgent, and does not tell the patient to wait for the clinic', async () => {
    const d = await page.screener();
    await stopUrgently(d);
    await until(() => sent.length > 0, 'the clinic script to post the stop');
    expect(sent).to.have.length(1);
    expect(sent[0].url).to.equal('/api/clinic/screener-results');
    expect(headerOf(sent[0].init, 'Screener-Priority')).to.equal('urgent');
    expectStopped(bodyOf(sent[0]), d);
    await until(() => page.win.document.querySelector('#sent')!.textContent === STOPPED_LINE, 'the status line');
    expect(page.problems).to.deep.equal([]);
  });

  it('marks a completed screen without risk answers as routine', async () => {
    const d = await page.screener();
    await d.walkToResult();
    await until(() => sent.length > 0, 'the clinic script to post');
    expect(headerOf(sent[0].init, 'Screener-Priority')).to.equal('routine');
    expect(bodyOf(sent[0]).status).to.equal('completed');
  });
});
