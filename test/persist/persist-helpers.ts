/** What the persist tests share: the storage key, a reload, walks that go past the panels. */
import { expect } from '@open-wc/testing';
import ui from '../../questions/ui.en.js';
import type { Answers } from '../../src/bank/types.js';
import type { StoredSession } from '../../src/persist/stored-session.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

export const KEY = 'trd-screener';

/** Counts every call to the Web Storage API (sessionStorage and localStorage alike). */
export function watchStorage() {
  const calls: string[] = [];
  const proto = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    originals.set(method, proto[method]);
    proto[method] = function (this: Storage, ...args: unknown[]) {
      calls.push(method);
      return originals.get(method)!.apply(this, args);
    };
  }
  return { calls, restore: () => originals.forEach((fn, method) => (proto[method] = fn)) };
}


/** Takes the widget away and puts a new one in its place, as a reload of the page does. */
export async function reload(d: ScreenerDriver, attributes: Record<string, string> = { persist: 'session' }) {
  d.el.remove();
  return mountScreener(attributes);
}

export const stored = () => sessionStorage.getItem(KEY);

/** A stored entry as written: the session with its format and question-set version. */
export type StoredEntry = StoredSession & { format: number; bankVersion: string };

/** The entry stored under `key`, read as written (a missing one fails the test). */
export function storedEntry(key = KEY): StoredEntry {
  const raw = sessionStorage.getItem(key);
  if (raw === null) throw new Error(`nothing stored under "${key}"`);
  return JSON.parse(raw) as StoredEntry;
}

/**
 * Answers and presses Next until `stepId` shows, going on past a support panel (a risk answer
 * shows it when its step is left).
 */
export async function walk(d: ScreenerDriver, stepId: string, overrides: Answers = {}): Promise<void> {
  for (let i = 0; i < 200 && d.stepId !== stepId; i++) {
    if (d.crisisPanel && d.button(ui.nav.continue)) await d.click(ui.nav.continue);
    else {
      await d.answerStep(overrides);
      const forward = d.forward;
      if (d.crisisPanel || !forward) continue;
      await d.click(forward);
    }
  }
  if (d.stepId !== stepId) throw new Error(`never reached "${stepId}" (on "${d.stepId}")`);
}

/** Chooses asq-5 "yes" after a "yes" to asq-1 and leaves the step: the screen stops at urgent. */
export async function walkToUrgent(d: ScreenerDriver): Promise<void> {
  await walk(d, 'asq-5', { 'asq-1': 'yes' });
  await d.choose('asq-5', 'yes');
  await d.click(ui.nav.next);
  expect(d.stepId).to.equal('urgent');
}

export const banner = (d: ScreenerDriver) => d.root.querySelector('[part="crisis-banner"]');
