import { html, nothing, type PropertyValues } from 'lit';
import type { ScreenerResult } from './clinical/types.js';
import { CrisisContrastController } from './controllers/crisis-contrast-controller.js';
import { FirstPaintController } from './controllers/first-paint-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { ReportController } from './controllers/report-controller.js';
import { SessionController } from './controllers/session-controller.js';
import { finishChunk } from './finish/finish-chunk.js';
import { SummaryController } from './controllers/summary-controller.js';
import { ScreenerAttributes } from './trd-screener.attributes.js';
import { styles } from './trd-screener.styles.js';
import { errorView } from './view/error.js';
import { screen } from './view/screen.js';
import { isWebLink } from './view/web-link.js';

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
 * @csspart heading - The heading of each step, panel and result, and the result's sub-headings.
 * @csspart progress - "Page 3 of 27 or more — …".
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
export class TrdScreener extends ScreenerAttributes {
  static override styles = styles;

  private readonly session = new SessionController(this);
  private readonly focusMover = new FocusController(this, () => this.session.viewKey);
  private readonly summary = new SummaryController(
    this,
    () => {
      const context = this.session.actor.snapshot?.context;
      const { clinicName, privacyNote, clinicLang } = this;
      return context ? { context, ...this.session.settings, clinicName, privacyNote, clinicLang } : null;
    },
    () => this.actions,
  );
  private readonly firstPaint = new FirstPaintController(this);
  /** @internal Works through the host's lifecycle: crisis text stays readable in any theme. */
  protected readonly crisisContrast = new CrisisContrastController(this);
  /** @internal Works through the host's lifecycle: sends `screener-step` and `screener-error`. */
  protected readonly report = new ReportController(this, this.session);

  /** The result once shown, else null. Read-only. */
  get result(): ScreenerResult | null {
    return this.session.actor.snapshot?.context.result ?? null;
  }

  /** Starts a new session for a new person: clears answers, result and safety level. */
  reset(): void {
    this.session.reset();
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
    await this.session.persistLoading;
    await this.firstPaint.settled;
    return (await super.getUpdateComplete()) && settled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.session.follow(changed, this.lang);
  }

  protected override render() {
    const { ready, failure, actor, settings, persistence } = this.session;
    if (!ready) return html`<div part="card" class="card" aria-busy="true"></div>`;
    const { content, region } = settings;
    const snapshot = actor.snapshot;
    let view: unknown = nothing;
    if (!failure && snapshot) {
      try {
        view = screen({
          snapshot,
          content,
          ui: content.ui,
          region,
          clinicName: this.clinicName,
          privacyNote: this.privacyNote,
          contact: this.contactHref && isWebLink(this.contactHref) ? { href: this.contactHref, label: this.contactLabel } : undefined,
          send: (event) => actor.send(event),
          next: () => {
            this.focusMover.expectValidation();
            actor.send({ type: 'nav.next' });
          },
          summary: this.summary,
          resultView: finishChunk.loaded?.resultView,
          summaryActions: finishChunk.loaded?.summaryActions,
          saving: persistence?.enabled ?? false,
          firstPaint: !this.firstPaint.done,
        });
      } catch (error) {
        this.session.fail(error);
      }
    }
    const shown = this.session.failure;
    if (shown) view = errorView(shown, content.ui, region, actor.safety.level);
    // No session yet: a clinic's bank is still being checked.
    const busy = !snapshot && !shown;
    return html`<div part="card" class="card" lang=${content.locale} aria-busy=${busy ? 'true' : nothing}>${view}</div>`;
  }
}
