/**
 * The code a screen needs only at its end, or when the patient asks for the summary: the result,
 * its view, the printable and copyable summary and the FHIR file. Its own chunk of the build.
 */
export { buildResult } from '../clinical/result.js';
export { wholeUiOf } from '../clinical/result-content.js';
export { resultView } from '../view/result.js';
export { summaryActions } from '../summary/actions-view.js';
export { printSummary } from '../summary/print.js';
export { summaryOf } from '../summary/summary-model.js';
export { summaryText } from '../summary/summary-text.js';
export { sessionBundle } from '../fhir/response.js';
