import type { nothing, TemplateResult } from 'lit';
import type { RegionData } from '../crisis/types.js';
import type { LocaleContent } from '../i18n/locale-content.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { ScreenerSnapshot } from '../machine/selectors.js';
import type { ScreenerEvent } from '../machine/types.js';
import type { SummaryActionId } from '../summary/chosen-actions.js';
import type { SummaryActions } from '../summary/types.js';

/** Everything a view needs: the snapshot, the copy, the region, and how to talk back. */
export interface ViewContext {
  snapshot: ScreenerSnapshot;
  content: LocaleContent;
  /** `content.ui`, used everywhere. */
  ui: UiStrings;
  region: RegionData;
  clinicName?: string;
  /** The clinic's `privacy-note`, in place of the widget's own privacy sentence. */
  privacyNote?: string;
  /** The clinic's contact link; without a label, the result names it in its own words. */
  contact?: { href: string; label?: string };
  send: (event: ScreenerEvent) => void;
  /** "Next" (or "See my results"): the element also moves focus to an invalid field. */
  next: () => void;
  /** The result's view, once its code (loaded on demand) has arrived. */
  resultView?: (ctx: ViewContext) => TemplateResult | typeof nothing;
  /** The summary's actions (print, copy, download), with the result's code. */
  summaryActions?: (ui: UiStrings, actions: SummaryActions, shown?: readonly SummaryActionId[]) => TemplateResult | typeof nothing;
  /** Print, copy and download the doctor's summary. */
  summary: SummaryActions;
  /**
   * True for the element's first paint only: parts the first question does not need (the closed
   * "Need help now?" list) are left out, and follow as soon as the page is idle.
   */
  firstPaint: boolean;
  /** True with `persist="session"`: answers are kept in the tab, and can be cleared. */
  saving: boolean;
}
