import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contentFor, loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { renderSummary } from '../../src/summary/print.js';
import { openPrintFrame } from '../../src/summary/print-frame.js';
import { summaryOf, type SummaryDocument } from '../../src/summary/summary-model.js';
import { NO_MEDICINES, SIX_CALM, SIX_ESCALATED, URGENT, sessionOf, type SummaryPersona } from './personas.js';

/**
 * The printout on paper: each persona's summary, built in a frame exactly as printing builds it,
 * is printed to PDF by the test's Chromium (see pdf-command.mjs) on US Letter and on A4. It must
 * fit one page, and an escalated safety status must be on it. The PDFs and PNGs are kept in
 * test-output/summary/ for people to look at.
 */

interface Printed {
  /** The text of each page. */
  pages: string[];
  pdf: string;
  png: string | null;
}

const english = contentFor('en').content;
const NOW = new Date('2026-01-01T15:30:00Z');

/** The frame's document as one HTML file, its constructed style sheet written out as a style element. */
function asHtml(win: Window): string {
  const doc = win.document;
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  const style = doc.createElement('style');
  style.textContent = doc.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  copy.querySelector('head')!.append(style);
  return `<!doctype html>${copy.outerHTML}`;
}

type PrintResult = Record<'letter' | 'a4', Printed> | { unsupported: true };

async function print(name: string, summary: SummaryDocument): Promise<PrintResult> {
  const win = await openPrintFrame(document.body, summary.title);
  renderSummary(win.document, summary);
  return executeServerCommand('summary-pdf', { name, html: asHtml(win) });
}

/** Text compared without spaces and case: line breaks and capitals are the page's business. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** `wishes`: the patient ticked "I want to ask about this" on every option (its longest section). */
function summaryFor(persona: SummaryPersona, content: LocaleContent, wishes = false): SummaryDocument {
  const context = sessionOf(persona, content);
  const result = context.result && wishes ? { ...context.result, wantToAsk: context.result.options.map((o) => o.id) } : context.result;
  return summaryOf({
    context: { ...context, result },
    content,
    region: content.crisis.regions.US,
    clinicName: 'Riverbend Health',
    now: NOW,
    personal: { name: 'Ana Example', birthDate: '03/02/1980' },
  });
}

const cases: Array<[string, SummaryPersona, () => Promise<LocaleContent>, boolean?]> = [
  ['six-medicines-escalated', SIX_ESCALATED, () => Promise.resolve(english)],
  ['six-medicines-escalated-wishes', SIX_ESCALATED, () => Promise.resolve(english), true],
  ['six-medicines', SIX_CALM, () => Promise.resolve(english)],
  ['no-medicines', NO_MEDICINES, () => Promise.resolve(english)],
  ['urgent', URGENT, () => Promise.resolve(english)],
  ['six-medicines-escalated-es', SIX_ESCALATED, () => loadContent('es')],
];

describe('doctor’s summary on paper', () => {
  for (const [name, persona, load, wishes] of cases) {
    it(`${name}: ${persona.name}${wishes ? ', every option ticked' : ''}: one page on Letter and on A4, safety status on it`, async function () {
      const summary = summaryFor(persona, await load(), wishes);
      const printed = await print(name, summary);
      if ('unsupported' in printed) this.skip(); // Not Chromium: the PDF check runs there only.
      for (const [format, { pages, pdf, png }] of Object.entries(printed as Record<string, Printed>)) {
        console.log(`  ${name} (${format}): ${pages.length} page(s): ${png ?? pdf}`);
        expect(pages, `${format}: pages`).to.have.length(1);
        const page = squash(pages[0]);
        expect(page).to.contain(squash(summary.safety.status));
        for (const trigger of summary.safety.triggers) expect(page).to.contain(squash(trigger.label));
        expect(page).to.contain(squash(summary.notesHeading));
        for (const section of summary.sections) expect(page).to.contain(squash(section.heading));
        expect(page).to.contain(squash(summary.footer[1]));
        for (const row of summary.sections.find((s) => s.id === 'medicines')?.table?.rows ?? [])
          expect(page).to.contain(squash(row[0]));
      }
    });
  }
});
