import { expect, oneEvent } from '@open-wc/testing';
import type { QuestionBank } from '../../src/bank/types.js';
import { TrdScreener } from '../../src/trd-screener.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { bank } from '../helpers/journeys.js';

/** The public API: attributes, properties, methods, events, and what never breaks. */

function hrefs(d: ScreenerDriver, selector: string): string[] {
  return [...d.root.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href')!);
}

/** Replaces `console[method]` for the duration of `run`, recording calls. */
async function capture(method: 'warn' | 'error', run: (calls: unknown[][]) => Promise<void>) {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => calls.push(args);
  try {
    await run(calls);
  } finally {
    console[method] = original;
  }
}

/** Records uncaught errors while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

describe('<trd-screener> API', () => {
  it('is defined once; loading the entry again does not throw', async () => {
    const first = customElements.get('trd-screener');
    expect(first).to.equal(TrdScreener);
    await import(`../../src/trd-screener.ts?again=${Date.now()}`);
    expect(customElements.get('trd-screener')).to.equal(first);
  });

  it('shows the region\'s resources; the region attribute changes them live', async () => {
    const d = await mountScreener();
    expect(hrefs(d, '.help-now')).to.include.members(['tel:911', 'tel:988', 'sms:741741?body=HOME']);
    d.el.setAttribute('region', 'GB');
    await d.settle();
    expect(hrefs(d, '.help-now')).to.include.members(['tel:999', 'tel:116123']);
    expect(hrefs(d, '.help-now')).to.not.include('tel:988');
    expect(hrefs(d, '.notice')).to.include.members(['tel:999', 'tel:116123']);
  });

  it('paints the first question first; the closed "Need help now?" list follows, within updateComplete', async () => {
    const el = document.createElement('trd-screener');
    const steps: string[] = [];
    el.addEventListener('screener-step', (e) => steps.push(e.detail.stepId));
    const firstUpdate = oneEvent(el, 'screener-step');
    document.body.append(el);
    try {
      // Just after the first update, before the page has been idle: the step and its crisis notice are there.
      await firstUpdate;
      const root = el.shadowRoot!;
      expect(root.querySelector('input[type="radio"]')).to.exist;
      expect([...root.querySelectorAll('.notice a')].map((a) => a.getAttribute('href'))).to.include('tel:988');
      expect(root.querySelector('.help-now summary')).to.exist;
      expect(root.querySelectorAll('.help-now a')).to.have.length(0);
      await el.updateComplete;
      expect([...root.querySelectorAll('.help-now a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:911', 'tel:988']);
      expect(steps).to.deep.equal(['welcome']); // the second render is the same step, not a new one
    } finally {
      el.remove();
    }
  });

  it('an unknown region falls back to international resources, with a warning', async () => {
    await capture('warn', async (calls) => {
      const d = await mountScreener({ region: 'XX' });
      expect(hrefs(d, '.help-now')).to.deep.equal(['https://findahelpline.com/']);
      expect(calls.some((args) => String(args[0]).includes('"XX"'))).to.equal(true);
    });
  });

  it('a language that is not available yet falls back to English, with a warning', async () => {
    await capture('warn', async (calls) => {
      const d = await mountScreener({ lang: 'fr' });
      expect(d.button('Start')).to.exist;
      expect(d.root.querySelector('[part="card"]')!.getAttribute('lang')).to.equal('en');
      expect(calls.some((args) => String(args[0]).includes('"fr"'))).to.equal(true);
    });
  });

  it('Next without an answer shows an inline message tied to the field and focuses it', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-1');
    await d.click('Next');
    expect(d.stepId).to.equal('phq9-1');
    const message = d.root.querySelector('.field-error')!;
    expect(d.text(message)).to.equal('Please choose an answer.');
    expect(d.root.querySelector('[role="alert"]')).to.equal(null);
    const first = d.input('phq9-1', 'not-at-all')!;
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(first.getAttribute('aria-describedby')!.split(' ')).to.include(message.id);
    expect(d.root.activeElement).to.equal(first);
    await expect(d.el).to.be.accessible();
    await d.choose('phq9-1', 'several-days');
    expect(d.root.querySelector('.field-error')).to.equal(null);
  });

  it('a missing typed name is flagged on its text field', async () => {
    const d = await mountScreener();
    await d.walkTo('meds');
    await d.choose('meds-tried', 'other');
    await d.click('Next');
    const field = d.input('meds-other-name')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(d.root.activeElement).to.equal(field);
    expect(d.text(d.root.getElementById('error-meds-other-name'))).to.equal('Please type an answer.');
  });

  it('"None" clears the other medicines, and a medicine clears "None"', async () => {
    const d = await mountScreener();
    await d.walkTo('meds');
    await d.choose('meds-tried', 'sertraline');
    await d.choose('meds-tried', 'none');
    expect(d.input('meds-tried', 'sertraline')!.checked).to.equal(false);
    await d.choose('meds-tried', 'fluoxetine');
    expect(d.input('meds-tried', 'none')!.checked).to.equal(false);
    expect(d.root.querySelectorAll('.group-heading').length).to.be.at.least(5);
  });

  it('reset() clears answers, result and safety level', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-9');
    await d.choose('phq9-9', 'nearly-every-day');
    await d.click('Next');
    await d.click('Continue');
    expect(d.root.querySelector('[part="crisis-banner"]'), 'escalated before the reset').to.exist;
    d.el.reset();
    await d.settle();
    expect(d.stepId).to.equal('welcome');
    expect(d.root.querySelector('[part="crisis-banner"]')).to.equal(null);
    expect(d.input('age', 'adult')!.checked).to.equal(false);
    expect(d.el.result).to.equal(null);
    await d.walkTo('phq9-9');
    expect([...d.root.querySelectorAll('input')].some((i) => i.checked)).to.equal(false);
  });

  it('show-options restricts the options on the result to those the clinic offers', async () => {
    const d = await mountScreener({ 'show-options': 'tms  psychotherapy' });
    await d.walkToResult({ 'pref-routes': ['nasal', 'iv', 'injection', 'oral', 'non-medicine'] });
    const ids = d.completes[0].result.options.map((o) => o.id);
    expect(ids).to.have.members(['psychotherapy', 'tms']);
    expect(d.root.querySelectorAll('[part="result"] [data-option]').length).to.equal(2);
  });

  it('keeps its state when moved in the document', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-2');
    const parent = d.el.parentElement!;
    d.el.remove();
    parent.append(d.el);
    await d.settle();
    expect(d.heading && d.text(d.heading)).to.equal('How you have been feeling');
    await d.click('Back');
    expect(d.input('phq9-1', 'not-at-all')!.checked).to.equal(true);
  });

  it('an invalid bank shows a readable error, crisis resources and fires screener-error', async () => {
    const broken = { ...bank, sections: [] } as QuestionBank;
    let d: ScreenerDriver | undefined;
    await capture('error', async () => {
      const errors = await uncaught(async () => {
        d = await mountScreener({}, { bank: broken });
      });
      expect(errors).to.deep.equal([]);
    });
    expect(d!.errors).to.have.length(1);
    expect(d!.errors[0]).to.match(/not valid/);
    expect(d!.text()).to.contain('This screen could not start');
    expect(hrefs(d!, '.resources')).to.include.members(['tel:911', 'tel:988']);
    await expect(d!.el).to.be.accessible();
  });

  it('a bank set later is validated too; a valid one starts a new screen', async () => {
    const d = await mountScreener();
    await capture('error', async () => {
      d.el.bank = { nonsense: true } as unknown as QuestionBank;
      await d.settle();
    });
    expect(d.errors).to.have.length(1);
    expect(d.button('Start')).to.equal(undefined);
    d.el.bank = bank;
    await d.settle();
    expect(d.button('Start')).to.exist;
  });

  it('a failure while rendering falls back to the error view with crisis resources', async () => {
    const d = await mountScreener();
    await capture('error', async () => {
      Object.defineProperty(d.el, 'clinicName', {
        configurable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      d.el.requestUpdate();
      await d.settle();
    });
    expect(d.errors).to.deep.equal(['boom']);
    expect(d.text()).to.contain('This screen could not start');
    expect(hrefs(d, '.resources')).to.include('tel:988');
  });

  it('shows the clinic name in the intro', async () => {
    const d = await mountScreener({ 'clinic-name': 'Riverbend Behavioral Health' });
    expect(d.text()).to.contain('Riverbend Behavioral Health offers this self-screen');
    expect(d.text(d.root.querySelector('.notice'))).to.contain('This is not a diagnosis or an emergency service');
  });
});
