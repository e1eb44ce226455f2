/**
 * What a host page may change while a patient is mid-screen: `show-options` and `lang` re-word
 * the screen in place (never a restart), an unknown option id is named in a warning, and a bank
 * that turns out invalid, then valid again, never lowers the session's level.
 */
import { expect } from '@open-wc/testing';
import { MEDICINE_ANSWERS } from '../helpers/journeys.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import bank from '../../questions/bank.en.js';
import type { QuestionBank } from '../../src/bank/types.js';
import { captureWarnings } from '../helpers/warnings.js';


const optionCards = (d: ScreenerDriver) => d.root.querySelectorAll('[data-option]').length;
const banner = (d: ScreenerDriver) => d.root.querySelector('[part="crisis-banner"]');

describe('host page changes mid-screen', () => {
  // Several tests give invalid banks on purpose: the element's console.error for each is expected
  // (what it reports is checked through the error view and `screener-error`).
  const { error } = console;
  beforeEach(() => (console.error = () => {}));
  afterEach(() => (console.error = error));

  it('show-options on the result re-words it in place: same result, fewer options, no restart', async () => {
    const d = await mountScreener();
    await d.walkToResult(MEDICINE_ANSWERS);
    const completes = d.completes.length;
    expect(optionCards(d)).to.be.greaterThan(1);
    d.el.setAttribute('show-options', 'tms');
    await d.settle();
    await d.settle();
    expect(d.stepId).to.equal('result');
    expect(optionCards(d)).to.equal(1);
    expect(d.completes.length, 'no second screener-complete').to.equal(completes);
  });

  it('show-options on a step keeps the step and its answers', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-3');
    d.el.setAttribute('show-options', 'tms ect');
    await d.settle();
    expect(d.stepId).to.equal('phq9-3');
    await d.click('Back');
    expect(d.isAnswered('phq9-2')).to.equal(true);
  });

  it('warns about show-options ids it does not know, naming them', async () => {
    const warnings = await captureWarnings(async () => {
      const d = await mountScreener({ 'show-options': 'tms spravato' });
      d.el.setAttribute('show-options', 'tms ect');
      await d.settle();
    });
    expect(warnings.filter((w) => w.includes('show-options'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('show-options'))).to.contain('spravato');
  });

  it('an invalid bank, then a valid one, keep the level and its banner; only reset() clears it', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-2', { 'asq-1': 'yes' });
    expect(banner(d)).to.not.equal(null);
    d.el.bank = { version: 'broken' } as unknown as QuestionBank;
    await d.settle();
    await d.settle();
    expect(d.errors).to.have.length(1);
    expect(banner(d), 'the error view keeps the banner').to.not.equal(null);
    expect(d.root.querySelector('a[href^="tel:"]')).to.not.equal(null);
    d.el.bank = structuredClone(bank);
    await d.settle();
    await d.settle();
    expect(d.stepId).to.equal('welcome');
    expect(banner(d), 'a new bank keeps the level').to.not.equal(null);
    d.el.reset();
    await d.settle();
    expect(banner(d)).to.equal(null);
  });

  it('a hostile bank (cycle, BigInt id, throwing getter) shows the error view with crisis resources; removal does not throw', async () => {
    const cyclic = structuredClone(bank) as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    const bigint = structuredClone(bank) as unknown as { sections: Array<{ id: unknown }> };
    bigint.sections[0].id = 10n;
    const throwing = Object.defineProperty({ ...bank }, 'sections', {
      get() {
        throw new Error('no sections for you');
      },
    });
    for (const hostile of [cyclic, bigint, throwing]) {
      const d = await mountScreener();
      d.el.bank = hostile as unknown as QuestionBank;
      await d.settle();
      await d.settle();
      expect(d.errors, 'screener-error').to.have.length(1);
      expect(d.errors[0].length, 'a short message').to.be.below(1200);
      expect(d.root.querySelector('a[href^="tel:"]'), 'crisis resources').to.not.equal(null);
      expect(() => d.el.remove()).to.not.throw();
      expect(() => d.el.reset()).to.not.throw();
    }
  });

  it('persist turned on while an invalid bank shows the error view still stores the level for a reload', async () => {
    sessionStorage.clear();
    const d = await mountScreener({ id: 'error-view-level' });
    await d.walkTo('asq-2', { 'asq-1': 'yes' });
    d.el.bank = {} as unknown as QuestionBank;
    await d.settle();
    await d.settle();
    d.el.setAttribute('persist', 'session');
    await d.settle();
    d.el.remove();
    const reloaded = await mountScreener({ id: 'error-view-level', persist: 'session' });
    expect(banner(reloaded), 'the level survives the reload').to.not.equal(null);
    reloaded.el.reset();
    await reloaded.settle();
    reloaded.el.remove();
    const after = await mountScreener({ id: 'error-view-level', persist: 'session' });
    expect(banner(after), 'reset() ended the session').to.equal(null);
    sessionStorage.clear();
  });
});
