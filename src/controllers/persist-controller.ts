import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NO_SAFETY } from '../bank/risk.js';
import type { Answers, QuestionBank } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';
import { viewOf, type ScreenerSnapshot } from '../machine/selectors.js';
import { decodeSession, encodeSession, storageKey } from '../persist/stored-session.js';

type PersistHost = ReactiveControllerHost & HTMLElement & { persist?: string };

/**
 * What a widget resumes with. Only what was read is there: `answers` and `stepKey` when the
 * stored answers all fit the bank, `safety` whenever the stored level could be read (even when
 * the answers were discarded). Nothing stored, or `persist` off → `{}`.
 */
export interface RestoredSession {
  answers?: Answers;
  stepKey?: string;
  safety?: Safety;
}

/** The tab's sessionStorage, or null where the browser refuses it (e.g. storage blocked). */
function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Which widget on this page stores under each key: two on one key would overwrite each other. */
const owners = new Map<string, PersistController>();

/**
 * `persist="session"`: keeps the session's answers, step and safety record in sessionStorage
 * after every change, so a reload in the same tab resumes it. The answers go once the screen is
 * finished, started over or cleared; a raised safety level stays stored until the host page's
 * `reset()` (CLINICAL §4.3: levels only rise). Without the attribute it never touches any storage.
 *
 * The entry is keyed by the element's `id`: when the id changes, the entry moves with it.
 */
export class PersistController implements ReactiveController {
  /** What this widget last stored (null: removed; undefined: nothing written yet). */
  private written?: string | null;
  /** Warnings already given: one of each per widget, not one per answer. */
  private readonly warned = new Set<string>();
  /** The key this widget reads and writes: its id's, updated when the id changes. */
  private key: string;
  private readonly idObserver = new MutationObserver(() => this.followId());

  constructor(
    private readonly host: PersistHost,
    private readonly snapshot: () => ScreenerSnapshot | undefined,
    /** The session's safety record and the bank in use, for when no session runs (an invalid bank). */
    private readonly record: () => { bank: QuestionBank; safety: Safety },
  ) {
    this.key = storageKey(host.id);
    host.addController(this);
  }

  get enabled(): boolean {
    return this.host.persist === 'session';
  }

  hostConnected(): void {
    this.idObserver.observe(this.host, { attributes: true, attributeFilter: ['id'] });
    this.followId();
  }

  hostDisconnected(): void {
    this.idObserver.disconnect();
  }

  /**
   * The stored session to resume with this bank. Answers that do not fit are discarded, with a
   * warning, but a readable safety level is kept (and stays stored).
   */
  restore(bank: QuestionBank): RestoredSession {
    const raw = this.enabled ? this.read() : null;
    if (raw === null) return {};
    const decoded = decodeSession(raw, bank);
    if (decoded.ok) return decoded.session;
    console.warn(`<trd-screener>: saved answers were discarded (${decoded.problem}).`);
    const { safety } = decoded;
    // Keep only what is still usable: the next update stores the session as it starts.
    this.write(safety && safety.level !== 'none' ? encodeSession(bank, { safety }) : null);
    return { safety };
  }

  /** The stored safety record alone (none when there is none): it counts even before a session starts. */
  storedSafety(bank: QuestionBank): Safety {
    const raw = this.enabled ? this.read() : null;
    const decoded = raw === null ? null : decodeSession(raw, bank);
    return (decoded?.ok ? decoded.session.safety : decoded?.safety) ?? NO_SAFETY;
  }

  /** Removes what this widget stored (the host's `reset()`), even when no session is running. */
  forget(): void {
    if (this.enabled) this.write(null);
  }

  hostUpdated(): void {
    const snapshot = this.snapshot();
    if (!this.enabled) {
      // The attribute was removed: take away what this widget stored.
      if (this.written) this.write(null);
      return;
    }
    this.claimKey();
    if (snapshot?.status !== 'active') return this.keepLevelWithoutSession();
    const { answers, stepKey, safety, bank } = snapshot.context;
    const view = viewOf(snapshot);
    const keepAnswers = view !== 'result' && view !== 'stopped' && Object.keys(answers).length > 0;
    // A raised level outlives the answers (Start over, a result); only reset() lowers it to none.
    const entry = keepAnswers || safety.level !== 'none' ? encodeSession(bank, keepAnswers ? { answers, stepKey, safety } : { safety }) : null;
    this.write(entry);
  }

  /**
   * No session runs (e.g. the bank is invalid): a raised level is still stored, unless an entry
   * is there already (a stored session waiting for a valid bank, which holds the level too).
   */
  private keepLevelWithoutSession(): void {
    const { bank, safety } = this.record();
    if (safety.level !== 'none' && this.read() === null) this.write(encodeSession(bank, { safety }));
  }

  /** The element's id changed: what this widget stored moves to the new key. */
  private followId(): void {
    const key = storageKey(this.host.id);
    if (key === this.key) return;
    const entry = this.written;
    if (entry) this.write(null);
    this.key = key;
    this.written = undefined;
    if (entry) this.write(entry);
  }

  /** Warns once when another connected widget on this page stores under the same key. */
  private claimKey(): void {
    const owner = owners.get(this.key);
    if (owner !== this && owner?.host.isConnected && owner.enabled && owner.key === this.key)
      this.warnOnce(`two persisted widgets share the key "${this.key}"; give each its own id.`);
    else owners.set(this.key, this);
  }

  private warnOnce(message: string, error?: unknown): void {
    if (!this.warned.has(message)) console.warn(`<trd-screener>: ${message}`, ...(error ? [error] : []));
    this.warned.add(message);
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
      this.warnOnce('answers could not be saved in this tab.', error);
    }
    this.written = value;
  }
}
