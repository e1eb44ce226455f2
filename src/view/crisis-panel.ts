import { html, nothing } from 'lit';
import { fillCrisisCopy } from '../crisis/regions.js';
import type { ViewContext } from './context.js';
import { linksOf, resourceLinks, resourceList } from './resources.js';

/**
 * The panels shown instead of a step: `support` (calm words, the crisis line's call and text as
 * its strongest buttons, then Continue), `urgent` (emergency first, its call the one filled
 * button; the flow ends) and `stopped` (under 18). Each is a labelled region that takes focus
 * when it appears, so screen readers announce it at once. The urgent one looks different at a
 * glance (CLINICAL.md §4.3): its own heading style and icon.
 */
function panel(level: string, heading: string, body: unknown) {
  return html`<section part="crisis" class="crisis crisis--${level}" aria-labelledby="crisis-heading" tabindex="-1" data-view-focus>
    <h2 id="crisis-heading" part="heading">${level === 'urgent' ? urgentIcon : nothing}${heading}</h2>
    ${body}
  </section>`;
}

/** A shield: safety first. Decorative; the heading says it in words. */
const urgentIcon = html`<svg class="crisis-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
  <path d="M12 2l8 3v6c0 5-3.4 9.4-8 11-4.6-1.6-8-6-8-11V5z" />
</svg>`;

/** Every resource not already shown above it, under "Other ways to get help". */
function otherResources(ctx: ViewContext, shown: string[]) {
  const others = ctx.region.resources.filter((r) => !shown.includes(r.id));
  return others.length ? html`<h3>${ctx.ui.crisis.otherResources}</h3>${resourceList(others, ctx.ui)}` : nothing;
}

export function supportPanel(ctx: ViewContext) {
  const { ui, region } = ctx;
  const copy = ctx.content.crisis.copy.support;
  const line = region.crisisLine.resource;
  return panel(
    'support',
    ui.crisis.supportHeading,
    html`<p class="lead">${copy.lead}</p>
      <p>${fillCrisisCopy(copy.tellDoctor, region)}</p>
      ${resourceLinks(linksOf(region, line), ui, true)} ${otherResources(ctx, [line])}
      <div class="actions">
        <button part="button" class="secondary" @click=${() => ctx.send({ type: 'crisis.continue' })}>${ui.nav.continue}</button>
      </div>`,
  );
}

export function urgentPanel(ctx: ViewContext) {
  const { ui, region } = ctx;
  const copy = ctx.content.crisis.copy.urgent;
  const line = region.crisisLine.resource;
  return panel(
    'urgent',
    ui.crisis.urgentHeading,
    html`<p class="lead">${fillCrisisCopy(copy.act, region)}</p>
      ${resourceLinks(linksOf(region, 'emergency'), ui, true)}
      <p>${fillCrisisCopy(copy.line, region)}</p>
      ${resourceLinks(linksOf(region, line), ui)}
      <p>${copy.stay}</p>
      <p>${copy.distance}</p>
      ${otherResources(ctx, ['emergency', line])}
      ${ctx.summaryActions
        ? html`<p class="hint">${ui.crisis.printHint}</p>
            ${ctx.summaryActions(ui, ctx.summary, ['print'])}`
        : nothing}
      <div class="actions">
        <button part="button" class="quiet" @click=${() => ctx.send({ type: 'nav.restart' })}>${ui.nav.startOver}</button>
      </div>`,
  );
}

/** Under 18: no result; the region's resources and Start over. */
export function stoppedPanel(ctx: ViewContext) {
  const { ui, region } = ctx;
  return panel(
    'stopped',
    ui.stopped.heading,
    html`<p class="lead">${ui.stopped.text}</p>
      ${resourceList(region.resources, ui)}
      <div class="actions">
        <button part="button" class="secondary" @click=${() => ctx.send({ type: 'nav.restart' })}>${ui.nav.startOver}</button>
      </div>`,
  );
}
