/** The words of the result: option cards, cautions, reasons, result copy and interface copy. */
import cautions from '../../questions/cautions.en.js';
import finishUi from '../../questions/finish-ui.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import englishUi from '../../questions/ui.en.js';
import type { UiStrings, WholeUiStrings } from './ui-strings.js';
import type { ResultContent } from '../clinical/contentTypes.js';

/** English, which travels with the result's code rather than in the embed itself. */
export const ENGLISH_RESULT: ResultContent = { options, cautions, reasons, resultCopy, ui: finishUi };

/** The result's words in a language: its own when translated, else English. */
export function resultContentOf(content: { resultContent?: ResultContent }): ResultContent {
  return content.resultContent ?? ENGLISH_RESULT;
}

/** A language's whole interface copy: the embed's own, with the words that load with the result. */
export function wholeUiOf(content: { ui: UiStrings; resultContent?: ResultContent }): WholeUiStrings {
  const finish = resultContentOf(content).ui;
  return { ...content.ui, ...finish, summary: { ...content.ui.summary, ...finish.summary } };
}

/** All of the English interface copy. */
export const ENGLISH_UI: WholeUiStrings = wholeUiOf({ ui: englishUi });
