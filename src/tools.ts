/**
 * The non-UI helpers, for a clinic's build tools or server code (`trd-screener/tools`): check a
 * custom question bank, and turn a bank and a result into FHIR R4 resources. Its own file, so
 * that the embed does not carry them.
 */
export { validateBank, type BankError, type BankValidation } from './bank/validate.js';
export { toQuestionnaire } from './fhir/questionnaire.js';
export { toQuestionnaireResponse } from './fhir/response.js';
export type { Questionnaire, QuestionnaireResponse } from './fhir/types.js';
export type { QuestionBank } from './bank/types.js';
export type { ScreenerResult } from './clinical/types.js';
