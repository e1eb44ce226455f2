import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegionData } from '../crisis/types.js';
import { finishChunk } from '../finish/finish-chunk.js';
import type { LocaleContent } from '../i18n/locale-content.js';
import type { ScreenerContext } from '../machine/types.js';
import { chosenActions, SUMMARY_ACTION_IDS, type SummaryActionId } from '../summary/chosen-actions.js';
import { openPrintFrame } from '../summary/print-frame.js';
import type { PersonalDetails } from '../summary/summary-document.js';
import { BIRTH_DATE_FIELD, NAME_FIELD, TEXT_FIELD, type SummaryActions, type SummaryNotice } from '../summary/types.js';

/**
 * Print, copy and download for the element: each builds the summary at the moment it is asked
 * for, with the summary's code (its own chunk, usually fetched long before, when the page was
 * idle). The name and date of birth are read from their fields only when printing: they are held
 * nowhere else, so they never reach the machine, the result, an event or storage.
 */

/** The session as the element holds it, in its language and region. */
export interface SummarySource {
  context: ScreenerContext;
  content: LocaleContent;
  region: RegionData;
  clinicName?: string;
  /** The clinic's sentence in place of "This screen does not send your answers anywhere." */
  privacyNote?: string;
  /** `clinic-lang`: the language of the printout's clinician parts (absent → English). */
  clinicLang?: string;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class SummaryController implements ReactiveController, SummaryActions {
  /** A notice belongs to the session state it was made for; any change (e.g. Start over) hides it. */
  private last: { notice: SummaryNotice; context: ScreenerContext } | null = null;
  private selectText = false;
  /** The `actions` attribute as last read, and what it offers. */
  private chosen: { attribute?: string; actions: readonly SummaryActionId[] } = { actions: SUMMARY_ACTION_IDS };

  constructor(
    private readonly host: Host,
    private readonly source: () => SummarySource | null,
    /** The clinic's `actions` attribute. */
    private readonly attribute: () => string | undefined,
  ) {
    host.addController(this);
  }

  get shown(): readonly SummaryActionId[] {
    return this.chosen.actions;
  }

  /** Reads `actions` when it changed: unknown words get one warning per value. */
  hostUpdate(): void {
    const attribute = this.attribute();
    if (attribute === this.chosen.attribute) return;
    const { actions, unknown } = chosenActions(attribute);
    this.chosen = { attribute, actions };
    if (unknown.length) {
      const words = JSON.stringify(unknown.join(' ').slice(0, 200));
      console.warn(`<trd-screener>: actions: unknown ${words}; the actions are ${SUMMARY_ACTION_IDS.join(', ')}.`);
    }
  }

  get notice(): SummaryNotice | null {
    const context = this.source()?.context;
    return this.last && this.last.context === context ? this.last.notice : null;
  }

  hostUpdated(): void {
    if (!this.selectText) return;
    this.selectText = false;
    const field = this.host.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[name="${TEXT_FIELD}"]`);
    field?.focus();
    field?.select();
  }

  readonly print = async (): Promise<void> => {
    const source = this.source();
    if (!source) return;
    const personal = this.personal();
    // The frame is made in the click itself; the code may arrive a moment later.
    const frame = openPrintFrame(this.host.renderRoot, source.content.ui.summary.title);
    const finish = await this.finish(source);
    if (!finish) return;
    finish.printSummary(await finish.summaryWithClinicLang({ ...source, now: new Date(), personal }), await frame);
  };

  /** The same summary as plain text, without the name and date of birth (they are for paper). */
  readonly copy = async (): Promise<void> => {
    const source = this.source();
    const finish = source && (await this.finish(source));
    if (!source || !finish) return;
    const text = finish.summaryText(await finish.summaryWithClinicLang({ ...source, now: new Date() }));
    try {
      await navigator.clipboard.writeText(text);
      this.show(source, { kind: 'copied' });
    } catch {
      // No clipboard (an insecure page, an old browser, a denied permission): copy by hand.
      this.show(source, { kind: 'manual', text });
      this.selectText = true;
    }
  };

  /** Saves the FHIR file through a link to a Blob: nothing leaves the device. */
  readonly download = async (): Promise<void> => {
    const source = this.source();
    const finish = source && (await this.finish(source));
    if (!source || !finish) return;
    const now = new Date();
    const bundle = finish.sessionBundle(source.context, finish.wholeUiOf(source.content), now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/fhir+json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `self-screen-${now.toISOString().slice(0, 10)}.json`;
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Firefox reads the Blob after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    this.show(source, { kind: 'downloaded' });
  };

  /** The summary's code, or undefined (and a notice saying so) when it cannot be fetched. */
  private async finish(source: SummarySource) {
    try {
      return await finishChunk.load();
    } catch (error) {
      console.error('<trd-screener>:', error);
      this.show(source, { kind: 'unavailable' });
      return undefined;
    }
  }

  private personal(): PersonalDetails {
    const value = (name: string) => this.host.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value;
    return { name: value(NAME_FIELD), birthDate: value(BIRTH_DATE_FIELD) };
  }

  private show(source: SummarySource, notice: SummaryNotice): void {
    this.last = { notice, context: source.context };
    this.host.requestUpdate();
  }
}
