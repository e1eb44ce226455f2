/**
 * The one module the content in `questions/` imports from, and only for types: the shapes of a
 * bank, the clinical copy, the crisis resources, the interface copy and a translation.
 */
export type { AnswerOption, QuestionBank, Section, Step } from './bank/types.js';
export type { Caution, OptionId, ReasonCopy, ResultCopy, TreatmentOption } from './clinical/contentTypes.js';
export type { CrisisContent, CrisisCopy, CrisisSources, RegionData, RegionId, Regions } from './crisis/types.js';
export type { FinishUiStrings, UiStrings, WholeUiStrings } from './i18n/ui-strings.js';
export type { BankText, OptionText, QuestionText, Translation } from './i18n/types.js';
