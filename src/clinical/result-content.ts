/** The words of the result: option cards, cautions, reasons and result copy. */
import cautions from '../../questions/cautions.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import type { ResultCopy } from './contentTypes.js';
import type { RankingContent } from './options.js';

export interface ResultContent extends RankingContent {
  resultCopy: ResultCopy;
}

/** English, which travels with the result's code rather than in the embed itself. */
export const ENGLISH_RESULT: ResultContent = { options, cautions, reasons, resultCopy };

/** The result's words in a language: its own when translated, else English. */
export function resultContentOf(content: { resultContent?: ResultContent }): ResultContent {
  return content.resultContent ?? ENGLISH_RESULT;
}
