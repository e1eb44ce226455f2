import { expect, waitUntil } from '@open-wc/testing';
import spanishUi from '../../questions/es/ui.es.js';
import { ENGLISH_UI } from '../../src/i18n/result-content.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * `clinic-lang` (CONTRACT.md, CLINICAL.md §11): when the patient used another language, the
 * printout's clinician parts (safety box, headings, table headings, PHQ-9 and medicine lines) are
 * also given in the clinic's language, default English; an unknown value → English, one warning.
 */

const en = ENGLISH_UI.summary;
const es = spanishUi.summary;

async function mounted(attributes: Record<string, string>): Promise<ScreenerDriver> {
  const d = await mountScreener(attributes);
  if (attributes.lang === 'es') {
    await waitUntil(() => d.root.querySelector('[part="card"]')?.getAttribute('lang') === 'es', 'Spanish never loaded', { timeout: 5000 });
    await d.settle();
    d.ui = spanishUi;
  }
  await d.walkToResult({ 'asq-1': 'yes' });
  return d;
}

/** The printed summary's document, printed as the host page's `print()` does it. */
async function printed(d: ScreenerDriver): Promise<Document> {
  await d.el.print();
  return d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]')!.contentDocument!;
}

/** The safety box's part in the clinic's language, and the whole page's text. */
function parts(page: Document) {
  const clinic = page.querySelector<HTMLElement>('.safety .clinic-lang');
  return { clinic, clinicText: clinic?.textContent?.replace(/\s+/g, ' ') ?? '', text: page.body.textContent.replace(/\s+/g, ' ') };
}

describe('<trd-screener> clinic-lang', () => {
  it('absent, Spanish session: the safety box and headings also in English; the patient’s parts in Spanish', async () => {
    const page = await printed(await mounted({ lang: 'es' }));
    const { clinic, clinicText, text } = parts(page);
    expect(clinic?.lang).to.equal('en');
    expect(clinicText).to.contain(en.safetyStatus.support).and.to.contain(en.triggeredBy).and.to.contain('In the past few weeks, have you wished you were dead? Yes');
    expect(clinicText).to.contain('988');
    expect(text).to.contain('Patient completed the screen in Spanish.');
    expect(text).to.contain(en.phq9Heading).and.to.contain(en.phq9TotalLabel).and.to.contain(en.medicinesHeading).and.to.contain(en.notesHeading);
    expect(text).to.contain(es.selfReport).and.to.contain(es.safetyStatus.support).and.to.contain(es.resourcesHeading);
    expect(page.documentElement.lang).to.equal('es');
  });

  it('English session: one language, as before', async () => {
    const { clinic, text } = parts(await printed(await mounted({})));
    expect(clinic).to.equal(null);
    expect(text).not.to.contain('Patient completed the screen');
  });

  it('"es" for an English session: the clinician parts also in Spanish', async () => {
    const { clinic, clinicText, text } = parts(await printed(await mounted({ 'clinic-lang': 'es' })));
    expect(clinic?.lang).to.equal('es');
    expect(clinicText).to.contain(es.safetyStatus.support);
    expect(text).to.contain('El o la paciente hizo la autoevaluación en inglés.');
    expect(text).to.contain(en.safetyStatus.support);
  });

  it('unknown: English, with one console warning naming the value', async () => {
    let page: Document | undefined;
    const warnings = await captureWarnings(async () => {
      const d = await mounted({ lang: 'es', 'clinic-lang': 'klingon' });
      page = await printed(d);
      await printed(d);
    });
    const ours = warnings.filter((w) => w.includes('clinic-lang'));
    expect(ours).to.have.length(1);
    expect(ours[0]).to.contain('"klingon"');
    expect(parts(page!).clinic?.lang).to.equal('en');
    expect(parts(page!).clinicText).to.contain(en.safetyStatus.support);
  });
});
