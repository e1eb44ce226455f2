/**
 * An urgent stop as the forwarding tests drive it (CLINICAL.md §4.3, invariant 6): when an urgent
 * answer ends the screen, `screener-complete` carries `result.status === 'stopped'`, and the
 * clinic's own script (demo/integrations/forwarding) posts it marked urgent.
 */
import { expect } from '@open-wc/testing';
import type { ScreenerResult } from '../../src/clinical/types.js';
import type { ScreenerDriver } from '../helpers/element-driver.js';

export interface Sent {
  url: string;
  init: RequestInit;
}

export const STOPPED_LINE = 'Your answers were sent to the clinic, but no one may read them right away. Please use the help shown above now.';

/** asq-1 "Yes" (left with Next: support panel, Continue), then asq-5 "Yes" left with Next: the urgent stop. */
export async function stopUrgently(d: ScreenerDriver): Promise<void> {
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

export function expectStopped(body: ScreenerResult, element: ScreenerDriver): void {
  expect(body).to.deep.include({ version: 2, status: 'stopped', pattern: null, options: [], medications: [] });
  expect(body.safety.level).to.equal('urgent');
  expect(body.safety.triggeredBy).to.include.members(['asq-1', 'asq-5']);
  expect(body.answers).to.include({ 'asq-1': 'yes', 'asq-5': 'yes' });
  expect(element.completes.map((c) => c.result.status), 'one screener-complete, stopped').to.deep.equal(['stopped']);
}

export const headerOf = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

/** A stand-in for `fetch` that records each request in `sent` and answers 204, sending nothing. */
export function recordingFetch(sent: Sent[]): typeof fetch {
  return (url, init = {}) => {
    sent.push({ url: typeof url === 'object' && 'url' in url ? url.url : String(url), init });
    return Promise.resolve(new Response(null, { status: 204 }));
  };
}

/** The posted body: the result as JSON text. */
export function bodyOf({ init }: Sent): ScreenerResult {
  if (typeof init.body !== 'string') throw new Error('the clinic script posts the result as JSON text');
  return JSON.parse(init.body) as ScreenerResult;
}
