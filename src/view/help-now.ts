import { html } from 'lit';
import type { ViewContext } from './context.js';
import { resourceList } from './resources.js';

/** "Need help now?": the region's resources, one click away, without leaving the step. */
export function helpNow({ ui, region }: ViewContext) {
  return html`<details class="help-now">
    <summary>${ui.helpNow.summary}</summary>
    <p>${ui.helpNow.intro}</p>
    ${resourceList(region.resources, ui)}
  </details>`;
}
