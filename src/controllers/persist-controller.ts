import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionBank } from '../bank/types.js';
import { viewOf, type ScreenerSnapshot } from '../machine/selectors.js';
import { decodeSession, encodeSession, storageKey, type StoredSession } from '../persist/stored-session.js';

type PersistHost = ReactiveControllerHost & HTMLElement & { persist?: string };

/** The tab's sessionStorage, or null where the browser refuses it (e.g. storage blocked). */
function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * `persist="session"`: keeps the session's answers, step and safety level in sessionStorage after
 * every change, so a reload in the same tab resumes it, and removes them once the screen is
 * finished, started over or cleared. Without the attribute it never touches any storage.
 */
export class PersistController implements ReactiveController {
  /** What this widget last stored (null: removed; undefined: nothing written yet). */
  private written?: string | null;
  private warnedUnsaved = false;

  constructor(
    private readonly host: PersistHost,
    private readonly snapshot: () => ScreenerSnapshot | undefined,
  ) {
    host.addController(this);
  }

  get enabled(): boolean {
    return this.host.persist === 'session';
  }

  /** The stored session to resume with this bank; an unusable one is removed, with a warning. */
  restore(bank: QuestionBank): StoredSession | undefined {
    if (!this.enabled) return undefined;
    const raw = this.read();
    if (raw === null) return undefined;
    const decoded = decodeSession(raw, bank);
    if (decoded.ok) return decoded.session;
    console.warn(`<trd-screener>: saved answers were discarded (${decoded.problem}).`);
    this.write(null);
    return undefined;
  }

  hostUpdated(): void {
    const snapshot = this.snapshot();
    if (!this.enabled) {
      // The attribute was removed: take away what this widget stored.
      if (this.written) this.write(null);
      return;
    }
    if (snapshot?.status !== 'active') return;
    const { answers, stepKey, safety } = snapshot.context;
    const finished = viewOf(snapshot) === 'result' || viewOf(snapshot) === 'stopped';
    const keep = !finished && Object.keys(answers).length > 0;
    this.write(keep ? encodeSession(snapshot.context.bank, { answers, stepKey, safety }) : null);
  }

  private get key(): string {
    return storageKey(this.host.id);
  }

  private read(): string | null {
    try {
      return sessionStore()?.getItem(this.key) ?? null;
    } catch {
      return null;
    }
  }

  /** Stores `value`, or removes the entry for null; a full or blocked storage only warns. */
  private write(value: string | null): void {
    if (value === this.written) return;
    try {
      const store = sessionStore();
      if (value === null) store?.removeItem(this.key);
      else store?.setItem(this.key, value);
    } catch (error) {
      // One warning per widget, not one per answer.
      if (!this.warnedUnsaved) console.warn('<trd-screener>: answers could not be saved in this tab.', error);
      this.warnedUnsaved = true;
    }
    this.written = value;
  }
}
