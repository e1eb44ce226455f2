import { expect } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../../src/bank/answers.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';
import { KEY, reload, stored, storedEntry, watchStorage } from './persist-helpers.js';

/** `persist="session"` with several widgets, changing ids, and long typed text. */
describe('persist="session": keys and limits', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());
  describe('two persisted widgets on one key', () => {
    const shared = (warnings: string[]) => warnings.filter((w) => w.includes('persisted widgets share the key'));

    it('warns once when two id-less persisted widgets share the storage key', async () => {
      const warnings = await captureWarnings(async () => {
        const a = await mountScreener({ persist: 'session' });
        const b = await mountScreener({ persist: 'session' });
        await a.walkTo('phq9-2');
        await b.walkTo('phq9-2');
      });
      expect(shared(warnings)).to.have.length(1);
      expect(shared(warnings)[0]).to.contain('"trd-screener"');
    });

    it('warns when a second widget takes the same id, or turns persist on with it', async () => {
      const warnings = await captureWarnings(async () => {
        await mountScreener({ persist: 'session', id: 'intake' });
        const late = await mountScreener({ id: 'intake' });
        late.el.setAttribute('persist', 'session');
        await late.settle();
      });
      expect(shared(warnings)).to.have.length(1);
      expect(shared(warnings)[0]).to.contain('"trd-screener#intake"');
    });

    it('does not warn for distinct ids, for a widget without persist, or after the other was removed', async () => {
      const warnings = await captureWarnings(async () => {
        await mountScreener({ persist: 'session', id: 'first' });
        await mountScreener({ persist: 'session', id: 'second' });
        await mountScreener({ id: 'first' });
        const d = await mountScreener({ persist: 'session' });
        await reload(d);
      });
      expect(shared(warnings)).to.deep.equal([]);
    });
  });

  describe('when the element\'s id changes', () => {
    const settleId = async (d: ScreenerDriver) => {
      await new Promise((resolve) => setTimeout(resolve)); // the id is observed in a microtask
      await d.settle();
    };

    it('the stored entry moves to the new key, and the session resumes under it', async () => {
      const d = await mountScreener({ persist: 'session', id: 'before' });
      await d.walkTo('phq9-3');
      d.el.id = 'after';
      await settleId(d);
      expect(sessionStorage.getItem(`${KEY}#before`)).to.equal(null);
      expect(storedEntry(`${KEY}#after`).stepKey).to.equal('phq9-3');
      await d.walkTo('phq9-4');
      expect(sessionStorage.getItem(`${KEY}#before`)).to.equal(null);
      expect(storedEntry(`${KEY}#after`).stepKey).to.equal('phq9-4');
      const again = await reload(d, { persist: 'session', id: 'after' });
      expect(again.stepId).to.equal('phq9-4');
    });

    it('removing the id moves it to the id-less key; a removed widget no longer follows its id', async () => {
      const d = await mountScreener({ persist: 'session', id: 'named' });
      await d.walkTo('phq9-2');
      d.el.removeAttribute('id');
      await settleId(d);
      expect(sessionStorage.getItem(`${KEY}#named`)).to.equal(null);
      expect(storedEntry().stepKey).to.equal('phq9-2');
      d.el.remove();
      d.el.id = 'gone';
      await new Promise((resolve) => setTimeout(resolve));
      expect(sessionStorage.getItem(`${KEY}#gone`)).to.equal(null);
      expect(stored()).to.not.equal(null);
    });

    it('a new widget given an id before it connects leaves the id-less entry alone', async () => {
      const d = await mountScreener({ persist: 'session' });
      await d.walkTo('phq9-3');
      d.el.remove();
      const other = await mountScreener({ persist: 'session', id: 'fresh' });
      expect(other.stepId).to.equal('welcome');
      expect(storedEntry().stepKey).to.equal('phq9-3');
      expect(sessionStorage.getItem(`${KEY}#fresh`)).to.equal(null);
    });

    it('without persist, an id change touches no storage', async () => {
      const d = await mountScreener({ id: 'plain' });
      const watch = watchStorage();
      try {
        d.el.id = 'other';
        await settleId(d);
      } finally {
        watch.restore();
      }
      expect(watch.calls).to.deep.equal([]);
    });
  });

  describe('typed text has a length limit', () => {
    it(`the text field takes at most ${MAX_TEXT_LENGTH} characters`, async () => {
      const d = await mountScreener({ persist: 'session' });
      await d.walkTo('meds', { 'meds-tried': ['other'] });
      await d.answer('meds-tried', ['other']);
      expect(d.input('meds-other-name')!.maxLength).to.equal(MAX_TEXT_LENGTH);
    });

    it('a stored medicine name longer than that (1 MB) is never restored', async () => {
      const d0 = await mountScreener({ persist: 'session' });
      await d0.walkTo('meds');
      const valid = storedEntry();
      d0.el.remove();
      const answers = { ...valid.answers, 'meds-tried': ['other'], 'meds-other-name': 'x'.repeat(1_000_000) };
      sessionStorage.setItem(KEY, JSON.stringify({ ...valid, answers }));
      let d: ScreenerDriver | undefined;
      const warnings = await captureWarnings(async () => {
        d = await mountScreener({ persist: 'session' });
      });
      expect(warnings.some((w) => w.includes('saved answers were discarded'))).to.equal(true);
      expect(d!.stepId).to.equal('welcome');
      expect(stored()).to.equal(null);
    });
  });

});
