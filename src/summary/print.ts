import { printStyles } from './print.styles.js';
import type { SummaryBlock, SummaryDocument } from './summary-model.js';

/** Prints the summary from a hidden iframe, built with DOM calls (no HTML strings). */

function append<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string, className?: string) {
  const element = parent.ownerDocument!.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  parent.appendChild(element);
  return element;
}

function renderBlock(parent: HTMLElement, block: SummaryBlock, level: 2 | 3) {
  const section = append(parent, 'section');
  append(section, level === 2 ? 'h2' : 'h3', block.heading);
  for (const text of block.paragraphs) append(section, 'p', text);
  // Labelled items read as question → answer; the others as a plain list.
  const labelled = block.items.filter((item) => item.label);
  const plain = block.items.filter((item) => !item.label);
  if (plain.length) {
    const list = append(section, 'ul');
    for (const item of plain) append(list, 'li', item.text);
  }
  if (labelled.length) {
    const list = append(section, 'dl');
    for (const item of labelled) {
      append(list, 'dt', item.label);
      append(list, 'dd', item.text);
    }
  }
  for (const part of block.parts ?? []) renderBlock(section, part, 3);
}

/** Fills an empty document with the summary. */
export function renderSummary(doc: Document, summary: SummaryDocument): void {
  doc.documentElement.lang = summary.lang;
  doc.title = summary.title;
  append(doc.head, 'style', printStyles.cssText);
  const main = append(doc.body, 'main');
  append(main, 'h1', summary.title);
  for (const line of summary.subtitle) append(main, 'p', line, 'subtitle');
  if (summary.banner) append(main, 'p', summary.banner, 'banner');
  for (const block of summary.blocks) renderBlock(main, block, 2);
  const footer = append(doc.body, 'footer');
  for (const line of summary.footer) append(footer, 'p', line);
}

const FRAME_MARK = 'data-trd-print';

/** Opens the browser's print dialog for the summary; the frame lives in `container`. */
export function printSummary(summary: SummaryDocument, container: ParentNode & Node): void {
  container.querySelector(`iframe[${FRAME_MARK}]`)?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = summary.title;
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:1px;block-size:1px;border:0';
  container.appendChild(frame);
  const win = frame.contentWindow!;
  renderSummary(win.document, summary);
  win.focus();
  win.print();
}
