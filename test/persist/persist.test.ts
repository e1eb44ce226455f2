import { expect } from '@open-wc/testing';
import ui from '../../questions/ui.en.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/** `persist="session"`: resume in the same tab; removed when finished or cleared; else nothing stored. */

const KEY = 'trd-screener';

/** Counts every call to the Web Storage API (sessionStorage and localStorage alike). */
function watchStorage() {
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

async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Takes the widget away and puts a new one in its place, as a reload of the page does. */
async function reload(d: ScreenerDriver, attributes: Record<string, string> = { persist: 'session' }) {
  d.el.remove();
  return mountScreener(attributes);
}

const stored = () => sessionStorage.getItem(KEY);

describe('persist="session"', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('without the attribute, nothing touches any storage, through to the result', async () => {
    const watch = watchStorage();
    try {
      const d = await mountScreener();
      await d.walkToResult();
      await d.click(ui.nav.startOver);
      d.el.reset();
      await d.settle();
    } finally {
      watch.restore();
    }
    expect(watch.calls).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('answers, step and safety level survive a reload in the same tab', async () => {
    const d = await mountScreener({ persist: 'session' });
    expect(stored(), 'nothing to keep before the first answer').to.equal(null);
    await d.walkTo('phq9-3', { 'phq9-2': 'more-than-half' });
    const saved = JSON.parse(stored()!);
    expect(saved.stepKey).to.equal('phq9-3');
    expect(saved.answers['phq9-2']).to.equal('more-than-half');
    expect(localStorage.length).to.equal(0);

    const again = await reload(d);
    expect(again.heading && again.text(again.heading)).to.equal('How you have been feeling');
    expect(again.stepId).to.equal('phq9-3');
    await again.click('Back');
    expect(again.input('phq9-2', 'more-than-half')!.checked).to.equal(true);
  });

  it('a resumed session keeps its raised safety level and the crisis banner', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('asq-2', { 'asq-1': 'yes' });
    const again = await reload(d);
    expect(again.root.querySelector('[part="crisis-banner"]')).to.exist;
    expect(JSON.parse(stored()!).safety).to.deep.equal({ level: 'support', triggeredBy: ['asq-1'] });
  });

  it('a session stored at the urgent level reopens on the urgent crisis panel', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await d.choose('asq-5', 'yes');
    const again = await reload(d);
    expect(again.crisisPanel).to.exist;
    expect(again.stepId).to.equal('urgent');
    expect(again.button('Next')).to.equal(undefined);
  });

  it('a full or blocked storage warns once and the screen goes on', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      let d: ScreenerDriver | undefined;
      const warnings = await captureWarnings(async () => {
        d = await mountScreener({ persist: 'session' });
        await d.walkTo('phq9-3');
      });
      expect(warnings.filter((w) => w.includes('could not be saved'))).to.have.length(1);
      expect(d!.stepId).to.equal('phq9-3');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('is removed once the result is shown', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('review');
    expect(stored()).to.not.equal(null);
    await d.click(ui.nav.seeResults);
    expect(stored()).to.equal(null);
  });

  it('is removed when the screen ends early (under 18)', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('age');
    await d.choose('age', 'under-18');
    expect(stored()).to.not.equal(null);
    await d.click('Next');
    expect(d.stepId).to.equal('stopped');
    expect(stored()).to.equal(null);
  });

  it('is removed by "Start over" and by reset()', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await d.choose('asq-5', 'yes');
    expect(JSON.parse(stored()!).safety.level).to.equal('urgent');
    await d.click(ui.nav.startOver);
    expect(stored()).to.equal(null);

    await d.walkTo('phq9-2');
    expect(stored()).to.not.equal(null);
    d.el.reset();
    await d.settle();
    expect(stored()).to.equal(null);
  });

  it('shows a "Clear my answers" button once something is answered; it removes them', async () => {
    const d = await mountScreener({ persist: 'session' });
    expect(d.button(ui.persist.clear)).to.equal(undefined);
    await d.walkTo('phq9-2');
    expect(d.text(d.root.querySelector('.saved-note'))).to.contain(ui.persist.saved);
    await expect(d.el).to.be.accessible();
    await d.click(ui.persist.clear);
    expect(stored()).to.equal(null);
    expect(d.stepId).to.equal('welcome');
    expect(d.input('consent', 'agree')!.checked).to.equal(false);
    expect(d.root.activeElement).to.equal(d.heading);
    expect(d.button(ui.persist.clear)).to.equal(undefined);
  });

  it('the button shows on the review too, and never without the attribute', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('review');
    expect(d.button(ui.persist.clear)).to.exist;
    const plain = await mountScreener();
    await plain.walkTo('phq9-2');
    expect(plain.button(ui.persist.clear)).to.equal(undefined);
    expect(plain.root.querySelector('.saved-note')).to.equal(null);
  });

  for (const [what, value] of [
    ['corrupt', '{"format":1,"answers":'],
    ['old', JSON.stringify({ format: 1, bankVersion: '0.0.1', answers: {}, stepKey: 'welcome', safety: { level: 'none', triggeredBy: [] } })],
    ['edited', null],
  ] as const) {
    it(`a ${what} stored state is discarded with a warning; the screen starts fresh`, async () => {
      const d0 = await mountScreener({ persist: 'session' });
      await d0.walkTo('phq9-2');
      const valid = JSON.parse(stored()!);
      d0.el.remove();
      sessionStorage.setItem(KEY, value ?? JSON.stringify({ ...valid, answers: { ...valid.answers, 'phq9-1': 'always' } }));
      let d: ScreenerDriver | undefined;
      const warnings = await captureWarnings(async () => {
        d = await mountScreener({ persist: 'session' });
      });
      expect(warnings.some((w) => w.includes('saved answers were discarded'))).to.equal(true);
      expect(d!.errors).to.deep.equal([]);
      expect(d!.stepId).to.equal('welcome');
      expect(d!.button('Next')).to.exist;
      expect(stored()).to.equal(null);
    });
  }

  it('removing the attribute takes away what was stored', async () => {
    const d = await mountScreener({ persist: 'session' });
    await d.walkTo('phq9-2');
    d.el.removeAttribute('persist');
    await d.settle();
    expect(stored()).to.equal(null);
    await d.walkTo('phq9-4');
    expect(sessionStorage.length).to.equal(0);
  });

  it('several persisted widgets with ids keep separate entries', async () => {
    const a = await mountScreener({ persist: 'session', id: 'first' });
    const b = await mountScreener({ persist: 'session', id: 'second' });
    await a.walkTo('phq9-3');
    await b.walkTo('age');
    expect(JSON.parse(sessionStorage.getItem(`${KEY}#first`)!).stepKey).to.equal('phq9-3');
    expect(JSON.parse(sessionStorage.getItem(`${KEY}#second`)!).stepKey).to.equal('age');
    const again = await reload(b, { persist: 'session', id: 'second' });
    expect(again.stepId).to.equal('age');
  });
});
