import { lazyPart } from '../lazy-part.js';

/** The end-of-screen code (see `finish.ts`), fetched when first needed or when the page is idle. */
export const finishPart = lazyPart(() => import('./finish.js'));

/**
 * Fetches the end-of-screen code once the page is idle, so that the result shows at once and a
 * page that hosts the embed without its `chunks/` folder is noticed by whoever sets it up.
 */
export function preloadFinish(): void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() =>
    finishPart.load().catch((error: unknown) =>
      console.warn('<trd-screener>: the code for the result could not be loaded; host the chunks/ folder beside trd-screener.js.', error),
    ),
  );
}
