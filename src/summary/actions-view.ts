import { html, nothing } from 'lit';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { SummaryActionId } from './chosen-actions.js';
import { BIRTH_DATE_FIELD, NAME_FIELD, TEXT_FIELD, type SummaryActions, type SummaryNotice } from './types.js';

/**
 * The summary's actions on the result and the urgent panel: optional name and date of birth for
 * the printout, then print, copy and download, as the clinic chose. What an action did is said in
 * a polite live region that is always present, so screen readers announce the change.
 */

/** A text field for the printout; `hint` (e.g. a date's format) is tied to it for screen readers. */
function field(name: string, label: string, hint?: string) {
  const hintId = `${name}-hint`;
  return html`<p class="summary-field">
    <label for=${name}>${label}</label>
    ${hint ? html`<span class="help" id=${hintId}>${hint}</span>` : nothing}
    <input class="text-input" id=${name} name=${name} type="text" autocomplete="off" aria-describedby=${hint ? hintId : nothing} />
  </p>`;
}

function noticeText(ui: UiStrings, notice: SummaryNotice | null): string {
  if (!notice) return '';
  const texts = { copied: ui.summary.copied, downloaded: ui.summary.downloaded, manual: ui.summary.copyFallback, unavailable: ui.summary.unavailable };
  return texts[notice.kind];
}

/**
 * `shown`: the actions to offer, the clinic's choice by default (the urgent panel offers Print
 * only). The name and date of birth come with Print, the file's hint with the FHIR file.
 */
export function summaryActions(ui: UiStrings, actions: SummaryActions, shown: readonly SummaryActionId[] = actions.shown) {
  if (!shown.length) return nothing;
  const { notice } = actions;
  const offers = (id: SummaryActionId) => shown.includes(id);
  const button = (id: SummaryActionId, run: () => Promise<void>, label: string) =>
    offers(id) ? html`<button part="button" class="secondary" @click=${run}>${label}</button>` : nothing;
  return html`<div class="summary-actions">
    ${offers('print')
      ? html`<details class="personal">
          <summary>${ui.summary.personalHeading}</summary>
          <p class="help">${ui.summary.personalHint}</p>
          ${field(NAME_FIELD, ui.summary.name)} ${field(BIRTH_DATE_FIELD, ui.summary.birthDate, ui.summary.birthDateHint)}
        </details>`
      : nothing}
    <div class="actions">
      ${button('print', actions.print, ui.nav.print)} ${button('copy', actions.copy, ui.nav.copy)}
      ${button('fhir', actions.download, ui.nav.download)}
    </div>
    ${offers('fhir') ? html`<p class="help">${ui.summary.downloadHint}</p>` : nothing}
    <p class="summary-notice" role="status">${noticeText(ui, notice)}</p>
    ${notice?.kind === 'manual'
      ? html`<p class="summary-field">
          <label for=${TEXT_FIELD}>${ui.summary.copyFallbackLabel}</label>
          <textarea class="text-input summary-text" id=${TEXT_FIELD} name=${TEXT_FIELD} readonly rows="10" .value=${notice.text}></textarea>
        </p>`
      : nothing}
  </div>`;
}
