import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { QuestionBank } from './bank/types.js';
import { formatBankErrors, validateBank } from './bank/validate.js';
import type { ScreenerResult } from './clinical/types.js';
import { ActorController } from './controllers/actor-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { ScreenerErrorEvent, ScreenerStepEvent } from './events.js';
import { settingsFor } from './i18n/locale-content.js';
import { progressOf, viewOf } from './machine/selectors.js';
import { printSummary } from './summary/print.js';
import { summaryOf } from './summary/summary-model.js';
import { styles } from './trd-screener.styles.js';
import { errorView } from './view/error.js';
import { screen } from './view/screen.js';

/**
 * A self-screen for adults with depression: PHQ-9, the ASQ suicide-risk screen, medicines tried,
 * health and preferences; then treatment options to discuss with a doctor. Any answer that
 * signals suicidality shows crisis resources in that same step.
 *
 * @event screener-step - A new step or panel is shown. `detail: { stepId, section, index, total }`.
 * @event screener-crisis - An answer escalated the safety level. `detail: { level, questionId }`.
 * @event screener-complete - The result is shown. `detail: { result }`.
 * @event screener-error - The bank or configuration is invalid. `detail: { message }`.
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
    bank: { attribute: false },
  };

  /** The clinic's name, shown in the intro and on the printed summary. */
  clinicName?: string;
  /** Which crisis resources to show: US (default), CA, GB, IE, AU, NZ, INTL. Unknown → INTL. */
  region?: string;
  /** The clinic's "book a consultation" link on the result, and its text. */
  contactHref?: string;
  contactLabel?: string;
  /**
   * Space-separated option ids the clinic offers (e.g. `"esketamine-nasal tms psychotherapy"`);
   * absent → all. Hidden options are left out of the result; its explanation stays the same.
   */
  showOptions?: string;
  /** A custom question bank; validated before use. Absent → the built-in English bank. */
  bank?: QuestionBank;

  private settings = settingsFor('en', 'US');
  /** Why the screen cannot be shown; the crisis resources still are. */
  private failure: string | null = null;
  private reportedFailure: string | null = null;
  private shownView?: string;
  private readonly actor = new ActorController(this, (error) => {
    this.fail(error);
    this.requestUpdate();
  });
  private readonly focusMover = new FocusController(this, () => this.viewKey());

  /** The result once shown, else null. Read-only. */
  get result(): ScreenerResult | null {
    return this.actor.snapshot?.context.result ?? null;
  }

  /** Starts a new session for a new person: clears answers, result and safety level. */
  reset(): void {
    const running = this.actor.snapshot?.status === 'active';
    this.failure = null;
    if (running) this.actor.send({ type: 'session.reset' });
    else this.startSession(false, false);
    this.requestUpdate();
  }

  /** Prints a summary of the answers (and the result, once shown). */
  print(): void {
    const context = this.actor.snapshot?.context;
    if (!context) return;
    const { content, region } = this.settings;
    printSummary(summaryOf({ context, content, region, clinicName: this.clinicName, now: new Date() }), this.renderRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const first = !this.hasUpdated;
    if (first || changed.has('lang') || changed.has('region')) {
      this.settings = settingsFor(this.lang, this.region);
      for (const warning of this.settings.warnings) console.warn(`<trd-screener>: ${warning}`);
    }
    if (first || changed.has('lang') || changed.has('bank') || changed.has('showOptions')) {
      this.startSession(!changed.has('bank'));
    }
  }

  /**
   * A new session. Safety carries over (levels only rise) unless the host resets; answers carry
   * over unless the bank changed.
   */
  private startSession(keepAnswers: boolean, keepSafety = true): void {
    const previous = this.actor.snapshot?.context;
    const { content } = this.settings;
    const checked = this.bank === undefined ? { ok: true as const, bank: content.bank } : validateBank(this.bank);
    if (!checked.ok) {
      this.actor.stop();
      return this.fail(formatBankErrors(checked.errors));
    }
    this.failure = null;
    const answers = keepAnswers ? previous?.answers : undefined;
    const safety = keepSafety ? previous?.safety : undefined;
    const allowedOptions = this.showOptions?.split(/\s+/).filter(Boolean);
    this.actor.start({ bank: checked.bank, locale: content.locale, answers, safety, allowedOptions });
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
          contact: this.contactHref ? { href: this.contactHref, label: this.contactLabel || content.ui.result.contactDefault } : undefined,
          send: (event) => this.actor.send(event),
          next: () => {
            this.focusMover.expectValidation();
            this.actor.send({ type: 'nav.next' });
          },
          print: () => this.print(),
        });
      } catch (error) {
        this.fail(error);
      }
    }
    if (this.failure) view = errorView(this.failure, content.ui, region);
    return html`<div part="card" class="card" lang=${content.locale}>${view}</div>`;
  }

  protected override updated(): void {
    const snapshot = this.actor.snapshot;
    const view = this.viewKey();
    if (this.failure && this.failure !== this.reportedFailure) this.dispatchEvent(new ScreenerErrorEvent({ message: this.failure }));
    else if (!this.failure && snapshot && view !== this.shownView) this.dispatchEvent(new ScreenerStepEvent(progressOf(snapshot)));
    this.reportedFailure = this.failure;
    this.shownView = view;
  }
}
