import { expect, waitUntil } from '@open-wc/testing';
import spanishUi from '../../questions/es/ui.es.js';
import { ENGLISH_RESULT, ENGLISH_UI as ui } from '../../src/i18n/result-content.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/**
 * "I want to ask about this" on each option of the result (CONTRACT.md `wantToAsk`, issue: the
 * summary must not present every listed option as the patient's wish). Through the element: one
 * labelled checkbox per option; `screener-complete` carries `wantToAsk: []`, then the element's
 * `result` keeps the ticks current; the printout lists what was ticked apart from what was listed.
 */

const titleOf = (id: string) => ENGLISH_RESULT.options.find((o) => o.id === id)!.title;

function boxes(d: ScreenerDriver): HTMLInputElement[] {
  return [...d.root.querySelectorAll<HTMLInputElement>('[part="result"] [data-option] input[type="checkbox"]')];
}

/** Ticks or unticks an option's box by clicking its visible label, as a person does. */
async function toggle(d: ScreenerDriver, optionId: string): Promise<void> {
  d.root.querySelector<HTMLLabelElement>(`label[for="want-to-ask-${optionId}"]`)!.click();
  await d.settle();
}

async function printedSections(d: ScreenerDriver): Promise<Record<string, string[]>> {
  await d.el.print();
  const page = d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]')!.contentDocument!;
  // A heading is an h2, or a bold label run in before its list (the options listed after the wishes);
  // its own words, without the clinic's language after them (clinic-lang).
  const ownText = (e: Element) => [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
  const headingOf = (s: Element) => ownText(s.querySelector('h2') ?? s.querySelector(':scope > .label')!).replace(/\s*:?\s*$/, '').trim();
  const sections = [...page.querySelectorAll('section.section')];
  return Object.fromEntries(sections.map((s) => [headingOf(s), [...s.querySelectorAll('li')].map((li) => li.textContent.trim())]));
}

async function atResult(attributes: Record<string, string> = {}): Promise<ScreenerDriver> {
  const d = await mountScreener(attributes);
  await d.walkToResult({ 'pref-routes': ['nasal', 'iv', 'injection', 'oral', 'non-medicine'] });
  return d;
}

describe('<trd-screener> "I want to ask about this"', () => {
  it('one labelled checkbox per listed option, each named after its option', async () => {
    const d = await atResult();
    const ids = d.el.result!.options.map((o) => o.id);
    expect(boxes(d).map((box) => box.id)).to.deep.equal(ids.map((id) => `want-to-ask-${id}`));
    for (const [i, box] of boxes(d).entries()) {
      const label = box.labels![0];
      expect(d.text(label)).to.equal(`${ui.result.wantToAsk}: ${titleOf(ids[i])}`);
      expect(box.checked).to.equal(false);
    }
    await expect(d.el).to.be.accessible();
  });

  it('screener-complete carries none; the ticks then reach `result`, in the result’s order, with no second event', async () => {
    const d = await atResult();
    const ids = d.el.result!.options.map((o) => o.id);
    expect(d.completes).to.have.length(1);
    expect(d.completes[0].result.wantToAsk).to.deep.equal([]);

    await toggle(d, ids[2]);
    await toggle(d, ids[0]);
    expect(d.el.result!.wantToAsk).to.deep.equal([ids[0], ids[2]]);
    expect(boxes(d).map((box) => box.checked)).to.deep.equal(ids.map((_, i) => i === 0 || i === 2));
    await toggle(d, ids[2]);
    expect(d.el.result!.wantToAsk).to.deep.equal([ids[0]]);
    expect(d.completes, 'no second screener-complete').to.have.length(1);
    expect(d.completes[0].result.wantToAsk, 'the event’s result is left as it was sent').to.deep.equal([]);
    await expect(d.el).to.be.accessible();
  });

  it('the printout lists the ticked options apart from every option the screen listed', async () => {
    const d = await atResult();
    const ids = d.el.result!.options.map((o) => o.id);
    let sections = await printedSections(d);
    expect(sections[ui.summary.wantToAskHeading], 'nothing ticked: no wish is claimed').to.equal(undefined);
    expect(sections[ui.summary.optionsHeading]).to.deep.equal(ids.map(titleOf));

    await toggle(d, ids[3]);
    await toggle(d, ids[1]);
    sections = await printedSections(d);
    expect(sections[ui.summary.wantToAskHeading]).to.deep.equal([titleOf(ids[1]), titleOf(ids[3])]);
    expect(sections[ui.summary.optionsHeading]).to.deep.equal(ids.map(titleOf));
    const headings = Object.keys(sections);
    expect(headings.indexOf(ui.summary.wantToAskHeading)).to.equal(headings.indexOf(ui.summary.optionsHeading) - 1);
  });

  it('in Spanish: its own words, and a change of language keeps the ticks', async () => {
    const d = await atResult();
    const ids = d.el.result!.options.map((o) => o.id);
    await toggle(d, ids[1]);
    d.el.setAttribute('lang', 'es');
    await waitUntil(() => d.el.result?.locale === 'es', 'the result was never re-worded', { timeout: 5000 });
    await d.settle();
    expect(d.el.result!.wantToAsk).to.deep.equal([ids[1]]);
    const box = d.root.querySelector<HTMLInputElement>(`#want-to-ask-${ids[1]}`)!;
    expect(box.checked).to.equal(true);
    expect(d.text(box.labels![0])).to.match(new RegExp(`^${spanishUi.result.wantToAsk}: `));
    const sections = await printedSections(d);
    expect(Object.keys(sections)).to.include.members([spanishUi.summary.wantToAskHeading, spanishUi.summary.optionsHeading]);
    await expect(d.el).to.be.accessible();
  });
});
