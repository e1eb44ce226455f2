import { html } from 'lit';
import type { UiStrings } from '../i18n/ui-strings.js';
import { format } from '../i18n/format.js';
import { pageCountOf, stepOf, viewOf } from '../machine/selectors.js';
import type { ViewContext } from './context.js';

/**
 * Pages, welcome to review, of a typical journey: the mean over the persona journeys in the tests
 * (27.7: 26 pages with no medicine, one more for each medicine chosen), which a test keeps true.
 */
export const TYPICAL_PAGES = 28;

/**
 * Seconds a page takes, on average. The two-medicine persona's 27 question pages hold about 1,610 words
 * (titles, intros, questions, choices and their help) and 35 answers: read at 200 words a minute
 * (below the ≈ 240 of adult silent reading, for a phone and a heavy subject) plus 3 s to choose each
 * answer, that is 588 s, or 22 s a page.
 */
export const SECONDS_PER_PAGE = 22;

/** "It takes about 10 minutes.", for the welcome. */
export function durationSentence(ui: UiStrings): string {
  return format(ui.welcome.duration, { minutes: Math.round((TYPICAL_PAGES * SECONDS_PER_PAGE) / 60) });
}

/**
 * "Page 4 of 26 or more — Medicines you have tried": the pages this patient's answers show, counted
 * again on every change, so the total goes up when medicines are chosen ("or more" until then). It is
 * announced politely when it changes. The bar's width is set through the style property (CSSOM),
 * which a strict CSP allows; a style attribute it blocks.
 */
export function progress({ snapshot, ui }: ViewContext) {
  const view = viewOf(snapshot);
  const { index, total, mayGrow } = pageCountOf(snapshot);
  const section = view === 'review' ? ui.progress.review : (stepOf(snapshot)?.sectionTitle ?? '');
  return html`<p part="progress" class="progress" aria-live="polite">
    ${view === 'result' ? ui.progress.result : format(mayGrow ? ui.progress.pageOrMore : ui.progress.page, { index, total, section })}
    <span class="progress-bar" aria-hidden="true"><span .style=${`inline-size: ${(index / total) * 100}%`}></span></span>
  </p>`;
}
