import type { PropertyValues, ReactiveControllerHost } from 'lit';
import { bankCheckChunk } from '../bank/bank-check-chunk.js';
import type { QuestionBank } from '../bank/types.js';
import { OPTION_IDS } from '../clinical/contentTypes.js';
import { contentFor, settingsFor, type Settings } from '../i18n/locale-content.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { viewOf } from '../machine/selectors.js';
import { isWebLink } from '../view/web-link.js';
import { ActorController } from './actor-controller.js';
import { NO_SAFETY } from '../bank/risk.js';
import { persistChunk } from './persist-chunk.js';
import type { PersistController } from './persist-controller.js';

/** What the session reads from the element: its attributes. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  region?: string;
  contactHref?: string;
  showOptions?: string;
  persist?: 'session';
  bank?: QuestionBank;
}

/**
 * One screening session of the element: its language and region, the running machine (with the
 * safety record the actor controller keeps), what `persist` stores, and why the screen cannot be
 * shown when it cannot. It follows the element's attributes: a new bank starts a new session
 * (answers kept unless the bank changed them), a new language or set of options re-words it.
 */
export class SessionController {
  settings: Settings = settingsFor(contentFor('en').content, 'US');
  /** False until the first language has loaded and the session started. */
  ready = false;
  /** Why the screen cannot be shown; the crisis resources still are. */
  failure: string | null = null;
  readonly actor: ActorController;
  /** What `persist` stores: created once a page asks for it and its code has arrived. */
  persistence?: PersistController;
  /** While the code for `persist` is on its way; the host's `updateComplete` waits for it. */
  persistLoading?: Promise<unknown>;
  /** Its code could not be fetched: not fetched again until the page asks for `persist` anew. */
  private persistFailed = false;
  private readonly locale: LocaleController;
  /** True until a session has started: the first one resumes what `persist` stored. */
  private resumePending = true;

  constructor(private readonly host: SessionHost) {
    this.locale = new LocaleController(host);
    this.actor = new ActorController(host, (error) => {
      this.fail(error);
      host.requestUpdate();
    });
  }

  /** The view shown, as a key: a new key is a new step or panel (focus moves, an event is sent). */
  get viewKey(): string {
    const snapshot = this.actor.snapshot;
    return this.failure || !snapshot ? 'failure' : `${viewOf(snapshot)}:${snapshot.context.stepKey}`;
  }

  /** Follows the element's attributes; call from the element's `willUpdate`. */
  follow(changed: PropertyValues, lang: string): void {
    const content = this.locale.content(lang);
    if (!content) return; // the first language is still loading: the card waits, empty
    // A stored session is read before the first one starts: until its code is here, the card waits.
    if (!this.persistenceReady() && !this.ready) return;
    const first = !this.ready;
    const relocalized = content !== this.settings.content;
    if (first || relocalized || changed.has('region')) {
      this.settings = settingsFor(content, this.host.region);
      for (const warning of this.settings.warnings) console.warn(`<trd-screener>: ${warning}`);
    }
    const { contactHref } = this.host;
    if (changed.has('contactHref') && contactHref && !isWebLink(contactHref))
      console.warn(`<trd-screener>: contact-href ${JSON.stringify(contactHref.slice(0, 100))} is not an http(s) link; it is not shown.`);
    if (first || changed.has('showOptions')) this.checkShowOptions();
    // A stored level counts at once, even if the first session cannot start (an invalid bank).
    if (first) this.actor.keepSafety(this.persistence?.storedSafety(content.bank) ?? NO_SAFETY);
    if (first || changed.has('bank')) this.start(!changed.has('bank'));
    else if (relocalized || changed.has('showOptions')) this.reword();
    this.ready = true;
  }

  /** A new session for a new person: answers, result and safety level cleared. */
  reset(): void {
    const running = this.actor.snapshot?.status === 'active';
    this.failure = null;
    this.actor.clearSafety();
    this.persistence?.forget();
    if (running) this.actor.send({ type: 'session.reset' });
    else this.start(false);
    this.host.requestUpdate();
  }

  /** Records why the screen cannot be shown; the next render shows the fallback. */
  fail(error: unknown): void {
    console.error('<trd-screener>:', error);
    this.failure = error instanceof Error ? error.message : String(error);
  }

  /**
   * True once `persist` can do its work: the page does not ask for it, or its controller runs.
   * Otherwise fetches its code (once at a time) and updates the host when it has arrived; if it
   * cannot be fetched, the screen says so instead of starting without what was stored.
   */
  private persistenceReady(): boolean {
    if (this.host.persist !== 'session') this.persistFailed = false;
    if (this.persistence || this.persistFailed || this.host.persist !== 'session') return true;
    const chunk = persistChunk.loaded;
    if (chunk) {
      this.persistence = new chunk.PersistController(
        this.host,
        () => this.actor.snapshot,
        () => ({ bank: this.settings.content.bank, safety: this.actor.safety }),
      );
      return true;
    }
    this.persistLoading ??= persistChunk
      .load()
      .catch((error: unknown) => {
        this.persistFailed = true;
        console.error('<trd-screener>:', error);
        if (!this.ready) this.fail('the code for persist="session" could not be loaded; host the chunks/ folder beside trd-screener.js.');
        this.ready = true;
      })
      .finally(() => {
        this.persistLoading = undefined;
        this.host.requestUpdate();
      });
    return false;
  }

  /** The option ids the clinic allows on the result; absent → all. */
  private get allowedOptions(): string[] | undefined {
    return this.host.showOptions?.split(/\s+/).filter(Boolean);
  }

  private checkShowOptions(): void {
    const known: readonly string[] = OPTION_IDS;
    const unknown = this.allowedOptions?.filter((id) => !known.includes(id)).join(' ');
    if (unknown) console.warn(`<trd-screener>: show-options: unknown ids ${JSON.stringify(unknown.slice(0, 200))}.`);
  }

  /** Another language or set of options mid-screen: the same step, answers and safety, in other words. */
  private reword(): void {
    const { content } = this.settings;
    const bank = this.host.bank === undefined ? content.bank : undefined;
    const allowedOptions = this.allowedOptions;
    this.actor.send({ type: 'session.localize', locale: content.locale, content: content.resultContent, bank, allowedOptions });
  }

  /**
   * A new session. The safety record carries over (the actor controller keeps it; levels only
   * rise); answers carry over unless the bank changed. The first one that starts resumes a
   * session stored by `persist`.
   */
  private start(keepAnswers: boolean): void {
    const previous = this.actor.snapshot?.context;
    const { content } = this.settings;
    let bank = content.bank;
    if (this.host.bank !== undefined) {
      const bankCheck = bankCheckChunk.loaded;
      if (!bankCheck) return this.checkBankLater(keepAnswers);
      const checked = bankCheck.validateBank(this.host.bank);
      if (!checked.ok) {
        this.actor.stop();
        return this.fail(bankCheck.formatBankErrors(checked.errors));
      }
      bank = checked.bank;
    }
    this.failure = null;
    const answers = keepAnswers ? previous?.answers : undefined;
    const stored = this.resumePending ? this.persistence?.restore(bank) : undefined;
    this.resumePending = false;
    const locale = { locale: content.locale, content: content.resultContent };
    this.actor.start({ bank, ...locale, answers, allowedOptions: this.allowedOptions, ...stored });
  }

  /** A clinic's bank: the code that checks it is fetched first; until then the card waits. */
  private checkBankLater(keepAnswers: boolean): void {
    bankCheckChunk
      .load()
      .then(
        () => this.start(keepAnswers),
        (error: unknown) => {
          this.actor.stop();
          this.fail(error);
        },
      )
      .finally(() => this.host.requestUpdate());
  }
}
