import { fromPromise } from 'xstate';
import type { ScoringInput } from '../clinical/result.js';
import type { ScreenerResult } from '../clinical/types.js';
import { lazyChunk } from '../lazy-chunk.js';
import { screenerMachine } from '../machine/screener.machine.js';
import { whenIdle } from '../when-idle.js';

/** The end-of-screen code (see `finish.ts`), fetched when first needed or in the background. */
export const finishChunk = lazyChunk(() => import('./finish.js'));

/** The machine as the element runs it: the result is built by the end-of-screen code, fetched at "See my results". */
export const shippedScreenerMachine = screenerMachine.provide({
  actors: {
    scoreAnswers: fromPromise<ScreenerResult, ScoringInput>(async ({ input }) => (await finishChunk.load()).buildResult(input)),
  },
});

let preloading = false;

/**
 * Fetches the end-of-screen code in the background (once; when the page is next idle), so that
 * the result shows at once and a page that hosts the embed without its `chunks/` folder is
 * noticed by whoever sets it up. A failure is left for "See my results" to try again.
 */
export function preloadFinish(): void {
  if (preloading) return;
  preloading = true;
  whenIdle(() => {
    finishChunk.load().catch((error: unknown) =>
      console.warn('<trd-screener>: the code for the result could not be loaded; host the chunks/ folder beside trd-screener.js.', error),
    );
  });
}
