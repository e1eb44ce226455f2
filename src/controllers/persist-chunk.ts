import { lazyChunk } from '../lazy-chunk.js';

/** The code behind `persist="session"`: its own chunk, fetched only by pages that opt in. */
export const persistChunk = lazyChunk(() => import('./persist-controller.js'));
