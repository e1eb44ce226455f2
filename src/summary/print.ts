import { html, nothing, render } from 'lit';
import { printStyles } from './print.styles.js';
import { labelOf, type SummaryDocument, type SummaryField, type SummarySafety, type SummarySection } from './summary-document.js';

/**
 * The printout: the summary rendered with lit into a document of its own (no HTML strings), the
 * hidden print frame's (see print-frame.ts).
 */

function fields(list: SummaryField[], className: string) {
  if (!list.length) return nothing;
  return html`<dl class=${className}>
    ${list.map((f) => html`<div><dt>${labelOf(f)}</dt> <dd class=${f.value ? nothing : 'blank'}>${f.value}</dd></div>`)}
  </dl>`;
}

/** The safety box's words: in the patient's language, then again in the clinic's (`clinic-lang`). */
function safetyLines(safety: SummarySafety, headingId?: string) {
  return html`<h2 id=${headingId ?? nothing}>${safety.heading}: <span class="status">${safety.status}</span></h2>
    <p>${safety.detail}</p>
    ${safety.triggers.length
      ? html`<p class="label">${safety.triggersLabel}</p>
          <ul class="triggers">
            ${safety.triggers.map((t) => html`<li>${t.label} <strong>${t.value}</strong></li>`)}
          </ul>`
      : nothing}
    ${fields(safety.fields, 'fields inline')}
    ${safety.banner ? html`<p class="banner" data-part="crisis-banner">${safety.banner}</p>` : nothing}`;
}

/** The safety box; in two languages, side by side (one page still). */
function safetyBox(safety: SummarySafety, clinic: SummaryDocument['clinic']) {
  if (!clinic) {
    return html`<section class="safety safety--${safety.level}" aria-labelledby="safety-heading">
      ${safetyLines(safety, 'safety-heading')}
    </section>`;
  }
  return html`<section class="safety safety--${safety.level} bilingual" aria-labelledby="safety-heading">
    <div>${safetyLines(safety, 'safety-heading')}</div>
    <div class="clinic-lang" lang=${clinic.lang}>${safetyLines(clinic.safety)}</div>
  </section>`;
}

/** A heading, then the clinic's words for it when the patient used another language. */
function heading(section: SummarySection) {
  const { clinic } = section;
  return html`${section.heading}${clinic ? html` <span class="gloss" lang=${clinic.lang}>/ ${clinic.heading}</span>` : nothing}`;
}

function table({ columns, rows }: NonNullable<SummarySection['table']>, clinic: SummarySection['clinic']) {
  const gloss = (i: number) => clinic?.columns?.[i];
  return html`<table>
    <thead>
      <tr>
        ${columns.map(
          (c, i) => html`<th scope="col">${c}${gloss(i) ? html`<span class="gloss" lang=${clinic!.lang}>${gloss(i)}</span>` : nothing}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${rows.map(([name, ...cells]) => html`<tr><th scope="row">${name}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}
    </tbody>
  </table>`;
}

function lines(section: SummarySection) {
  const items = section.lines.map((l) => html`<li>${l}</li>`);
  if (section.list === 'ordered') return html`<ol class="run-in">${items}</ol>`;
  if (section.list === 'plain') return html`<ul class="run-in">${items}</ul>`;
  return section.lines.map((l) => html`<p>${l}</p>`);
}

/**
 * A section. `runIn`: its heading is a bold label at the start of its list, e.g. the options the
 * screen listed after those the patient wants to ask about: a heading's line saved keeps one page.
 */
function sectionView(section: SummarySection, runIn = false) {
  if (runIn) {
    return html`<section class="section section--${section.id} run-in-heading">
      <span class="label">${heading(section)}:</span> ${lines(section)}
    </section>`;
  }
  return html`<section class="section section--${section.id}">
    <h2>${heading(section)}</h2>
    ${lines(section)} ${fields(section.fields, section.id === 'preferences' ? 'fields' : 'fields inline')}
    ${section.clinic?.fields.length ? html`<div class="clinic-lang" lang=${section.clinic.lang}>${fields(section.clinic.fields, 'fields inline')}</div>` : nothing}
    ${section.table ? table(section.table, section.clinic) : nothing}
  </section>`;
}

/** Short answer lists share two columns; everything else spans the page. */
const COLUMN_SECTIONS: ReadonlyArray<SummarySection['id']> = ['other-treatments', 'health', 'preferences'];

/** The sections in order, runs of column sections grouped into one two-column block. */
function sectionsView(sections: SummarySection[]) {
  const groups: SummarySection[][] = [];
  for (const section of sections) {
    const inColumns = COLUMN_SECTIONS.includes(section.id);
    const last = groups.at(-1);
    if (inColumns && last && COLUMN_SECTIONS.includes(last[0].id)) last.push(section);
    else groups.push([section]);
  }
  return groups.map((group, i) =>
    COLUMN_SECTIONS.includes(group[0].id)
      ? html`<div class="columns">${group.map((section) => sectionView(section))}</div>`
      : sectionView(group[0], group[0].id === 'options' && groups[i - 1]?.[0].id === 'want-to-ask'),
  );
}

function summaryTemplate(summary: SummaryDocument) {
  return html`<main>
      <header>
        <h1>${summary.title}</h1>
        <p><span class="self-report">${summary.selfReport}</span> ${summary.privacy}</p>
        ${summary.clinic ? html`<p class="self-report" lang=${summary.clinic.lang}>${summary.clinic.note}</p>` : nothing}
        ${fields(summary.details, 'fields inline details')}
      </header>
      ${safetyBox(summary.safety, summary.clinic)} ${sectionsView(summary.sections)}
      <section class="notes">
        <h2>
          ${summary.notesHeading}${summary.clinic
            ? html` <span class="gloss" lang=${summary.clinic.lang}>/ ${summary.clinic.notesHeading}</span>`
            : nothing}
        </h2>
        <div class="notes-box"></div>
      </section>
    </main>
    <footer>${summary.footer.map((line) => html`<p>${line}</p>`)}</footer>`;
}

/** Styles a document: a constructed sheet where possible (strict CSP allows it), else a style element. */
function style(doc: Document): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in doc) {
    const sheet = new Sheet();
    sheet.replaceSync(printStyles.cssText);
    doc.adoptedStyleSheets = [sheet];
    return;
  }
  const element = doc.createElement('style');
  element.textContent = printStyles.cssText;
  doc.head.append(element);
}

/** Fills an empty document with the summary. */
export function renderSummary(doc: Document, summary: SummaryDocument): void {
  doc.documentElement.lang = summary.lang;
  doc.title = summary.title;
  style(doc);
  render(summaryTemplate(summary), doc.body);
}

/** Fills the print frame's document with the summary and opens the browser's print dialog. */
export function printSummary(summary: SummaryDocument, win: Window): void {
  renderSummary(win.document, summary);
  win.focus();
  win.print();
}
