import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contentFor, loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { renderSummary } from '../../src/summary/print.js';
import { openPrintFrame } from '../../src/summary/print-frame.js';
import { findQuestion } from '../../src/bank/steps.js';
import { fillCrisisCopy } from '../../src/crisis/regions.js';
import { wholeUiOf } from '../../src/i18n/result-content.js';
import { bilingualSummaryOf } from '../../src/summary/clinic-lang.js';
import type { SummaryDocument } from '../../src/summary/summary-document.js';
import { NO_MEDICINES, SIX_CALM, SIX_ESCALATED, TWO_FAILED, URGENT, sessionOf, type SummaryPersona } from './personas.js';

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
  /** The Letter printout as a picture (null for A4, or without pdftoppm). */
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

/**
 * `wishes`: the patient ticked "I want to ask about this" on every option (its longest section).
 * The clinic's language is the default, English (`clinic-lang`).
 */
function summaryFor(persona: SummaryPersona, content: LocaleContent, wishes = false): SummaryDocument {
  const context = sessionOf(persona, content);
  const result = context.result && wishes ? { ...context.result, wantToAsk: context.result.options.map((o) => o.id) } : context.result;
  return bilingualSummaryOf({
    context: { ...context, result },
    content,
    clinicContent: english,
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
  ['six-medicines-escalated-wishes-es', SIX_ESCALATED, () => loadContent('es'), true],
  ['urgent-es', URGENT, () => loadContent('es')],
];

describe('doctor’s summary on paper', () => {
  for (const [name, persona, load, wishes] of cases) {
    it(`${name}: ${persona.name}${wishes ? ', every option ticked' : ''}: one page on Letter and on A4, safety status on it`, async function () {
      const content = await load();
      const summary = summaryFor(persona, content, wishes);
      const printed = await print(name, summary);
      if ('unsupported' in printed) this.skip(); // Not Chromium: the PDF check runs there only.
      for (const [format, { pages }] of Object.entries(printed as Record<string, Printed>)) {
        expect(pages, `${format}: pages`).to.have.length(1);
        const page = squash(pages[0]);
        expect(page).to.contain(squash(summary.safety.status));
        for (const trigger of summary.safety.triggers) expect(page).to.contain(squash(trigger.label));
        expect(page).to.contain(squash(summary.notesHeading));
        for (const section of summary.sections) expect(page).to.contain(squash(section.heading));
        expect(page).to.contain(squash(summary.footer[1]));
        // The PHQ-9's credit line, once for the instrument (CLINICAL.md §3).
        const credit = squash(findQuestion(content.bank, 'phq9-1')!.help!);
        expect(page.split(credit), `${format}: PHQ-9 credit once`).to.have.length(summary.sections.some((x) => x.id === 'phq9') ? 2 : 1);
        for (const row of summary.sections.find((s) => s.id === 'medicines')?.table?.rows ?? [])
          expect(page).to.contain(squash(row[0]));
      }
    });
  }
});

describe('doctor’s summary on paper, Spanish session, clinic in English (clinic-lang)', () => {
  const en = wholeUiOf(english).summary;
  for (const [name, persona, wishes] of [
    ['six-medicines-escalated-es', SIX_ESCALATED, true],
    ['six-medicines-es', SIX_CALM, true],
    ['two-failed-es', TWO_FAILED, false],
    ['urgent-es', URGENT, false],
  ] as const) {
    it(`${name}: one page on Letter and A4; the safety box, headings and PHQ-9 lines also in English; the patient's parts in Spanish`, async function () {
      const spanish = await loadContent('es');
      const es = wholeUiOf(spanish).summary;
      const context = sessionOf(persona, spanish);
      const level = context.safety.level;
      const summary = summaryFor(persona, spanish, wishes);
      const printed = await print(`${name}-clinic-en`, summary);
      if ('unsupported' in printed) this.skip();
      const englishTriggers = context.safety.triggeredBy.map((id) => findQuestion(english.bank, id)!.text);
      const escalated = level !== 'none';
      expect(englishTriggers.length > 0, 'an escalated persona has triggers').to.equal(escalated);
      for (const [format, { pages }] of Object.entries(printed as Record<string, Printed>)) {
        expect(pages, `${format}: pages`).to.have.length(1);
        const page = squash(pages[0]);
        // English: the note, the safety box (level, what raised it, the crisis line), headings.
        for (const text of [
          'Patient completed the screen in Spanish.',
          en.safetyHeading,
          en.safetyStatus[level],
          en.safetyLevels[level],
          ...(escalated ? [en.triggeredBy, ...englishTriggers, fillCrisisCopy(english.ui.banner, english.crisis.regions.US)] : []),
          en.notesHeading,
          ...(persona === URGENT ? [] : [en.phq9Heading, en.phq9TotalLabel, en.medicinesHeading, en.columns.adequate, en.patternLabel]),
        ])
          expect(page, `${format}: ${text}`).to.contain(squash(text));
        // Spanish: the patient's own parts.
        for (const text of [es.selfReport, es.safetyStatus[level], es.resourcesHeading, ...(wishes ? [es.wantToAskHeading] : [])])
          expect(page, `${format}: ${text}`).to.contain(squash(text));
      }
    });
  }
});
