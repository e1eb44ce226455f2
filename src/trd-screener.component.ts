import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { bankCheckPart } from './bank/bank-check-part.js';
import type { QuestionBank } from './bank/types.js';
import type { ScreenerResult } from './clinical/types.js';
import { ActorController } from './controllers/actor-controller.js';
import { FirstPaintController } from './controllers/first-paint-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { PersistController } from './controllers/persist-controller.js';
import { ScreenerErrorEvent, ScreenerStepEvent } from './events.js';
import { preloadFinish } from './finish/finish-part.js';
import { contentFor, settingsFor } from './i18n/locale-content.js';
import { LocaleController } from './i18n/locale-controller.js';
import { progressOf, viewOf } from './machine/selectors.js';
import { SummaryController } from './summary/summary-actions.js';
import { OPTION_IDS } from './clinical/contentTypes.js';
import { styles } from './trd-screener.styles.js';
import { errorView } from './view/error.js';
import { isWebLink } from './view/web-link.js';
import { screen } from './view/screen.js';

/**
 * A self-screen for adults with depression: PHQ-9, the ASQ suicide-risk screen, medicines tried,
 * health and preferences; then treatment options to discuss with a doctor. Any answer that
 * signals suicidality shows crisis resources when the patient leaves its step, before any other step.
 *
 * @tagname trd-screener
 *
 * @attr {'en' | 'es'} lang - Language of the whole widget, printed summary included. Absent → the
 *   page's language (`<html lang="es-US">` → Spanish), else English. Spanish loads on first use.
 *
 * @event {ScreenerStepEvent} screener-step - A new step or panel is shown. `detail: { stepId, section, index, total }`.
 * @event {ScreenerCrisisEvent} screener-crisis - An answer escalated the safety level. `detail: { level, questionId }`.
 * @event {ScreenerCompleteEvent} screener-complete - The result is shown, or an urgent answer stopped the screen (`result.status` is `stopped`). `detail: { result }`.
 * @event {ScreenerErrorEvent} screener-error - The bank or configuration is invalid. `detail: { message }`.
 *
 * @csspart card - The box around everything.
 * @csspart heading - The heading of each step, panel and result.
 * @csspart progress - "Step 2 of 9 — …".
 * @csspart button - Every button (and the clinic's contact link on the result).
 * @csspart crisis - The crisis panel.
 * @csspart crisis-banner - The compact crisis reminder shown once escalated.
 * @csspart result - The result.
 * @csspart summary - The short summary of the answers on the result.
 *
 * @cssproperty --trd-accent - Buttons, links, focus ring and selected choices.
 * @cssproperty --trd-text - Text colour.
 * @cssproperty --trd-background - Background of the card.
 * @cssproperty --trd-surface - Background of notices, choices and panels.
 * @cssproperty --trd-border - Borders.
 * @cssproperty --trd-radius - Corner radius.
 * @cssproperty --trd-font-family - Font (inherits the page's by default).
 * @cssproperty --trd-font-size - Base font size.
 * @cssproperty --trd-space - Base spacing unit.
 * @cssproperty --trd-muted - Quieter text (progress, hints).
 * @cssproperty --trd-crisis-accent - Border and links of the crisis panel and banner.
 * @cssproperty --trd-crisis-surface - Background of the crisis panel and banner.
 * @cssproperty --trd-on-accent - Text on the accent colour (primary buttons, selected choices).
 * @cssproperty --trd-error - Messages and borders of a field left empty.
 */
export class TrdScreener extends LitElement {
  static override styles = styles;
  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    region: {},
    lang: { reflect: true },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    showOptions: { attribute: 'show-options' },
    persist: {},
    bank: { attribute: false },
  };

  /** The clinic's name, shown in the intro and on the printed summary. */
  clinicName?: string;
  /** Which crisis resources to show: US (default), CA, GB, IE, AU, NZ, INTL. Unknown → INTL. */
  region?: string;
  /** The clinic's "book a consultation" link on the result. */
  contactHref?: string;
  /** The text of that link (default "Book a consultation"). */
  contactLabel?: string;
  /**
   * Space-separated option ids the clinic offers (e.g. `"esketamine-nasal tms psychotherapy"`);
   * absent → all. Hidden options are left out of the result; its explanation stays the same.
   */
  showOptions?: string;
  /**
   * `session`: keep the answers in this tab's sessionStorage until the screen is finished, started
   * over or cleared (a "Clear my answers" button shows); a raised safety level stays stored until
   * `reset()`. Absent → nothing is stored anywhere.
   */
  persist?: 'session';
  /** A custom question bank; validated before use. Absent → the built-in English bank. */
  bank?: QuestionBank;

  private settings = settingsFor(contentFor('en').content, 'US');
  private readonly locale = new LocaleController(this);
  /** True until a session has started: the first one resumes what `persist` stored. */
  private resumePending = true;
  /** False until the first language has loaded and the session started. */
  private ready = false;
  /** Why the screen cannot be shown; the crisis resources still are. */
  private failure: string | null = null;
  private reportedFailure: string | null = null;
  private shownView?: string;
  private readonly actor = new ActorController(this, (error) => {
    this.fail(error);
    this.requestUpdate();
  });
  private readonly focusMover = new FocusController(this, () => this.viewKey());
  private readonly summary = new SummaryController(this, () => {
    const context = this.actor.snapshot?.context;
    return context ? { context, ...this.settings, clinicName: this.clinicName } : null;
  });
  private readonly persistence = new PersistController(
    this,
    () => this.actor.snapshot,
    () => ({ bank: this.settings.content.bank, safety: this.actor.safety }),
  );
  private readonly firstPaint = new FirstPaintController(this);

  /** The result once shown, else null. Read-only. */
  get result(): ScreenerResult | null {
    return this.actor.snapshot?.context.result ?? null;
  }

  /** Starts a new session for a new person: clears answers, result and safety level. */
  reset(): void {
    const running = this.actor.snapshot?.status === 'active';
    this.failure = null;
    this.actor.clearSafety();
    this.persistence.forget();
    if (running) this.actor.send({ type: 'session.reset' });
    else this.startSession(false);
    this.requestUpdate();
  }

  /**
   * Prints the doctor's summary of the answers (and the result, once shown), and only that: the
   * page around the widget is not printed. Resolves once the print dialog has been asked for.
   */
  print(): Promise<void> {
    return this.summary.print();
  }

  /** Also waits for what the first paint left out, so that a settled card is a whole one. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    await this.firstPaint.settled;
    return (await super.getUpdateComplete()) && settled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const content = this.locale.content(this.lang);
    if (!content) return; // the first language is still loading: the card waits, empty
    const first = !this.ready;
    const relocalized = content !== this.settings.content;
    if (first || relocalized || changed.has('region')) {
      this.settings = settingsFor(content, this.region);
      for (const warning of this.settings.warnings) console.warn(`<trd-screener>: ${warning}`);
    }
    if (changed.has('contactHref') && this.contactHref && !isWebLink(this.contactHref))
      console.warn(`<trd-screener>: contact-href ${JSON.stringify(this.contactHref.slice(0, 100))} is not an http(s) link; it is not shown.`);
    if (first || changed.has('showOptions')) this.checkShowOptions();
    // A stored level counts at once, even if the first session cannot start (an invalid bank).
    if (first) this.actor.keepSafety(this.persistence.storedSafety(content.bank));
    if (first || changed.has('bank')) this.startSession(!changed.has('bank'));
    else if (relocalized || changed.has('showOptions')) this.reword();
    this.ready = true;
  }

  /** The option ids the clinic allows on the result; absent → all. */
  private get allowedOptions(): string[] | undefined {
    return this.showOptions?.split(/\s+/).filter(Boolean);
  }

  private checkShowOptions(): void {
    const known: readonly string[] = OPTION_IDS;
    const unknown = this.allowedOptions?.filter((id) => !known.includes(id)).join(' ');
    if (unknown) console.warn(`<trd-screener>: show-options: unknown ids ${JSON.stringify(unknown.slice(0, 200))}.`);
  }

  /** Another language or set of options mid-screen: the same step, answers and safety, in other words. */
  private reword(): void {
    const { content } = this.settings;
    const bank = this.bank === undefined ? content.bank : undefined;
    const allowedOptions = this.allowedOptions;
    this.actor.send({ type: 'session.localize', locale: content.locale, content: content.resultContent, bank, allowedOptions });
  }

  /**
   * A new session. The safety record carries over (the actor controller keeps it; levels only
   * rise); answers carry over unless the bank changed. The first one that starts resumes a
   * session stored by `persist`.
   */
  private startSession(keepAnswers: boolean): void {
    const previous = this.actor.snapshot?.context;
    const { content } = this.settings;
    let bank = content.bank;
    if (this.bank !== undefined) {
      const bankCheck = bankCheckPart.loaded;
      if (!bankCheck) return this.checkBankLater(keepAnswers);
      const checked = bankCheck.validateBank(this.bank);
      if (!checked.ok) {
        this.actor.stop();
        return this.fail(bankCheck.formatBankErrors(checked.errors));
      }
      bank = checked.bank;
    }
    this.failure = null;
    const answers = keepAnswers ? previous?.answers : undefined;
    const stored = this.resumePending ? this.persistence.restore(bank) : undefined;
    this.resumePending = false;
    const locale = { locale: content.locale, content: content.resultContent };
    this.actor.start({ bank, ...locale, answers, allowedOptions: this.allowedOptions, ...stored });
  }

  /** A clinic's bank: the code that checks it is fetched first; until then the card waits. */
  private checkBankLater(keepAnswers: boolean): void {
    bankCheckPart.load().then(
      () => this.startSession(keepAnswers),
      (error: unknown) => {
        this.actor.stop();
        this.fail(error);
      },
    ).finally(() => this.requestUpdate());
  }

  /** Records why the screen cannot be shown; the next render shows the fallback. */
  private fail(error: unknown): void {
    console.error('<trd-screener>:', error);
    this.failure = error instanceof Error ? error.message : String(error);
  }

  private viewKey(): string {
    const snapshot = this.actor.snapshot;
    return this.failure || !snapshot ? 'failure' : `${viewOf(snapshot)}:${snapshot.context.stepKey}`;
  }

  protected override render() {
    if (!this.ready) return html`<div part="card" class="card" aria-busy="true"></div>`;
    const { content, region } = this.settings;
    const snapshot = this.actor.snapshot;
    let view: unknown = nothing;
    if (!this.failure && snapshot) {
      try {
        view = screen({
          snapshot,
          content,
          ui: content.ui,
          region,
          clinicName: this.clinicName,
          contact: this.contactHref && isWebLink(this.contactHref) ? { href: this.contactHref, label: this.contactLabel } : undefined,
          send: (event) => this.actor.send(event),
          next: () => {
            this.focusMover.expectValidation();
            this.actor.send({ type: 'nav.next' });
          },
          summary: this.summary,
          saving: this.persistence.enabled,
          firstPaint: !this.firstPaint.done,
        });
      } catch (error) {
        this.fail(error);
      }
    }
    if (this.failure) view = errorView(this.failure, content.ui, region, this.actor.safety.level);
    // No session yet: a clinic's bank is still being checked.
    const busy = !snapshot && !this.failure;
    return html`<div part="card" class="card" lang=${content.locale} aria-busy=${busy ? 'true' : nothing}>${view}</div>`;
  }

  protected override updated(): void {
    const snapshot = this.actor.snapshot;
    const view = this.viewKey();
    // The class's JSDoc documents these events; `@internal` keeps the manifest from listing them twice.
    if (this.failure && this.failure !== this.reportedFailure) {
      /** @internal */
      this.dispatchEvent(new ScreenerErrorEvent({ message: this.failure }));
    } else if (!this.failure && snapshot && view !== this.shownView) {
      /** @internal */
      this.dispatchEvent(new ScreenerStepEvent(progressOf(snapshot)));
    }
    // Once the patient moves past the first view, fetch the result's code in the background: not
    // earlier, so the first question paints without competing with it.
    if (this.shownView !== undefined && view !== this.shownView) preloadFinish();
    this.reportedFailure = this.failure;
    this.shownView = view;
  }
}
