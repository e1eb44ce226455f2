/**
 * The bilingual review's corrections (CLINICAL.md §11), held in place: the crisis panels say, in
 * plain Spanish, what to do and in which language each line answers (through the element), and
 * the phrasings the review found wrong are gone from every Spanish text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import spanishUi from '../../questions/es/ui.es.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { CONTENT } from '../helpers/patient-strings.js';
import { resultContentOf, wholeUiOf } from '../../src/i18n/result-content.js';

/** A screen in Spanish, in the region given, walked until the panel that `answers` raise. */
async function spanishPanel(region: string, stepId: string, answers: Record<string, string>): Promise<ScreenerDriver> {
  const d = await mountScreener({ lang: 'es', region });
  await waitUntil(() => d.root.querySelector('[part="card"]')?.getAttribute('lang') === 'es', 'Spanish never loaded', { timeout: 5000 });
  await d.settle();
  d.ui = spanishUi;
  await d.walkTo(stepId, answers);
  const [question, option] = Object.entries(answers).at(-1)!;
  await d.choose(question, option);
  await d.click(spanishUi.nav.next);
  return d;
}

const panelText = (d: ScreenerDriver) => d.text(d.crisisPanel);
const links = (d: ScreenerDriver) => [...d.crisisPanel!.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), label: d.text(a) }));

describe('Spanish crisis panels (CLINICAL.md §11)', () => {
  it('support panel: 988 "oprima 2" is said to be Spanish, and the Crisis Text Line is reached in Spanish', async () => {
    const d = await spanishPanel('US', 'asq-1', { 'asq-1': 'yes' });
    expect(d.stepId).to.equal('crisis');
    const text = panelText(d);
    expect(text).to.contain(
      'Por favor, hable hoy con su médico sobre esta respuesta. Si quiere hablar con alguien ahora, puede llamar al 988 y oprimir 2 para hablar en español, o enviar AYUDA por mensaje de texto al 988.',
    );
    expect(links(d)).to.deep.include({ href: 'tel:988', label: 'Llame al 988 y oprima 2 para español' });
    expect(text).to.contain('Envíe AYUDA por mensaje de texto al 741741 para escribirse en español con un consejero o una consejera.');
    expect(links(d)).to.deep.include({ href: 'sms:741741?body=AYUDA', label: 'Envíe AYUDA al 741741' });
    expect(text).to.contain('Llame si usted u otra persona está en peligro ahora mismo.');
    expect(text).to.contain('El chat en línea también atiende en español.');
    expect(text).to.contain('988 en lengua de señas americana (ASL)');
    expect(text).not.to.contain('HOME');
  });

  it('urgent panel: the plain key sentence, the means-safety line in the subjunctive', async () => {
    const d = await spanishPanel('US', 'asq-5', { 'asq-1': 'yes', 'asq-5': 'yes' });
    expect(d.stepId).to.equal('urgent');
    const text = panelText(d);
    expect(text).to.contain('Si siente que podría quitarse la vida o hacerse daño, llame al 911 ahora o vaya a la sala de emergencias más cercana.');
    expect(text).to.contain('También puede llamar al 988 y oprimir 2 para hablar en español');
    expect(text).to.contain('Si puede, aléjese de cualquier cosa que pueda usar para hacerse daño.');
    expect(text).not.to.match(/actuar según|que podría usar/);
  });

  it('outside the US, a line that answers in English says so', async () => {
    const d = await spanishPanel('GB', 'asq-1', { 'asq-1': 'yes' });
    expect(panelText(d)).to.contain(
      'puede llamar gratis a Samaritans al 116 123, o enviar SHOUT por mensaje de texto al 85258 (los dos atienden en inglés).',
    );
  });
});

describe('Spanish texts after the bilingual review', () => {
  const es = CONTENT.es;
  const result = resultContentOf(es);
  const all = JSON.stringify([es.bank, wholeUiOf(es), es.crisis, result]);
  const option = (id: string) => result.options.find((o) => o.id === id)!;
  const question = (id: string) => es.bank.sections.flatMap((s) => s.steps.flatMap((st) => st.questions)).find((q) => q.id === id)!;

  it('has none of the phrasings the review found wrong', () => {
    const wrong = [
      'actuar según estos pensamientos',
      'cualquier cosa que podría usar',
      'EMT o TMS',
      'sobre el sueño',
      'al sueño que causa',
      'la enfermera de la escuela',
      'nivel de seguridad',
      'le queda bien',
      'le quedan igual de bien',
      'una condición',
      '(compuesta)',
      'lenguaje de señas americano',
      'mínimos o ninguno',
      'body=HOME',
    ];
    expect(wrong.filter((phrase) => all.includes(phrase))).to.deep.equal([]);
    // No sentence fragment stands alone as a resource's description.
    const descriptions = Object.values(es.crisis.regions).flatMap((r) => r.resources.map((x) => x.description));
    expect(descriptions).not.to.include('Si usted u otra persona está en peligro ahora mismo.');
  });

  it('spells out TMS and CBT where they first appear, says "somnolencia" for sleepiness, uses inclusive forms', () => {
    const treatments = question('other-treatments').options!;
    expect(treatments.find((o) => o.id === 'tms')!.label).to.contain('Estimulación magnética transcraneal (EMT)');
    expect(treatments.find((o) => o.id === 'psychotherapy')!.label).to.contain('terapia cognitivo-conductual o TCC');
    expect(option('tms').title).to.contain('Estimulación magnética transcraneal (EMT)');
    expect(option('psychotherapy').title).to.contain('terapia cognitivo-conductual o TCC');
    const esketamine = option('esketamine-nasal').facts.map((f) => f.text).join(' ');
    expect(esketamine).to.contain('la somnolencia (mucho sueño), la sensación de estar desconectado(a)');
    expect(wholeUiOf(es).stopped.text).to.contain('el personal de enfermería de la escuela');
  });

  it('reads plainly where the review asked: fit, health problem, made-to-order, sign language, none-minimal', () => {
    expect(result.reasons.sentences.clinicFits).to.contain('se ajusta a sus respuestas');
    expect(question('health').options!.find((o) => o.id === 'blood-pressure')!.help).to.contain('un problema de salud');
    expect(option('ketamine-oral').facts.map((f) => f.text).join(' ')).to.contain('preparada a la medida');
    expect(result.resultCopy.phq9Bands['none-minimal']).to.contain('mínimos o nulos');
  });

  it('says under the medicine list that a brand bought abroad may differ, and keeps the pattern line’s reason', () => {
    expect(question('meds-tried').help).to.contain('Si compró un medicamento en otro país, puede tener otro nombre de marca: busque en la caja el nombre genérico.');
    expect(wholeUiOf(es).summary.patterns['trd-pattern']).to.match(/^Dos o más pruebas adecuadas no ayudaron lo suficiente\./);
  });
});
