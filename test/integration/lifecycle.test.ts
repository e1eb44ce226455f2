import { expect } from '@open-wc/testing';
import type { TrdScreener } from '../../src/trd-screener.component.js';
import { mountScreener } from '../helpers/element-driver.js';

/** Several widgets on a page, moving one, and taking one away for good. */

/** Records listeners added to and removed from the window and document, and intervals set. */
function watchGlobals() {
  const listeners = new Map<string, number>();
  const intervals = new Set<number>();
  const restore: Array<() => void> = [];
  for (const target of [window, document] as EventTarget[]) {
    const { addEventListener: add, removeEventListener: remove } = target;
    target.addEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    target.removeEventListener = function (type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    };
    restore.push(() => Object.assign(target, { addEventListener: add, removeEventListener: remove }));
  }
  const { setInterval: set, clearInterval: clear } = window;
  window.setInterval = ((...args: Parameters<typeof set>) => {
    const id = set(...args);
    intervals.add(id);
    return id;
  }) as typeof set;
  window.clearInterval = ((id?: number) => {
    intervals.delete(id!);
    clear(id);
  }) as typeof clear;
  restore.push(() => Object.assign(window, { setInterval: set, clearInterval: clear }));
  return {
    /** Listener types still added on the window or document, and intervals still running. */
    leftOver: () => ({ listeners: [...listeners].filter(([, n]) => n > 0).map(([type]) => type), intervals: intervals.size }),
    restore: () => restore.forEach((fn) => fn()),
  };
}

/** The actor behind the element (private; read here only to prove it was stopped). */
const actorOf = (el: TrdScreener) => (el as unknown as { session: { actor: { snapshot?: { status: string } } } }).session.actor;

describe('integration: several widgets and their lifecycle', () => {
  it('widgets on one page are independent: answers, steps and events', async () => {
    const a = await mountScreener({ 'clinic-name': 'A' });
    const b = await mountScreener({ 'clinic-name': 'B', region: 'GB' });
    await a.walkTo('asq-2', { 'asq-1': 'yes' });
    expect(a.crises).to.have.length(1);
    expect(b.crises, 'no crisis event on the other widget').to.deep.equal([]);
    expect(b.stepId).to.equal('welcome');
    expect(b.root.querySelector('[part="crisis-banner"]')).to.equal(null);
    expect(b.input('age', 'adult')!.checked).to.equal(false);
    await b.walkTo('phq9-1');
    expect(a.stepId).to.equal('asq-2');
    expect(b.root.querySelector('a[href="tel:999"]'), 'its own region').to.exist;
  });

  it('removing the element and adding it back keeps its state and keeps it working', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-3');
    const parent = d.el.parentElement!;
    d.el.remove();
    await new Promise((r) => setTimeout(r, 20));
    parent.append(d.el);
    await d.settle();
    expect(d.text(d.heading)).to.equal('How you have been feeling');
    await d.walkTo('phq9-5');
    await d.click('Back');
    await d.click('Back');
    expect(d.input('phq9-3', 'not-at-all')!.checked).to.equal(true);
  });

  it('removed for good, it stops its actor and leaves no listener or interval behind', async () => {
    const globals = watchGlobals();
    try {
      const d = await mountScreener({ persist: 'session' });
      await d.walkTo('asq-2', { 'asq-1': 'yes' });
      expect(actorOf(d.el).snapshot?.status).to.equal('active');
      const events = d.steps.length + d.crises.length;
      d.el.remove();
      await new Promise((r) => setTimeout(r, 50));
      expect(actorOf(d.el).snapshot, 'the actor is stopped and dropped').to.equal(undefined);
      expect(globals.leftOver()).to.deep.equal({ listeners: [], intervals: 0 });
      expect(d.steps.length + d.crises.length, 'no event after removal').to.equal(events);
    } finally {
      globals.restore();
      sessionStorage.clear();
    }
  });
});
