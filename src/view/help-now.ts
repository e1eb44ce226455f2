import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ViewContext } from './context.js';
import { resourceList } from './resources.js';

/**
 * "Need help now?": the region's resources, one click away, without leaving the step. The list
 * changes only with the region or the language, so a step change does not render it again. No
 * one sees it before opening it, so the element's first paint leaves it out: it follows as soon as
 * the page is idle, rather than delay the first question.
 */
export function helpNow({ ui, region, firstPaint }: ViewContext) {
  return html`<details class="help-now">
    <summary>${ui.helpNow.summary}</summary>
    <p>${ui.helpNow.intro}</p>
    ${firstPaint ? nothing : guard([region, ui], () => resourceList(region.resources, ui))}
  </details>`;
}
