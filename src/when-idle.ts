/**
 * Runs `run` when the page is next idle: after the frame that is pending, so work that can wait
 * never delays what the patient is about to see. `timeout` (ms) bounds the wait on a busy page.
 * Safari has no `requestIdleCallback`; a short timer stands in.
 */
export function whenIdle(run: () => void, timeout?: number): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, timeout === undefined ? undefined : { timeout });
  else setTimeout(run, 200);
}
