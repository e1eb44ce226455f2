import { html } from 'lit';
import type { UiStrings } from '../i18n/ui-strings.js';
import { lazyChunk } from '../lazy-chunk.js';

/** A checklist this long gets a filter box (the medicines' does; short questions do not). */
export const FILTER_FROM = 12;

// The matching is fetched at the first key press, so the embed carries only the box. If the fetch
// fails, the whole list simply stays shown (and the next key press asks again).
const filterChunk = lazyChunk(() => import('./filter-rows.js'));

/**
 * A labelled search box above a long checklist, and a polite status saying how many rows show.
 * View state only: it never sends an event, so the answers and the flow do not see it.
 */
export function filterBox(questionId: string, ui: UiStrings) {
  const id = `filter-${questionId}`;
  const onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    filterChunk.load().then(({ filterRows }) => filterRows(input, ui.filter.shown), () => {});
  };
  // One line, as every byte of the embed counts. The label sits on its own line: the input is
  // as wide as the list. No autocomplete: the browser would keep the medicine names typed.
  return html`<label for=${id}>${ui.filter.label}</label><input id=${id} class="text-input" type="search" autocomplete="off" @input=${onInput} /><p class="help" role="status"></p>`;
}
