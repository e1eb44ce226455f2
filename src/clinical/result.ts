/** Builds the contract's `ScreenerResult` from the answers: deterministic for a given `now`. */
import { pruneAnswers } from '../bank/steps.js';
import type { Answers, Locale, QuestionBank } from '../bank/types.js';
import { cautionsFor } from './cautions.js';
import type { RankingContent } from './contentTypes.js';
import { findingOf } from './finding.js';
import { rankOptions } from './options.js';
import { trdPattern } from './pattern.js';
import { phq9ResultField, scorePhq9 } from './phq9.js';
import { medicationTrials } from './trials.js';
import { copySafety } from './stopped-result.js';
import type { Safety, ScreenerResult } from './types.js';

/** What the machine gives its scorer: the session, and its language's words if it has its own. */
export interface ScoringInput {
  bank: QuestionBank;
  answers: Answers;
  safety: Safety;
  locale: Locale;
  now: Date;
  /** The clinic's restriction of the options shown; the pattern stays as the answers say. */
  allowedOptions?: readonly string[];
  /** Option, caution and reason content in the session's language; absent → the built-in (English). */
  content?: RankingContent;
}

/** The scorer's input with the words to use (content is passed in; the rules hold none). */
export interface ResultInput extends ScoringInput {
  content: RankingContent;
}

export function buildResult(input: ResultInput): ScreenerResult {
  const { bank, safety } = input;
  // Only answers to questions still shown count (e.g. a medicine un-ticked); ASQ item 5 stays once items 1–4 raised the level.
  const answers = pruneAnswers(bank, input.answers, safety.raisedBy);
  const medications = medicationTrials(bank, answers);
  const found = trdPattern(medications);
  const { pattern, failedAdequate } = found;
  const cautions = cautionsFor(answers, input.content.cautions);
  return {
    version: 2,
    status: 'completed',
    completedAt: input.now.toISOString(),
    locale: input.locale,
    safety: copySafety(safety),
    phq9: phq9ResultField(scorePhq9(answers, bank)),
    medications,
    adequateTrialsWithoutRemission: failedAdequate,
    pattern,
    options: rankOptions({
      pattern,
      mayMatch: findingOf(medications, cautions, found) === 'trd-may-match',
      answers,
      safetyLevel: safety.level,
      allowed: input.allowedOptions,
      content: input.content,
    }),
    wantToAsk: [],
    cautions,
    answers: structuredClone(answers),
  };
}
