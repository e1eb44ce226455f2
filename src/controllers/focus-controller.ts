import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Views mark where focus goes when they appear (their heading, or the crisis panel). */
const VIEW_FOCUS = '[data-view-focus]';

/**
 * Moves focus for keyboard and screen-reader users: to the new view's heading (or the crisis
 * panel) whenever the view changes, and to the first invalid field after a failed "Next".
 * Focus is only moved while it is in the widget (or was lost with a removed button), so a host
 * page calling `reset()` from its own button keeps its focus.
 */
export class FocusController implements ReactiveController {
  private lastView?: string;
  private checkInvalid = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    /** Identifies the view shown (e.g. `step:phq9-3`, `crisis:phq9-9`). */
    private readonly viewKey: () => string,
  ) {
    host.addController(this);
  }

  /** Call before sending "Next": if the step stays, focus goes to its first invalid field. */
  expectValidation(): void {
    this.checkInvalid = true;
  }

  hostUpdated(): void {
    const view = this.viewKey();
    const changed = this.lastView !== undefined && view !== this.lastView;
    const target = changed
      ? this.host.renderRoot.querySelector<HTMLElement>(VIEW_FOCUS)
      : this.checkInvalid
        ? this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')
        : null;
    if (target && this.focusIsOurs()) target.focus();
    this.lastView = view;
    this.checkInvalid = false;
  }

  private focusIsOurs(): boolean {
    const active = document.activeElement;
    return !active || active === document.body || active === this.host || this.host.contains(active);
  }
}
