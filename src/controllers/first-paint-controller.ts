import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../when-idle.js';

/** The parts left out of the first paint follow within this many ms even on a busy page. */
const AT_THE_LATEST = 500;

/**
 * Lets the host's first paint carry only what the first question needs. `done` turns true when
 * the page is next idle after the host's first update (so after that update has been painted),
 * and the host renders again with everything; `settled` resolves then.
 */
export class FirstPaintController implements ReactiveController {
  /** False until the page has been idle once since the host's first update. */
  done = false;
  /** Resolves once `done` is true and the host has been asked to render again. */
  settled: Promise<void> = Promise.resolve();
  private scheduled = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.settled = new Promise((resolve) =>
      whenIdle(() => {
        this.done = true;
        this.host.requestUpdate();
        resolve();
      }, AT_THE_LATEST),
    );
  }
}
