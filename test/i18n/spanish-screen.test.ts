/**
 * The element in Spanish: chosen by its `lang`, else by the page's language; loaded on demand;
 * switched mid-screen without losing the step, the answers, the crisis panel or the result.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import englishUi from '../../questions/ui.en.js';
import spanishReasons from '../../questions/es/reasons.es.js';
import spanishUi from '../../questions/es/ui.es.js';
import { loadContent, localeOf } from '../../src/i18n/locale-content.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { MEDICINE_ANSWERS } from '../helpers/journeys.js';

const cardLang = (d: ScreenerDriver) => d.root.querySelector('[part="card"]')?.getAttribute('lang');

/** Waits until the card shows `lang`, and presses buttons by that language's names. */
async function shownIn(d: ScreenerDriver, lang: 'en' | 'es'): Promise<void> {
  await waitUntil(() => cardLang(d) === lang, `the card never switched to "${lang}"`, { timeout: 5000 });
  await d.settle();
  d.ui = lang === 'es' ? spanishUi : englishUi;
}

async function setLang(d: ScreenerDriver, lang: 'en' | 'es'): Promise<void> {
  d.el.setAttribute('lang', lang);
  await shownIn(d, lang);
}

describe('choosing the language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  // First in the file: each test file has its own page, so Spanish is not loaded yet here. The
  // card is read at every render (a controller's hostUpdated), so the first one is seen however
  // fast Spanish arrives.
  it('shows an empty, busy card until Spanish has loaded, then starts in Spanish: never English first', async () => {
    const el = document.createElement('trd-screener');
    el.setAttribute('lang', 'es');
    const card = () => el.shadowRoot!.querySelector('[part="card"]')!;
    const renders: Array<{ busy: string | null; text: string; lang: string | null }> = [];
    el.addController({
      hostUpdated: () => renders.push({ busy: card().getAttribute('aria-busy'), text: card().textContent.trim(), lang: card().getAttribute('lang') }),
    });
    const langs: Array<string | null> = [];
    el.addEventListener('screener-step', () => langs.push(card().getAttribute('lang')));
    await fixture(html`${el}`);
    await waitUntil(() => langs.length > 0, 'Spanish never loaded', { timeout: 5000 });
    expect(langs).to.deep.equal(['es']);
    expect(renders[0], 'the first render').to.include({ busy: 'true', text: '' });
    const shown = renders.filter((r) => r.text !== '');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.every((r) => r.lang === 'es' && r.busy !== 'true'), JSON.stringify(shown.map((r) => r.lang))).to.equal(true);
    expect(card().querySelector('h2')!.textContent).to.equal('Antes de empezar');
  });

  it('reads the primary language of any `lang` value', () => {
    expect(['es', 'es-US', 'ES_mx', ' es '].map(localeOf)).to.deep.equal(['es', 'es', 'es', 'es']);
    expect(['en', 'en-GB'].map(localeOf)).to.deep.equal(['en', 'en']);
    expect(['fr', '', null, 'spanish'].map(localeOf)).to.deep.equal([null, null, null, null]);
  });

  it('lang="es": the whole screen in Spanish, the card marked lang="es"', async () => {
    const d = await mountScreener({ lang: 'es', 'clinic-name': 'Clínica del Valle' });
    await shownIn(d, 'es');
    expect(d.text(d.heading)).to.equal('Antes de empezar');
    expect(d.buttonNames()).to.include('Empezar');
    expect(d.text()).to.contain('Clínica del Valle le ofrece esta autoevaluación a usted.');
    expect(d.text()).to.contain('Llame al 988 y oprima 2');
    expect(d.text()).not.to.contain('Next');
  });

  it('without its own lang, follows the page: <html lang="es-US"> → Spanish', async () => {
    document.documentElement.lang = 'es-US';
    const d = await mountScreener();
    await shownIn(d, 'es');
    expect(d.buttonNames()).to.include('Empezar');
  });

  it('its own lang wins over the page’s', async () => {
    document.documentElement.lang = 'es';
    const d = await mountScreener({ lang: 'en' });
    await d.settle();
    expect(cardLang(d)).to.equal('en');
  });

  it('follows the page when the page switches language mid-screen', async () => {
    document.documentElement.lang = 'en';
    const d = await mountScreener();
    await d.walkTo('phq9-2');
    document.documentElement.lang = 'es';
    await shownIn(d, 'es');
    expect(d.stepId).to.equal('phq9-2');
    expect(d.text(d.root.querySelector('legend'))).to.equal('Se ha sentido decaído(a), deprimido(a) o sin esperanzas');
  });

  it('an unknown language: English, with a console warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const d = await mountScreener({ lang: 'fr' });
      expect(cardLang(d)).to.equal('en');
      expect(warnings.map(String)).to.include('<trd-screener>: language "fr" is not available; using English.');
    } finally {
      console.warn = warn;
    }
  });

  it('loads Spanish once, as its own module', async () => {
    const [a, b] = await Promise.all([loadContent('es'), loadContent('es')]);
    expect(a).to.equal(b);
    expect(a.locale).to.equal('es');
    expect(await loadContent('en')).to.not.equal(a);
  });
});

describe('switching language mid-screen keeps everything', () => {
  it('on a step: same step, same answers, now in Spanish; and back', async () => {
    const d = await mountScreener();
    await d.walkTo('phq9-3');
    await d.choose('phq9-3', 'more-than-half');
    await setLang(d, 'es');
    expect(d.stepId).to.equal('phq9-3');
    expect(d.input('phq9-3', 'more-than-half')!.checked).to.equal(true);
    expect(d.text(d.root.querySelector('label[for="in-phq9-3-more-than-half"]'))).to.equal('Más de la mitad de los días');
    await d.click('Atrás');
    expect(d.input('phq9-2', 'not-at-all')!.checked, 'earlier answers kept').to.equal(true);
    await setLang(d, 'en');
    expect(d.text(d.heading)).to.equal('How you have been feeling');
  });

  it('on the crisis panel: the panel stays, in Spanish, and the level is not lost', async () => {
    const d = await mountScreener();
    await d.walkTo('asq-1');
    await d.choose('asq-1', 'yes');
    expect(d.crises, 'the answer counts when its step is left').to.have.length(0);
    await d.click(englishUi.nav.next);
    expect(d.crisisPanel).to.exist;
    await setLang(d, 'es');
    expect(d.crisisPanel).to.exist;
    expect(d.text(d.crisisPanel)).to.contain('Gracias por contarnos. Usted merece apoyo ahora mismo.');
    expect(d.crises).to.have.length(1);
    await d.click('Continuar');
    expect(d.stepId, 'on to where the patient was going').to.equal('asq-2');
    expect(d.input('asq-1', 'yes'), 'not on asq-1 any more').to.equal(null);
    expect(d.text(d.root.querySelector('[part="crisis-banner"]'))).to.contain('puede llamar al 988 y oprimir 2');
  });

  it('on the result: the result and its reasons in Spanish, completed once', async () => {
    const d = await mountScreener();
    await d.walkToResult(MEDICINE_ANSWERS);
    const english = d.el.result!;
    await setLang(d, 'es');
    const result = d.el.result!;
    expect(result.locale).to.equal('es');
    expect(result.completedAt).to.equal(english.completedAt);
    expect(result.options.map((o) => o.id)).to.deep.equal(english.options.map((o) => o.id));
    const sentences = Object.values(spanishReasons.sentences).map((s) => s.split('{')[0]);
    for (const reason of result.options.flatMap((o) => o.reasons))
      expect(sentences.some((start) => reason.startsWith(start)), reason).to.equal(true);
    expect(d.completes).to.have.length(1);
    expect(d.text(d.heading)).to.equal('Lo que sus respuestas pueden significar para usted');
  });
});

describe('a whole screen in Spanish', () => {
  it('from welcome to the result, with Spanish medicine steps and reasons', async () => {
    const d = await mountScreener({ lang: 'es' });
    await shownIn(d, 'es');
    await d.walkTo('med:sertraline', MEDICINE_ANSWERS);
    expect(d.text(d.heading)).to.equal('Sobre sertralina (Zoloft)');
    expect(d.text()).to.contain('Dosis habitual: 50–200 mg al día');
    await d.walkToResult(MEDICINE_ANSWERS);
    expect(d.el.result!.locale).to.equal('es');
    expect(d.el.result!.medications.map((m) => m.name)).to.deep.equal(['sertralina (Zoloft)', 'Zelmora']);
    const result = d.root.querySelector('[part="result"]')!;
    expect(d.text(result)).to.contain('Esto no es un diagnóstico.');
    expect(d.text(result)).to.contain('a cualquier hora puede llamar al 988 y oprimir 2');
  });
});
