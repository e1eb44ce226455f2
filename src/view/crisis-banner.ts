import { html, nothing } from 'lit';
import { fillCrisisCopy } from '../../questions/crisis.js';
import type { ViewContext } from './context.js';
import { crisisLineLinks, resourceLinks } from './resources.js';

/** The compact reminder shown on every view once the session has escalated. */
export function crisisBanner({ snapshot, ui, region }: ViewContext) {
  if (snapshot.context.safety.level === 'none') return nothing;
  return html`<div part="crisis-banner" class="crisis-banner">
    <p>${fillCrisisCopy(ui.banner, region)}</p>
    ${resourceLinks(crisisLineLinks(region), ui)}
  </div>`;
}
