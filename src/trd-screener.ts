/**
 * The embed's entry: defines `<trd-screener>` once (loading this file twice must not throw, so no
 * `@customElement`) and exports the public API.
 */
import { TrdScreener } from './trd-screener.component.js';

export const TAG_NAME = 'trd-screener';

// The tag is written out here (not TAG_NAME) so that the custom-elements manifest can read it.
if (!customElements.get(TAG_NAME)) customElements.define('trd-screener', TrdScreener);

export { TrdScreener };
export {
  ScreenerCompleteEvent,
  ScreenerCrisisEvent,
  ScreenerErrorEvent,
  ScreenerStepEvent,
  type ScreenerCompleteDetail,
  type ScreenerCrisisDetail,
  type ScreenerErrorDetail,
  type ScreenerStepDetail,
} from './events.js';
export type { ScreenerResult } from './clinical/types.js';
export type { QuestionBank } from './bank/types.js';
// The flow machine as the element runs it (it fetches the result's code when asked for the result).
export { shippedScreenerMachine as screenerMachine } from './finish/finish-chunk.js';

declare global {
  interface HTMLElementTagNameMap {
    'trd-screener': TrdScreener;
  }
}
