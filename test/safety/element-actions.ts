/**
 * What test/safety/element.fuzz.test.ts does to a `<trd-screener>`: the patient's actions in its
 * shadow DOM, and the host page's and the network's (attributes, `bank`, `reset()`, removal, a
 * reload, a chunk that fails to load), each as a value a counterexample can print.
 */
import type { BankKind, Mutation } from './element-bank.js';
import type { Chunk } from './element-chunks.js';

export type AttrName = 'lang' | 'region' | 'show-options' | 'persist' | 'clinic-name';

export type Action =
  | { k: 'choose'; q: number; o: number }
  | { k: 'fill' }
  | { k: 'next' }
  | { k: 'back' }
  | { k: 'continue' }
  | { k: 'startOver' }
  | { k: 'advance'; n: number }
  | { k: 'finish' }
  | { k: 'attr'; name: AttrName; value: string | null }
  | { k: 'bank'; kind: BankKind }
  | { k: 'mutateBank'; how: Mutation }
  | { k: 'reset' }
  | { k: 'readd' }
  | { k: 'reload' }
  | { k: 'failChunk'; which: Chunk };

export function describeAction(a: Action): string {
  switch (a.k) {
    case 'choose':
      return `choose(q${a.q},o${a.o})`;
    case 'advance':
      return `advance(${a.n})`;
    case 'attr':
      return a.value === null ? `remove ${a.name}` : `${a.name}=${JSON.stringify(a.value)}`;
    case 'bank':
      return `bank:${a.kind}`;
    case 'mutateBank':
      return `mutate accepted bank:${a.how}`;
    case 'failChunk':
      return `fail next ${a.which} chunk`;
    default:
      return a.k;
  }
}
