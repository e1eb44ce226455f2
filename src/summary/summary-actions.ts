import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RegionData } from '../crisis/types.js';
import { finishPart } from '../finish/finish-part.js';
import type { LocaleContent } from '../i18n/locale-content.js';
import type { ScreenerContext } from '../machine/types.js';
import { BIRTH_DATE_FIELD, NAME_FIELD, TEXT_FIELD } from './actions-view.js';
import { openPrintFrame } from './print-frame.js';
import type { PersonalDetails } from './summary-model.js';

/**
 * Print, copy and download for the element: each builds the summary at the moment it is asked
 * for, with the summary's code (its own chunk, usually fetched long before, when the page was
 * idle). The name and date of birth are read from their fields only when printing: they are held
 * nowhere else, so they never reach the machine, the result, an event or storage.
 */

export type SummaryNotice =
  | { kind: 'copied' }
  | { kind: 'downloaded' }
  | { kind: 'manual'; text: string }
  | { kind: 'unavailable' };

/** What the views need: the three actions and what the last one left to show. */
export interface SummaryActions {
  print(): Promise<void>;
  copy(): Promise<void>;
  download(): Promise<void>;
  readonly notice: SummaryNotice | null;
}

/** The session as the element holds it, in its language and region. */
export interface SummarySource {
  context: ScreenerContext;
  content: LocaleContent;
  region: RegionData;
  clinicName?: string;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class SummaryController implements ReactiveController, SummaryActions {
  /** A notice belongs to the session state it was made for; any change (e.g. Start over) hides it. */
  private last: { notice: SummaryNotice; context: ScreenerContext } | null = null;
  private selectText = false;

  constructor(
    private readonly host: Host,
    private readonly source: () => SummarySource | null,
  ) {
    host.addController(this);
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
    finish.printSummary(finish.summaryOf({ ...source, now: new Date(), personal }), await frame);
  };

  /** The same summary as plain text, without the name and date of birth (they are for paper). */
  readonly copy = async (): Promise<void> => {
    const source = this.source();
    const finish = source && (await this.finish(source));
    if (!source || !finish) return;
    const text = finish.summaryText(finish.summaryOf({ ...source, now: new Date() }));
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
      return await finishPart.load();
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
