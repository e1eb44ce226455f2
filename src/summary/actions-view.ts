import { html, nothing } from 'lit';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { SummaryActions, SummaryNotice } from './summary-actions.js';

/**
 * The summary's actions on the result and the urgent panel: optional name and date of birth for
 * the printout, then print, copy and download. What an action did is said in a polite live
 * region that is always present, so screen readers announce the change.
 */

export const NAME_FIELD = 'summary-name';
export const BIRTH_DATE_FIELD = 'summary-birth-date';
export const TEXT_FIELD = 'summary-text';

function field(name: string, label: string) {
  return html`<p class="summary-field">
    <label for=${name}>${label}</label>
    <input class="text-input" id=${name} name=${name} type="text" autocomplete="off" />
  </p>`;
}

function noticeText(ui: UiStrings, notice: SummaryNotice | null): string {
  if (!notice) return '';
  const texts = { copied: ui.summary.copied, downloaded: ui.summary.downloaded, manual: ui.summary.copyFallback, unavailable: ui.summary.unavailable };
  return texts[notice.kind];
}

export function summaryActions(ui: UiStrings, actions: SummaryActions) {
  const { notice } = actions;
  return html`<div class="summary-actions">
    <details class="personal">
      <summary>${ui.summary.personalHeading}</summary>
      <p class="help">${ui.summary.personalHint}</p>
      ${field(NAME_FIELD, ui.summary.name)} ${field(BIRTH_DATE_FIELD, ui.summary.birthDate)}
    </details>
    <div class="actions">
      <button part="button" class="secondary" @click=${actions.print}>${ui.nav.print}</button>
      <button part="button" class="secondary" @click=${actions.copy}>${ui.nav.copy}</button>
      <button part="button" class="secondary" @click=${actions.download}>${ui.nav.download}</button>
    </div>
    <p class="help">${ui.summary.downloadHint}</p>
    <p class="summary-notice" role="status">${noticeText(ui, notice)}</p>
    ${notice?.kind === 'manual'
      ? html`<p class="summary-field">
          <label for=${TEXT_FIELD}>${ui.summary.copyFallbackLabel}</label>
          <textarea class="text-input summary-text" id=${TEXT_FIELD} name=${TEXT_FIELD} readonly rows="10" .value=${notice.text}></textarea>
        </p>`
      : nothing}
  </div>`;
}
