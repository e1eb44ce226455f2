import { expect, waitUntil } from '@open-wc/testing';
import ui from '../../questions/ui.en.js';
import type { TrdScreener } from '../../src/trd-screener.component.js';
import { ScreenerDriver } from '../helpers/element-driver.js';
import { loadFrame, until } from '../helpers/frames.js';

/**
 * The built embed on a page served with a strict Content-Security-Policy and Trusted Types
 * (test/csp/strict-csp.mjs): a whole journey — crisis panels, the result and every action on it
 * (print, copy, download), the error view — must record no violation and inject no inline style
 * or script.
 */

interface CspPage extends Window {
  console: Console;
  cspViolations: string[];
  pageErrors: string[];
  recordViolation: (event: SecurityPolicyViolationEvent) => void;
}

/** Violations are reported in a task queued after the offending call: let them arrive. */
const reportsArrive = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Inline `<style>` elements and scripts without `src` in a document and its shadow roots. */
function inlineStylesAndScripts(doc: Document, root: ShadowRoot | null): string[] {
  const found = [...doc.querySelectorAll('style, script:not([src])'), ...(root?.querySelectorAll('style, script') ?? [])];
  return found.map((node) => node.outerHTML.slice(0, 80));
}

const printFrame = (d: ScreenerDriver) => d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]');

/** Clicks a button; if it opens the print frame, records that frame's violations too. */
async function press(d: ScreenerDriver, page: CspPage, button: HTMLButtonElement): Promise<void> {
  button.click();
  const frame = printFrame(d);
  if (!frame) return d.settle();
  // The summary is written once the frame's blank document has loaded (at once in Chromium, a task
  // later in Firefox, which then replaces the document): listen on both documents.
  const listen = () => frame.contentDocument?.addEventListener('securitypolicyviolation', page.recordViolation);
  listen();
  frame.addEventListener('load', listen, { once: true });
  await until(() => frame.contentDocument?.querySelector('h1'), 'the summary in the print frame');
  await d.settle();
}

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  let page: CspPage;
  let d: ScreenerDriver;

  before(async () => {
    const response = await fetch('/test/csp/journey.html');
    expect(response.headers.get('content-security-policy'), 'the CSP header is served').to.contain('trusted-types lit-html');
    expect((await fetch('/dist/trd-screener.js')).ok, 'run `vite build` first').to.equal(true);
    frame = await loadFrame('/test/csp/journey.html');
    page = frame.contentWindow as CspPage;
    await page.customElements.whenDefined('trd-screener');
    d = new ScreenerDriver(page.document.querySelector('trd-screener') as TrdScreener);
    await d.settle();
  });

  after(() => frame.remove());

  it('a journey with the support panel, then every action on the result', async () => {
    await d.walkTo('phq9-9');
    await d.choose('phq9-9', 'nearly-every-day');
    // The answer counts when the patient leaves its step: the panel shows before the next one.
    await d.click(ui.nav.next);
    expect(d.crisisPanel, 'support panel').to.exist;
    await d.click(ui.nav.continue);
    await d.walkToResult();
    for (const details of d.root.querySelectorAll('details')) details.open = true;
    const actions = [...d.root.querySelectorAll<HTMLButtonElement>('[part="result"] button')].filter(
      (button) => d.text(button) !== ui.nav.startOver,
    );
    expect(actions.map((button) => d.text(button))).to.include(ui.nav.print);
    for (const button of actions) await press(d, page, button);
    await reportsArrive();
    const printDoc = printFrame(d)!.contentDocument!;
    expect(printDoc.querySelector('h1'), 'the summary was written').to.exist;
    // The print styles apply although no inline style may: the title is not the browser's 2em.
    expect(printDoc.adoptedStyleSheets.length, 'print styles adopted').to.be.greaterThan(0);
    expect(printDoc.defaultView!.getComputedStyle(printDoc.querySelector('h1')!).fontSize, 'print styles apply').to.not.equal('32px');
    expect(inlineStylesAndScripts(printDoc, null)).to.deep.equal([]);
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('the urgent panel and its print', async () => {
    d.el.reset();
    await d.settle();
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await d.choose('asq-5', 'yes');
    await d.click(ui.nav.next);
    expect(d.stepId).to.equal('urgent');
    expect(d.completes.at(-1)?.result.status, 'an urgent stop is reported').to.equal('stopped');
    await press(d, page, d.button(ui.nav.print)!);
    await reportsArrive();
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('the error view of an invalid bank', async () => {
    const original = page.console.error;
    page.console.error = () => {};
    try {
      d.el.bank = { nonsense: true } as unknown as TrdScreener['bank'];
      // The page's own copy of the widget fetches its bank check: wait for its verdict.
      await waitUntil(() => d.errors.length > 0, 'no screener-error', { timeout: 5000 });
    } finally {
      page.console.error = original;
    }
    expect(d.errors).to.have.length(1);
    await reportsArrive();
    expect(page.cspViolations).to.deep.equal([]);
  });

  it('injected no inline style or script, and threw nothing', () => {
    expect(inlineStylesAndScripts(page.document, d.root)).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });
});
