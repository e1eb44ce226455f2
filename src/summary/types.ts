/** What the views and the summary's actions share: the actions, their notices, the field names. */
import type { SummaryActionId } from './chosen-actions.js';

/** The fields of the printout's optional name and date of birth, and of the copy fallback. */
export const NAME_FIELD = 'summary-name';
export const BIRTH_DATE_FIELD = 'summary-birth-date';
export const TEXT_FIELD = 'summary-text';

export type SummaryNotice =
  | { kind: 'copied' }
  | { kind: 'downloaded' }
  | { kind: 'manual'; text: string }
  | { kind: 'unavailable' };

/** What the views need: the three actions and what the last one left to show. */
export interface SummaryActions {
  print: () => Promise<void>;
  copy: () => Promise<void>;
  download: () => Promise<void>;
  /** The actions the clinic offers on the result (`actions`). */
  readonly shown: readonly SummaryActionId[];
  readonly notice: SummaryNotice | null;
}
