import { html } from 'lit';
import { format } from '../i18n/format.js';
import { progressOf } from '../machine/selectors.js';
import type { ViewContext } from './context.js';

/**
 * "Step 4 of 9 — Medicines you have tried", announced politely when it changes. The bar's width
 * is set through the style property (CSSOM), which a strict CSP allows; a style attribute it blocks.
 */
export function progress({ snapshot, ui }: ViewContext) {
  const { section, index, total } = progressOf(snapshot);
  const title =
    section === 'review'
      ? ui.progress.review
      : section === 'result'
        ? ui.progress.result
        : (snapshot.context.bank.sections.find((s) => s.id === section)?.title ?? '');
  return html`<p part="progress" class="progress" aria-live="polite">
    ${format(ui.progress.step, { index, total, section: title })}
    <span class="progress-bar" aria-hidden="true"><span .style=${`inline-size: ${(index / total) * 100}%`}></span></span>
  </p>`;
}
