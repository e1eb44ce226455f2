/**
 * The PHQ-9's credit line (CLINICAL.md §3) appears once for the instrument, as a small line under
 * the answers of its first step: never between a question and its answers, never again on the
 * other PHQ-9 steps, and not read out as the question's description. In both languages.
 */
import { expect, waitUntil } from '@open-wc/testing';
import spanishUi from '../../questions/es/ui.es.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

const CREDIT = /Robert L\. Spitzer/;
const LATER_ITEMS = ['phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'];

const credits = (d: ScreenerDriver) => [...d.root.querySelectorAll<HTMLElement>('p')].filter((p) => CREDIT.test(p.textContent ?? ''));

/** Checks the first PHQ-9 step, then counts the credit on every later PHQ-9 step. */
async function expectCreditOnce(d: ScreenerDriver, wording: RegExp): Promise<void> {
  await d.walkTo('phq9-1');
  const fieldset = d.root.querySelector('fieldset.question')!;
  const shown = credits(d);
  expect(shown, 'one credit line').to.have.length(1);
  expect(d.text(shown[0])).to.match(wording);
  expect(CREDIT.test(fieldset.textContent ?? ''), 'not inside the question, between it and its answers').to.equal(false);
  const lastAnswer = [...fieldset.querySelectorAll('input')].at(-1)!;
  expect(lastAnswer.compareDocumentPosition(shown[0]) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the answers').to.not.equal(0);
  expect(fieldset.hasAttribute('aria-describedby'), 'not the question’s description').to.equal(false);
  for (const id of LATER_ITEMS) {
    await d.walkTo(id);
    expect(credits(d), `again on ${id}`).to.deep.equal([]);
  }
}

describe('the PHQ-9 credit line', () => {
  it('English: once, under the answers of the first PHQ-9 step', async () => {
    const d = await mountScreener();
    await expectCreditOnce(d, /^Developed by Drs\. Robert L\. Spitzer, Janet B\.W\. Williams, Kurt Kroenke and colleagues/);
  });

  it('Spanish: the same, in the form’s Spanish wording', async () => {
    const d = await mountScreener({ lang: 'es' });
    await waitUntil(() => d.root.querySelector('[part="card"]')?.getAttribute('lang') === 'es', 'Spanish never loaded', { timeout: 5000 });
    await d.settle();
    d.ui = spanishUi;
    await expectCreditOnce(d, /^Elaborado por los doctores Robert L\. Spitzer/);
  });
});
