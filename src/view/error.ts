import { html } from 'lit';
import type { RegionData } from '../crisis/types.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import { resourceList } from './resources.js';

/** Shown when the bank is invalid or a view failed: what happened, and help that still works. */
export function errorView(message: string, ui: UiStrings, region: RegionData) {
  return html`<h2 part="heading" tabindex="-1" data-view-focus>${ui.error.heading}</h2>
    <p>${ui.error.intro}</p>
    <p class="error-detail">${message}</p>
    <h3>${ui.error.helpHeading}</h3>
    ${resourceList(region.resources, ui)}`;
}
