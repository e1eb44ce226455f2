import { html, nothing } from 'lit';
import type { ViewContext } from './context.js';

/**
 * With `persist="session"`, once something is answered: says the answers are kept in this tab,
 * with a button that clears them (the patient's Start over, which also removes what is stored).
 */
export function savedNote({ saving, snapshot, ui, send }: ViewContext) {
  if (!saving || Object.keys(snapshot.context.answers).length === 0) return nothing;
  return html`<p class="saved-note">
    ${ui.persist.saved}
    <button part="button" class="quiet" @click=${() => send({ type: 'nav.restart' })}>${ui.persist.clear}</button>
  </p>`;
}
