/**
 * A lazy part of `<trd-screener>` whose next load fails, as over a dropped connection, for
 * test/safety/element.fuzz.test.ts.
 */
import { bankCheckChunk } from '../../src/bank/bank-check-chunk.js';
import { finishChunk } from '../../src/finish/finish-chunk.js';

export type Chunk = 'finish' | 'bankCheck';

const dropped = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module (fuzz)'));

/** Makes the next load of `which` fail (once); returns what puts the part back if it never loads. */
export function failNextLoad(which: Chunk): () => void {
  if (which === 'finish') {
    const { load } = finishChunk;
    const undo = () => {
      finishChunk.load = load;
    };
    finishChunk.load = () => {
      undo();
      return dropped();
    };
    return undo;
  }
  const part = bankCheckChunk as { load: () => Promise<unknown>; readonly loaded: unknown };
  const { load } = part;
  const loaded = Object.getOwnPropertyDescriptor(part, 'loaded')!;
  const undo = () => {
    part.load = load;
    Object.defineProperty(part, 'loaded', loaded);
  };
  // The part looks not yet loaded, and loading it fails once.
  Object.defineProperty(part, 'loaded', { get: () => undefined, configurable: true });
  part.load = () => {
    undo();
    return dropped();
  };
  return undo;
}
