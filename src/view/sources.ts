import { html, nothing } from 'lit';
import { format } from '../i18n/format.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';

/** A source link named by its site, e.g. "Source: fda.gov"; nothing for a fact without one. */
export function sourceLink(url: string | undefined, ui: WholeUiStrings) {
  if (!url) return nothing;
  const site = new URL(url).hostname.replace(/^www\./, '');
  return html`<a class="source" href=${url} target="_blank" rel="noopener"
    >${format(ui.result.source, { site })}<span class="visually-hidden"> ${ui.resources.newTab}</span></a
  >`;
}
