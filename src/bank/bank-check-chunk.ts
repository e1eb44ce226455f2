import { lazyChunk } from '../lazy-chunk.js';

/**
 * The check of a clinic's own bank (see `validate.ts`): its own chunk, fetched only when a page
 * gives the element a `bank`. The built-in bank is checked by the test suite instead.
 */
export const bankCheckChunk = lazyChunk(() => import('./validate.js'));
