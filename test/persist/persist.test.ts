import { expect } from '@open-wc/testing';
import ui from '../../questions/ui.en.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';
import { KEY, banner, reload, stored, storedEntry, walk, walkToUrgent, watchStorage, type StoredEntry } from './persist-helpers.js';

/** `persist="session"`: resume in the same tab; removed when finished or cleared; else nothing stored. */

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
    const saved = storedEntry();
    expect(saved.stepKey).to.equal('phq9-3');
    expect(saved.answers?.['phq9-2']).to.equal('more-than-half');
    expect(localStorage.length).to.equal(0);

    const again = await reload(d);
    expect(again.heading && again.text(again.heading)).to.equal('How you have been feeling');
    expect(again.stepId).to.equal('phq9-3');
    await again.click('Back');
    expect(again.input('phq9-2', 'more-than-half')!.checked).to.equal(true);
  });

  it('a resumed session keeps its raised safety level, the answer that raised it and the crisis banner', async () => {
    const d = await mountScreener({ persist: 'session' });
    await walk(d, 'asq-2', { 'asq-1': 'yes' });
    const again = await reload(d);
    expect(banner(again)).to.exist;
    expect(storedEntry().safety).to.deep.equal({ level: 'support', triggeredBy: ['asq-1'], raisedBy: { 'asq-1': 'yes' } });
  });

  it('a session stored at the urgent level reopens on the urgent crisis panel', async () => {
    const d = await mountScreener({ persist: 'session' });
    await walk(d, 'asq-5', { 'asq-1': 'yes' });
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
    await d.choose('age', 'under-18');
    expect(stored()).to.not.equal(null);
    await d.click('Start');
    expect(d.stepId).to.equal('stopped');
    expect(stored()).to.equal(null);
  });

  it('"Start over" removes the answers but keeps a raised level stored; only reset() removes it', async () => {
    const d = await mountScreener({ persist: 'session' });
    await walkToUrgent(d);
    expect(storedEntry().safety.level).to.equal('urgent');
    await d.click(ui.nav.startOver);
    const kept = storedEntry();
    expect(kept.safety).to.deep.equal({ level: 'urgent', triggeredBy: ['asq-1', 'asq-5'], raisedBy: { 'asq-1': 'yes', 'asq-5': 'yes' } });
    expect(kept).to.not.have.property('answers');

    // A reload does not lower it either: the session reopens at the urgent level.
    const again = await reload(d);
    expect(again.stepId).to.equal('urgent');
    expect(again.crisisPanel).to.exist;

    again.el.reset();
    await again.settle();
    expect(stored()).to.equal(null);
    const fresh = await reload(again);
    expect(fresh.stepId).to.equal('welcome');
    expect(banner(fresh)).to.equal(null);
  });

  it('"Clear my answers" at the support level: a reload keeps the banner, with no answers', async () => {
    const d = await mountScreener({ persist: 'session' });
    await walk(d, 'asq-2', { 'asq-1': 'yes' });
    await d.click(ui.persist.clear);
    expect(d.stepId).to.equal('welcome');
    expect(storedEntry()).to.not.have.property('answers');
    const again = await reload(d);
    expect(again.stepId).to.equal('welcome');
    expect(banner(again)).to.exist;
    expect(again.input('age', 'adult')!.checked).to.equal(false);
  });

  it('a result removes the answers but keeps a raised level stored', async () => {
    const d = await mountScreener({ persist: 'session' });
    await walk(d, 'review', { 'phq9-9': 'several-days' });
    await d.click(ui.nav.seeResults);
    expect(d.stepId).to.equal('result');
    const kept = storedEntry();
    expect(kept).to.not.have.property('answers');
    expect(kept.safety.level).to.equal('support');
    const again = await reload(d);
    expect(again.stepId).to.equal('welcome');
    expect(banner(again)).to.exist;
  });

  it('reset() removes what was stored', async () => {
    const d = await mountScreener({ persist: 'session' });
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
    expect(d.input('age', 'adult')!.checked).to.equal(false);
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
      const valid = storedEntry();
      d0.el.remove();
      sessionStorage.setItem(KEY, value ?? JSON.stringify({ ...valid, answers: { ...valid.answers, 'phq9-1': 'always' } }));
      let d: ScreenerDriver | undefined;
      const warnings = await captureWarnings(async () => {
        d = await mountScreener({ persist: 'session' });
      });
      expect(warnings.some((w) => w.includes('saved answers were discarded'))).to.equal(true);
      expect(d!.errors).to.deep.equal([]);
      expect(d!.stepId).to.equal('welcome');
      expect(d!.button('Start')).to.exist;
      expect(stored()).to.equal(null);
    });
  }

  /** A stored entry at the support level after a "yes" to asq-1 (the answers as stored). */
  async function storedAtSupport() {
    const d = await mountScreener({ persist: 'session' });
    await walk(d, 'asq-2', { 'asq-1': 'yes' });
    const valid = storedEntry();
    d.el.remove();
    return valid;
  }

  const SUPPORT = { level: 'support', triggeredBy: ['asq-1'], raisedBy: { 'asq-1': 'yes' } };

  for (const [what, change] of [
    ['an answer that does not fit', (v: StoredEntry) => ({ ...v, answers: { ...v.answers, 'phq9-1': 'always' } })],
    ['an unknown question', (v: StoredEntry) => ({ ...v, answers: { ...v.answers, 'no-such-question': 'yes' } })],
    ['another question set', (v: StoredEntry) => ({ ...v, bankVersion: '0.0.1' })],
    ['the older format 1', (v: StoredEntry) => ({ ...v, format: 1, safety: { level: 'support', triggeredBy: ['asq-1'] } })],
    ['answers that are not a record', (v: StoredEntry) => ({ ...v, answers: 'asq-1' })],
  ] as const) {
    it(`stored answers refused for ${what}: the stored safety level is still restored`, async () => {
      const valid = await storedAtSupport();
      sessionStorage.setItem(KEY, JSON.stringify(change(valid)));
      let d: ScreenerDriver | undefined;
      const warnings = await captureWarnings(async () => {
        d = await mountScreener({ persist: 'session' });
      });
      expect(warnings.filter((w) => w.includes('saved answers were discarded'))).to.have.length(1);
      expect(d!.stepId).to.equal('welcome');
      expect(d!.input('age', 'adult')!.checked).to.equal(false);
      expect(banner(d!), 'the level survives').to.exist;
      // The entry keeps the level (and only what still fits): a second reload keeps it too.
      const kept = storedEntry();
      expect(kept).to.not.have.property('answers');
      expect(kept.safety.level).to.equal('support');
      const again = await reload(d!);
      expect(banner(again)).to.exist;
    });
  }

  it('a stored urgent level is restored even when its answers are refused', async () => {
    const d0 = await mountScreener({ persist: 'session' });
    await walkToUrgent(d0);
    const valid = storedEntry();
    d0.el.remove();
    sessionStorage.setItem(KEY, JSON.stringify({ ...valid, answers: { ...valid.answers, 'asq-5': 'maybe' } }));
    let d: ScreenerDriver | undefined;
    const warnings = await captureWarnings(async () => {
      d = await mountScreener({ persist: 'session' });
    });
    expect(warnings.some((w) => w.includes('saved answers were discarded'))).to.equal(true);
    expect(d!.stepId).to.equal('urgent');
    expect(storedEntry().safety).to.deep.equal(valid.safety);
  });

  it('the raising answers are stored with the level', async () => {
    await storedAtSupport();
    expect(storedEntry().safety).to.deep.equal(SUPPORT);
  });

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
    await b.walkTo('phq9-1');
    expect(storedEntry(`${KEY}#first`).stepKey).to.equal('phq9-3');
    expect(storedEntry(`${KEY}#second`).stepKey).to.equal('phq9-1');
    const again = await reload(b, { persist: 'session', id: 'second' });
    expect(again.stepId).to.equal('phq9-1');
  });
});
