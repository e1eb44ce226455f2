import { expect, waitUntil } from '@open-wc/testing';
import { regions } from '../../questions/crisis.js';
import { ENGLISH_UI as ui } from '../../src/i18n/result-content.js';
import { contentFor } from '../../src/i18n/locale-content.js';
import type { Bundle, QuestionnaireResponse } from '../../src/fhir/types.js';
import { BIRTH_DATE_FIELD, NAME_FIELD } from '../../src/summary/types.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { SIX_ESCALATED, sessionOf } from './personas.js';

/**
 * The summary's actions on the real element, used as a person does: print from a hidden frame
 * (with a name and date of birth typed only for the paper), copy as text (with a confirmation,
 * or the text to copy by hand), and download the FHIR file through a Blob link.
 */

const { content } = contentFor('en');
const CLINIC = 'Riverbend';
const NAME = 'Ana Example';
const BIRTH_DATE = '03/02/1980';

async function atResult(): Promise<ScreenerDriver> {
  const d = await mountScreener({ 'clinic-name': CLINIC, region: 'US' });
  await d.walkToResult(SIX_ESCALATED.answers);
  return d;
}

async function atUrgentPanel(): Promise<ScreenerDriver> {
  const d = await mountScreener({ 'clinic-name': CLINIC });
  await d.walkTo('asq-5', { 'asq-1': 'yes' });
  await d.choose('asq-5', 'yes');
  await d.click(ui.nav.next);
  expect(d.stepId).to.equal('urgent');
  return d;
}

/** Opens "Add your name to the printout" and types into one of its fields. */
async function typeForPrintout(d: ScreenerDriver, field: string, text: string): Promise<void> {
  const details = d.root.querySelector<HTMLDetailsElement>('details.personal')!;
  if (!details.open) details.querySelector('summary')!.click();
  const input = d.root.querySelector<HTMLInputElement>(`input[name="${field}"]`)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await d.settle();
}

const notice = (d: ScreenerDriver) => d.text(d.root.querySelector('[role="status"].summary-notice'));

/** Replaces the page's clipboard for one test: `writeText` as given, or no clipboard at all. */
function fakeClipboard(writeText?: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

/** Catches the download link's click: its address and file name, and the file it points to. */
async function download(d: ScreenerDriver): Promise<{ name: string; href: string; bundle: Bundle }> {
  const original = HTMLAnchorElement.prototype.click;
  let link: HTMLAnchorElement | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the receiver is the link clicked
    link = this;
  };
  try {
    await d.click(ui.nav.download);
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  const bundle = (await (await fetch(link!.href)).json()) as Bundle;
  return { name: link!.download, href: link!.href, bundle };
}

const responseIn = (bundle: Bundle) =>
  bundle.entry.map((e) => e.resource).find((r): r is QuestionnaireResponse => r.resourceType === 'QuestionnaireResponse')!;

describe('doctor’s summary actions on the element', () => {
  it('the result offers print, copy and download, and passes axe', async () => {
    const d = await atResult();
    const result = d.root.querySelector('[part="result"]')!;
    const names = [...result.querySelectorAll('button')].map((b) => d.text(b));
    expect(names).to.include.members([ui.nav.print, ui.nav.copy, ui.nav.download]);
    await expect(d.el).to.be.accessible();
  });

  it('copies the same summary as text and says so in a polite live region', async () => {
    const d = await atResult();
    const copied: string[] = [];
    const restore = fakeClipboard((text) => {
      copied.push(text);
      return Promise.resolve();
    });
    try {
      await d.click(ui.nav.copy);
      await waitUntil(() => copied.length === 1, undefined, { timeout: 5000 });
    } finally {
      restore();
    }
    await d.settle();
    expect(notice(d)).to.equal(ui.summary.copied);

    const expected = summaryText(
      summaryOf({ context: sessionOf(SIX_ESCALATED), content, region: regions.US, clinicName: CLINIC, now: new Date() }),
    ).split('\n');
    const lines = copied[0].split('\n');
    const dateLine = lines.findIndex((l) => l.startsWith(`${ui.summary.dateTime}:`));
    expect(dateLine, 'a date line').to.be.greaterThan(0);
    lines.splice(dateLine, 1);
    expected.splice(dateLine, 1);
    expect(lines).to.deep.equal(expected);
  });

  for (const [why, writeText] of [
    ['the browser refuses', () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError'))],
    ['there is no clipboard', undefined],
  ] as const) {
    it(`when ${why}: shows the text selected, to copy by hand`, async () => {
      const d = await atResult();
      const restore = fakeClipboard(writeText);
      try {
        await d.click(ui.nav.copy);
        await waitUntil(() => d.root.querySelector('textarea'), undefined, { timeout: 5000 });
      } finally {
        restore();
      }
      await d.settle();
      const field = d.root.querySelector('textarea')!;
      expect(notice(d)).to.equal(ui.summary.copyFallback);
      expect(field.readOnly).to.equal(true);
      expect(field.value.split('\n')[0]).to.equal(ui.summary.title.toUpperCase());
      expect(d.root.activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      await expect(d.el).to.be.accessible();
    });
  }

  // Programmatic prints come first: Firefox keeps the dialog of a clicked print open in a test.
  it('el.print() prints from one hidden frame, replaced on each print', async () => {
    const d = await atResult();
    await d.el.print();
    await d.el.print();
    const frames = d.root.querySelectorAll<HTMLIFrameElement>('iframe[data-trd-print]');
    expect(frames).to.have.length(1);
    expect(frames[0].contentDocument!.querySelector('h1')!.textContent).to.equal(ui.summary.title);
  });

  it('prints only the summary, from a hidden frame, with the name typed for the paper and nowhere else', async () => {
    const d = await atResult();
    await typeForPrintout(d, NAME_FIELD, NAME);
    await typeForPrintout(d, BIRTH_DATE_FIELD, BIRTH_DATE);
    await d.click(ui.nav.print);
    const frame = () => d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]');
    await waitUntil(() => frame()?.contentDocument?.querySelector('h1'), undefined, { timeout: 5000 });
    expect(frame()!.getAttribute('aria-hidden')).to.equal('true');
    const printed = frame()!.contentDocument!;
    expect(printed.documentElement.lang).to.equal('en');
    const text = printed.body.textContent;
    expect(text).to.contain(NAME).and.to.contain(BIRTH_DATE).and.to.contain(CLINIC);
    expect(printed.querySelector('.safety--support')).to.exist;

    // Never stored, never in the result or an event.
    const everything = JSON.stringify([d.el.result, d.steps, d.crises, d.completes, { ...sessionStorage }, { ...localStorage }]);
    expect(everything).not.to.contain(NAME);
    expect(everything).not.to.contain(BIRTH_DATE);
  });

  it('the date of birth field shows its format, tied to the field for screen readers', async () => {
    const d = await atResult();
    const fieldNamed = (name: string) => d.root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    const field = fieldNamed(BIRTH_DATE_FIELD);
    const hint = d.root.getElementById(field.getAttribute('aria-describedby')!)!;
    expect(d.text(hint)).to.equal(ui.summary.birthDateHint);
    expect(ui.summary.birthDateHint).to.contain('month/day/year');
    expect(fieldNamed(NAME_FIELD).hasAttribute('aria-describedby'), 'the name needs no hint').to.equal(false);
  });

  it('downloads the FHIR file from a Blob link: completed, with the result, without the name', async () => {
    const d = await atResult();
    await typeForPrintout(d, NAME_FIELD, NAME);
    const { name, href, bundle } = await download(d);
    expect(href).to.match(/^blob:/);
    expect(name).to.match(/^self-screen-\d{4}-\d{2}-\d{2}\.json$/);
    expect(bundle.resourceType).to.equal('Bundle');
    expect(bundle.entry.map((e) => e.resource.resourceType)).to.deep.equal(['Questionnaire', 'QuestionnaireResponse']);
    const response = responseIn(bundle);
    expect(response.status).to.equal('completed');
    expect(response.authored).to.equal(d.el.result!.completedAt);
    expect(JSON.stringify(bundle)).not.to.contain(NAME);
    await d.settle();
    expect(notice(d)).to.equal(ui.summary.downloaded);
  });

  // CLINICAL.md §4.3: the urgent panel offers Print, not Copy or the FHIR file (its file's
  // `stopped` status is tested in test/fhir/fhir.test.ts).
  it('the urgent panel offers Print only', async () => {
    const d = await atUrgentPanel();
    const names = [...d.crisisPanel!.querySelectorAll('button')].map((b) => d.text(b));
    expect(names).to.deep.equal([ui.nav.print, ui.nav.startOver]);
  });

  it('"Start over" clears what the last action said', async () => {
    const d = await atResult();
    const restore = fakeClipboard(async () => {});
    try {
      await d.click(ui.nav.copy);
      await waitUntil(() => notice(d) === ui.summary.copied, undefined, { timeout: 5000 });
    } finally {
      restore();
    }
    await d.click(ui.nav.startOver);
    await d.walkToResult(SIX_ESCALATED.answers);
    expect(notice(d)).to.equal('');
  });
});
