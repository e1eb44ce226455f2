import { html, nothing } from 'lit';
import { fillCrisisCopy } from '../../questions/crisis.js';
import type { ViewContext } from './context.js';
import { crisisLineOf, resourceLink } from './resources.js';

/** The compact reminder shown on every view once the session has escalated. */
export function crisisBanner({ snapshot, ui, region }: ViewContext) {
  if (snapshot.context.safety.level === 'none') return nothing;
  const links = crisisLineOf(region)?.links ?? [];
  return html`<div part="crisis-banner" class="crisis-banner">
    <p>${fillCrisisCopy(ui.banner, region)}</p>
    ${links.length ? html`<p class="resource-links">${links.map((link) => resourceLink(link, ui))}</p>` : nothing}
  </div>`;
}
