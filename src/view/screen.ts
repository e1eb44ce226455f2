import { html } from 'lit';
import { shownViewOf } from '../machine/selectors.js';
import { crisisAnnouncer } from './announcer.js';
import type { ViewContext } from './context.js';
import { crisisBanner } from './crisis-banner.js';
import { stoppedPanel, supportPanel, urgentPanel } from './crisis-panel.js';
import { helpNow } from './help-now.js';
import { progress } from './progress.js';
import { reviewView } from './review.js';
import { savedNote } from './saved-note.js';
import { stepView } from './step.js';

/** The whole card for a snapshot: the view of the state, and the crisis announcer after it. */
export function screen(ctx: ViewContext) {
  return html`${view(ctx)}${crisisAnnouncer(ctx)}`;
}

/** The banner once escalated, then the view of the state. */
function view(ctx: ViewContext) {
  switch (shownViewOf(ctx.snapshot)) {
    case 'step':
      return html`${crisisBanner(ctx)}${progress(ctx)}${stepView(ctx)}${savedNote(ctx)}${helpNow(ctx)}`;
    case 'crisis':
      return supportPanel(ctx);
    case 'urgent':
      return urgentPanel(ctx);
    case 'stopped':
      return stoppedPanel(ctx);
    case 'review':
      return html`${crisisBanner(ctx)}${progress(ctx)}${reviewView(ctx)}${savedNote(ctx)}${helpNow(ctx)}`;
    case 'result':
      return html`${crisisBanner(ctx)}${progress(ctx)}${resultOf(ctx)}`;
    default:
      // The element catches this and shows its fallback with crisis resources.
      throw new Error(`No view for state ${JSON.stringify(ctx.snapshot.value)}`);
  }
}

/** The result's code arrived before the machine could reach the result (it built it). */
function resultOf(ctx: ViewContext) {
  if (!ctx.resultView) throw new Error('The result was reached before its code loaded.');
  return ctx.resultView(ctx);
}
