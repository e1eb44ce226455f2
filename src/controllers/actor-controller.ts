import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type Snapshot } from 'xstate';
import { mergeSafety, NO_SAFETY } from '../bank/risk.js';
import type { Safety } from '../clinical/types.js';
import { ScreenerCompleteEvent, ScreenerCrisisEvent } from '../events.js';
import { shippedScreenerMachine } from '../finish/finish-chunk.js';
import type { ScreenerSnapshot } from '../machine/selectors.js';
import type { ScreenerEvent, ScreenerInput } from '../machine/types.js';

type ScreenerActor = Actor<typeof shippedScreenerMachine>;

/**
 * Runs the screener machine for a Lit element (there is no official XState binding for Lit):
 * re-renders the host on every snapshot, turns the machine's emitted events into DOM events, and
 * stops the actor while the host is out of the document. Moving the element keeps its state.
 *
 * It also keeps the session's safety record, above any one actor: an actor may stop (an invalid
 * bank, a part that fails to load, the element removed) or be replaced (a new bank), and every
 * new one starts from this record, so the level never falls. Only `clearSafety()` (the host
 * page's `reset()`) lowers it.
 */
export class ActorController implements ReactiveController {
  private record: Safety = NO_SAFETY;
  /** The last record merged in (a snapshot's), so that an unchanged one is not merged again. */
  private merged?: Safety;
  private actor?: ScreenerActor;
  private input?: ScreenerInput;
  private saved?: Snapshot<unknown>;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the actor fails (an action threw): the host shows its fallback. */
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  get snapshot(): ScreenerSnapshot | undefined {
    return this.actor?.getSnapshot();
  }

  /** The session's safety record: the highest level reached and what raised it. */
  get safety(): Safety {
    return this.record;
  }

  /** Starts a new session with this input, replacing any running one; it keeps the safety record. */
  start(input: ScreenerInput): void {
    this.stop();
    this.keepSafety(input.safety ?? NO_SAFETY);
    this.input = { ...input, safety: this.record };
    if (this.connected) this.run();
  }

  /** Forgets the safety record: a new session for a new person (the host page's `reset()`). */
  clearSafety(): void {
    this.record = NO_SAFETY;
    if (this.input) this.input = { ...this.input, safety: NO_SAFETY };
  }

  /** Raises the record to `safety` (a stored level, read before any session could start). */
  keepSafety(safety: Safety): void {
    // The machine's record is a new object only when it changes: most snapshots merge nothing.
    if (safety === this.record || safety === this.merged) return;
    this.merged = safety;
    this.record = mergeSafety(this.record, safety);
  }

  /** Ends the session (e.g. the bank became invalid). */
  stop(): void {
    this.actor?.stop();
    this.actor = undefined;
    this.input = undefined;
    this.saved = undefined;
  }

  send(event: ScreenerEvent): void {
    this.actor?.send(event);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.input && !this.actor) this.run();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.saved = this.actor?.getPersistedSnapshot();
    this.actor?.stop();
    this.actor = undefined;
  }

  private run(): void {
    const actor = createActor(shippedScreenerMachine, { input: this.input!, snapshot: this.saved });
    this.saved = undefined;
    actor.subscribe({
      next: (snapshot) => {
        this.keepSafety(snapshot.context.safety);
        this.host.requestUpdate();
      },
      error: (error) => this.onError(error),
    });
    actor.on('crisis', ({ level, questionId }) =>
      this.host.dispatchEvent(new ScreenerCrisisEvent({ level, questionId })),
    );
    actor.on('complete', ({ result }) => this.host.dispatchEvent(new ScreenerCompleteEvent({ result })));
    this.actor = actor;
    actor.start();
    this.host.requestUpdate();
  }
}
