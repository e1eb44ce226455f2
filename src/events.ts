import type { RiskLevel, SectionId } from './bank/types.js';
import type { ScreenerResult } from './clinical/types.js';

/** The DOM events of `<trd-screener>`: all bubble and cross the shadow boundary. */

const OPTIONS = { bubbles: true, composed: true } as const;

export interface ScreenerStepDetail {
  /** The step's key, or `crisis`, `urgent`, `stopped`, `review`, `result` for a panel. */
  stepId: string;
  section: SectionId;
  /** 1-based position of the section, of `total` (review and result included). */
  index: number;
  total: number;
}

export interface ScreenerCrisisDetail {
  level: RiskLevel;
  /** The question whose answer escalated the session. */
  questionId: string;
}

export interface ScreenerCompleteDetail {
  result: ScreenerResult;
}

export interface ScreenerErrorDetail {
  message: string;
}

/** A new step or panel is shown. */
export class ScreenerStepEvent extends CustomEvent<ScreenerStepDetail> {
  constructor(detail: ScreenerStepDetail) {
    super('screener-step', { ...OPTIONS, detail });
  }
}

/** A suicidality answer escalated the session (fires once per new trigger or higher level). */
export class ScreenerCrisisEvent extends CustomEvent<ScreenerCrisisDetail> {
  constructor(detail: ScreenerCrisisDetail) {
    super('screener-crisis', { ...OPTIONS, detail });
  }
}

/** The result is shown. */
export class ScreenerCompleteEvent extends CustomEvent<ScreenerCompleteDetail> {
  constructor(detail: ScreenerCompleteDetail) {
    super('screener-complete', { ...OPTIONS, detail });
  }
}

/** The bank or configuration is invalid; the widget shows crisis resources instead. */
export class ScreenerErrorEvent extends CustomEvent<ScreenerErrorDetail> {
  constructor(detail: ScreenerErrorDetail) {
    super('screener-error', { ...OPTIONS, detail });
  }
}

// On GlobalEventHandlersEventMap, so listeners on the element, the document and the window are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    'screener-step': ScreenerStepEvent;
    'screener-crisis': ScreenerCrisisEvent;
    'screener-complete': ScreenerCompleteEvent;
    'screener-error': ScreenerErrorEvent;
  }
}
