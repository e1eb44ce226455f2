/**
 * LHC-Forms (the `lforms` package, NLM's FHIR SDC form renderer) in the test page: loads it once,
 * renders a Questionnaire with a QuestionnaireResponse merged in, and reads back what it shows.
 * The test runner serves the package from node_modules.
 */
import type { Questionnaire, QuestionnaireResponse, ResponseAnswer, ResponseItem } from '../../src/fhir/types.js';

const BASE = '/node_modules/lforms/dist/lforms';
/** In the order the package's README gives: zone.js, the web component, the FHIR R4 support. */
const SCRIPTS = [
  'webcomponent/assets/lib/zone.min.js',
  'webcomponent/runtime.js',
  'webcomponent/polyfills.js',
  'webcomponent/main.js',
  'fhir/R4/lformsFHIR.min.js',
];

/** The part of the LForms global the tests use. */
interface LForms {
  lformsVersion: string;
  Util: {
    convertFHIRQuestionnaireToLForms(questionnaire: Questionnaire, version: 'R4'): unknown;
    mergeFHIRDataIntoLForms(type: 'QuestionnaireResponse', data: QuestionnaireResponse, form: unknown, version: 'R4'): unknown;
    addFormToPage(form: unknown, element: HTMLElement): Promise<void>;
    getFormFHIRData(type: 'QuestionnaireResponse', version: 'R4', element: HTMLElement): QuestionnaireResponse;
  };
}

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${BASE}/${src}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

let loading: Promise<LForms> | undefined;

export function loadLForms(): Promise<LForms> {
  loading ??= (async () => {
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = `${BASE}/webcomponent/styles.css`;
    document.head.append(styles);
    for (const src of SCRIPTS) await addScript(src);
    return (window as unknown as { LForms: LForms }).LForms;
  })();
  return loading;
}

/** What LHC-Forms shows of one item: its linkId, its text, and the answers it shows (by display). */
export interface Shown {
  linkId: string;
  text: string;
  answers: string[];
}

/** A form on the page, what it shows, and the response LHC-Forms makes of it. */
export interface RenderedForm {
  shown: Shown[];
  response: QuestionnaireResponse;
}

/** The displays of the answers in an item's own input (a selected option, typed text or a number). */
function answersIn(item: Element): string[] {
  const own = (el: Element) => el.closest('lhc-item') === item;
  const chips = [...item.querySelectorAll('.autocomp_selected li')].filter(own);
  if (chips.length) return chips.map((li) => [...li.childNodes].filter((n) => n.nodeName !== 'BUTTON').map((n) => n.textContent).join('').trim());
  const inputs = [...item.querySelectorAll<HTMLInputElement>('input')].filter(own);
  return inputs.map((input) => input.value.trim()).filter(Boolean);
}

/**
 * Renders `questionnaire` (with `response` merged in) and reads every item it shows, in order.
 * A merged response is saved data, whose values LHC-Forms never recalculates; `asEntered` loads
 * its answers as if just entered, so that LHC-Forms runs the Questionnaire's calculations.
 */
export async function renderForm(questionnaire: Questionnaire, response?: QuestionnaireResponse, asEntered = false): Promise<RenderedForm> {
  const lforms = await loadLForms();
  const form = lforms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4');
  const merged = response ? lforms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', response, form, 'R4') : form;
  if (asEntered) delete (merged as { hasSavedData?: boolean }).hasSavedData;
  const host = document.createElement('div');
  document.body.append(host);
  try {
    await lforms.Util.addFormToPage(merged, host);
    // Each shown item is an <lhc-item id="item-{linkId}/{position}">, labelled by "label-{linkId}/{position}".
    const shown = [...host.querySelectorAll('lhc-item[id^="item-"]')].map((item) => {
      const at = item.id.slice('item-'.length);
      const label = host.querySelector(`[id="label-${at}"] .question`);
      return { linkId: at.split('/')[0], text: label?.textContent?.trim() ?? '', answers: answersIn(item) };
    });
    return { shown, response: lforms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', host) };
  } finally {
    host.remove();
  }
}

/** An answer as what it says: a coding by system, code and display (LHC-Forms drops `version`, adds the ordinalValue). */
const answerOf = ({ valueCoding, ...value }: ResponseAnswer): ResponseAnswer =>
  valueCoding ? { valueCoding: { system: valueCoding.system, code: valueCoding.code, display: valueCoding.display } } : value;

/** A response's items as linkIds and answers only (no text, no extensions), for comparison. */
export function answerTree(items: ResponseItem[] = []): unknown[] {
  return items.map(({ linkId, answer, item }) => ({
    linkId,
    ...(answer ? { answer: answer.map(answerOf) } : {}),
    ...(item ? { item: answerTree(item) } : {}),
  }));
}
