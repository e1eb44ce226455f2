import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { anyHref, hostileText, INJECTED, isScriptScheme } from './hostile.js';

/*
 * Random attribute values, as a careless or hostile host page could set them: the widget never
 * throws, always offers the crisis resources, shows the clinic's text as text, and shows the
 * clinic's contact link only when it leads to a web page (never `javascript:`, `data:`, …).
 */

const REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'INTL', 'us', 'XX', '', ' US '];
const LANGS = ['en', 'es', 'es-US', 'EN', 'fr', 'zz-Latn', ''];

const attributes = fc.record(
  {
    region: fc.oneof(fc.constantFrom(...REGIONS), hostileText),
    lang: fc.oneof(fc.constantFrom(...LANGS), hostileText),
    persist: fc.oneof(fc.constantFrom('session', 'local', ''), hostileText),
    'clinic-name': hostileText,
    'contact-href': anyHref,
    'contact-label': hostileText,
    'show-options': fc.oneof(fc.constantFrom('tms psychotherapy', 'nothing-real', ''), hostileText),
    actions: fc.oneof(fc.constantFrom('print copy fhir', 'fhir', 'pdf', ''), hostileText),
    'privacy-note': hostileText,
  },
  { requiredKeys: [] },
);

const runs = { mounts: 0, clinicNames: 0, links: 0, shown: 0, refused: 0 };

/** Waits until the card shows something (another language loads on first use). */
async function shown(d: ScreenerDriver): Promise<void> {
  await waitUntil(() => d.root.querySelector('h2'), 'the card never showed a step', { timeout: 5000 });
  await d.settle();
}

/** Records uncaught errors and silences the widget's console while `run` runs. */
async function guarded(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  const { warn, error } = console;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.warn = () => {};
  console.error = () => {};
  try {
    await run();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    Object.assign(console, { warn, error });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

function expectNothingInjected(d: ScreenerDriver) {
  expect(d.root.querySelectorAll(INJECTED), 'elements from attribute text').to.have.length(0);
  expect((window as { fuzzHit?: number }).fuzzHit, 'script from attribute text').to.equal(undefined);
}

describe('fuzzed attributes', function () {
  this.timeout(240_000);

  after(() => sessionStorage.clear());

  it('never throws, always offers the crisis resources, shows clinic text as text (150 pages)', async () => {
    const errors = await guarded(() =>
      fc.assert(
        fc.asyncProperty(attributes, async (attrs) => {
          const d = await mountScreener(attrs);
          await shown(d);
          runs.mounts += 1;
          expect(d.errors, 'screener-error').to.deep.equal([]);
          const help = [...d.root.querySelectorAll<HTMLAnchorElement>('.help-now .resources a')];
          expect(help.length, 'crisis resources').to.be.greaterThan(0);
          const clinic = attrs['clinic-name'];
          if (clinic) {
            runs.clinicNames += 1;
            expect(d.root.textContent, 'the clinic name, as typed').to.contain(clinic);
          }
          const note = attrs['privacy-note']?.trim();
          if (note) expect(d.root.querySelector('.privacy')?.textContent, 'the privacy note, as typed').to.equal(note);
          expectNothingInjected(d);
          d.el.remove();
        }),
        { numRuns: 150, includeErrorInReport: true },
      ),
    );
    expect(errors).to.deep.equal([]);
    expect(runs.mounts).to.equal(150);
    expect(runs.clinicNames, 'pages with a clinic name').to.be.greaterThan(0);
  });

  it('shows the contact link only when it leads to a web page (400 links on the result)', async () => {
    let d: ScreenerDriver;
    const errors = await guarded(async () => {
      d = await mountScreener({ 'contact-href': 'https://clinic.example/book' });
      await d.walkToResult();
      await fc.assert(
        fc.asyncProperty(anyHref, hostileText, async (href, label) => {
          d.el.setAttribute('contact-href', href);
          d.el.setAttribute('contact-label', label);
          await d.settle();
          runs.links += 1;
          const link = d.root.querySelector<HTMLAnchorElement>('[part="result"] a[part="button"]');
          if (link) {
            runs.shown += 1;
            expect(['http:', 'https:'], `shown: ${JSON.stringify(href)}`).to.include(link.protocol);
            expect(link.getAttribute('href')).to.equal(href);
            if (label) expect(link.textContent).to.equal(label);
          } else runs.refused += 1;
          if (isScriptScheme(href)) expect(link, `a script link: ${JSON.stringify(href)}`).to.equal(null);
          if (/^https?:\/\/[a-z]/i.test(href)) expect(link, `a web link: ${JSON.stringify(href)}`).to.exist;
          expectNothingInjected(d);
        }),
        { numRuns: 400, includeErrorInReport: true },
      );
    });
    expect(errors).to.deep.equal([]);
    expect(runs.links).to.equal(400);
    expect(runs.shown).to.be.greaterThan(20);
    expect(runs.refused).to.be.greaterThan(20);
  });
});
