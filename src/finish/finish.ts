/**
 * The code a screen needs only at its end, or when the patient asks for the summary: the result,
 * its view, the printable and copyable summary and the FHIR file. Its own chunk of the build.
 */
import { buildResult as build, type ScoringInput } from '../clinical/result.js';
import type { ScreenerResult } from '../clinical/types.js';
import { ENGLISH_RESULT } from '../i18n/result-content.js';

/** The result, in the session's words (the built-in English when its language has none of its own). */
export function buildResult(input: ScoringInput): ScreenerResult {
  return build({ ...input, content: input.content ?? ENGLISH_RESULT });
}

export { wholeUiOf } from '../i18n/result-content.js';
export { resultView } from '../view/result.js';
export { summaryActions } from '../summary/actions-view.js';
export { printSummary } from '../summary/print.js';
export { summaryOf } from '../summary/summary-model.js';
export { summaryWithClinicLang } from '../summary/clinic-lang.js';
export { summaryText } from '../summary/summary-text.js';
export { sessionBundle } from '../fhir/response.js';
