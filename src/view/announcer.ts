import { html } from 'lit';
import { fillCrisisCopy } from '../crisis/regions.js';
import { shownViewOf } from '../machine/selectors.js';
import type { ViewContext } from './context.js';

/** The first sentence of the crisis panel shown, or nothing when none is. */
function crisisLead({ snapshot, content, region }: ViewContext): string {
  const view = shownViewOf(snapshot);
  if (view === 'urgent') return fillCrisisCopy(content.crisis.copy.urgent.act, region);
  return view === 'crisis' ? content.crisis.copy.support.lead : '';
}

/**
 * An assertive live region that stays in the card across views: when a crisis panel appears it
 * receives the panel's first sentence, so a screen reader says it at once. The panel takes focus
 * too, and is named by its heading only, so the sentence is not read twice.
 */
export function crisisAnnouncer(ctx: ViewContext) {
  return html`<p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-announcer="crisis">${crisisLead(ctx)}</p>`;
}
