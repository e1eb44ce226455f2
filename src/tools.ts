/**
 * The non-UI helpers, for a clinic's build tools or server code (`trd-screener/tools`): check a
 * custom question bank, turn a bank and a result into FHIR R4 resources, and read a
 * QuestionnaireResponse back into the answers, the result and the summary text. Its own file, so
 * that the embed does not carry them.
 */
export { validateBank, type BankError, type BankValidation } from './bank/validate.js';
export { toQuestionnaire } from './fhir/questionnaire.js';
export { toQuestionnaireResponse } from './fhir/response.js';
export { screenFromResponse, type ReadScreen, type ScreenSettings } from './fhir/round-trip.js';
export { BANK_CODE_SYSTEM, LOINC, RESULT_CODE_SYSTEM } from './fhir/codes.js';
export type { Questionnaire, QuestionnaireResponse } from './fhir/types.js';
export type { QuestionBank } from './bank/types.js';
export type { ScreenerResult } from './clinical/types.js';
