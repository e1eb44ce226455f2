import { html } from 'lit';
import type { SafetyLevel } from '../bank/types.js';
import type { RegionData } from '../crisis/types.js';
import { crisisBannerAt } from './crisis-banner.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import { resourceList } from './resources.js';

/**
 * Shown when the bank is invalid or a view failed: what happened, and help that still works.
 * A session that had escalated keeps its banner here too.
 */
export function errorView(message: string, ui: UiStrings, region: RegionData, level: SafetyLevel) {
  return html`${crisisBannerAt(level, ui, region)}<h2 part="heading" tabindex="-1" data-view-focus>${ui.error.heading}</h2>
    <p>${ui.error.intro}</p>
    <p class="error-detail">${message}</p>
    <h3>${ui.error.helpHeading}</h3>
    ${resourceList(region.resources, ui)}`;
}
