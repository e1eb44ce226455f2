import { html, nothing } from 'lit';
import { fillCrisisCopy } from '../crisis/regions.js';
import type { SafetyLevel } from '../bank/types.js';
import type { RegionData } from '../crisis/types.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { ViewContext } from './context.js';
import { crisisLineLinks, resourceLinks } from './resources.js';

/** The compact reminder shown on every view once the session has escalated. */
export function crisisBanner({ snapshot, ui, region }: ViewContext) {
  return crisisBannerAt(snapshot.context.safety.level, ui, region);
}

/** The banner at this level (none → nothing): also on the error view, whose session has no actor. */
export function crisisBannerAt(level: SafetyLevel, ui: UiStrings, region: RegionData) {
  if (level === 'none') return nothing;
  return html`<div part="crisis-banner" class="crisis-banner">
    <p>${fillCrisisCopy(ui.banner, region)}</p>
    ${resourceLinks(crisisLineLinks(region), ui)}
  </div>`;
}
