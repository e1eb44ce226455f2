/**
 * A clinic's bank is taken as plain data: copied once with `structuredClone` (so that a getter
 * cannot answer differently on a second read and the host cannot change the bank after it was
 * checked), walked without recursion (a 100,000-deep object must not overflow the stack), and,
 * once valid, frozen. Nothing here throws, whatever the host passes.
 */
import { clip } from './bank-errors.js';

/** Far deeper than any bank (about 8 levels); only a hostile or broken one gets near it. */
const MAX_DEPTH = 100;

export type Copied = { ok: true; value: unknown } | { ok: false; message: string };

const PLAIN_DATA = 'a bank must be plain data: objects, lists, text, numbers and true or false';

/** A copy of `input` that no getter, proxy or later change by the host can reach. */
export function copyOf(input: unknown): Copied {
  let value: unknown;
  try {
    value = structuredClone(input);
  } catch (error) {
    const name = errorName(error);
    const why =
      name === 'RangeError'
        ? 'it is nested too deeply'
        : name === 'DataCloneError'
          ? 'it holds a function, a proxy or another value that is not data'
          : 'reading one of its properties failed (a getter or a proxy threw an error)';
    return { ok: false, message: `The bank could not be read: ${why}; ${PLAIN_DATA}.` };
  }
  const problem = dataProblem(value);
  return problem ? { ok: false, message: `The bank ${problem}; ${PLAIN_DATA}.` } : { ok: true, value };
}

/**
 * The name of what a copy threw, never its text: a getter may throw anything, of any length, and
 * even reading what it threw may throw (a proxy, a `name` getter).
 */
function errorName(error: unknown): string {
  try {
    return error instanceof Error || error instanceof DOMException ? String(error.name) : '';
  } catch {
    return '';
  }
}

const isPlainObject = (value: object) => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const pathText = (path: string) => (path ? ` at ${clip(path, 80)}` : '');

/** The first thing in a copied value that a bank cannot hold (a cycle, deep nesting, a BigInt, a Date…). */
function dataProblem(root: unknown): string | null {
  // Depth-first, by hand: `open` holds the objects on the current path, to find cycles.
  const open = new Set<object>();
  const done = new Set<object>();
  const stack: Array<{ value: unknown; path: string; leave?: object }> = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path, leave } = stack.pop()!;
    if (leave) {
      open.delete(leave);
      done.add(leave);
      continue;
    }
    if (typeof value === 'bigint') return `holds a BigInt${pathText(path)}`;
    if (typeof value !== 'object' || value === null || done.has(value)) continue;
    if (open.has(value)) return `contains itself${pathText(path)} (a cycle)`;
    if (open.size >= MAX_DEPTH) return `is nested more than ${MAX_DEPTH} levels deep${pathText(path)}`;
    const isList = Array.isArray(value);
    if (!isList && !isPlainObject(value)) return `holds a value that is not data${pathText(path)}`;
    open.add(value);
    stack.push({ value: undefined, path, leave: value });
    for (const [key, child] of Object.entries(value))
      stack.push({ value: child, path: isList ? `${path}[${key}]` : path ? `${path}.${clip(key, 30)}` : clip(key, 30) });
  }
  return null;
}

/** Freezes `value` and everything in it (a checked, acyclic copy), without recursion. */
export function deepFreeze<T>(value: T): Readonly<T> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    // One by one: spreading a list of 100,000 items into `push` overflows the call's arguments.
    for (const child of Object.values(item)) stack.push(child);
  }
  return value;
}
