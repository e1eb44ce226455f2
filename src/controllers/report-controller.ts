import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScreenerErrorEvent, ScreenerStepEvent } from '../events.js';
import { finishChunk, preloadFinish } from '../finish/finish-chunk.js';
import { progressOf } from '../machine/selectors.js';
import type { SessionController } from './session-controller.js';

/**
 * Tells the page what the patient now sees, once per change: `screener-step` for a new step or
 * panel, `screener-error` for a new reason the screen cannot be shown. (`screener-crisis` and
 * `screener-complete` come from the machine, through the actor controller.) Once the patient moves
 * past the first view it also fetches the result's code in the background: not earlier, so the
 * first question paints without competing with it. The urgent panel fetches it at once, for its
 * Print button (its crisis resources never wait for it).
 */
export class ReportController implements ReactiveController {
  private reportedFailure: string | null = null;
  private shownView?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly session: SessionController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { failure, viewKey } = this.session;
    const snapshot = this.session.actor.snapshot;
    if (!this.session.ready) return;
    if (failure && failure !== this.reportedFailure) {
      this.host.dispatchEvent(new ScreenerErrorEvent({ message: failure }));
    } else if (!failure && snapshot && viewKey !== this.shownView) {
      this.host.dispatchEvent(new ScreenerStepEvent(progressOf(snapshot)));
    }
    if (this.shownView !== undefined && viewKey !== this.shownView) preloadFinish();
    if (viewKey.startsWith('urgent:') && !finishChunk.loaded) {
      finishChunk.load().then(
        () => this.host.requestUpdate(),
        () => undefined, // the Print button stays away; the summary controller says why when asked
      );
    }
    this.reportedFailure = failure;
    this.shownView = viewKey;
  }
}
