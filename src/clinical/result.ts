/** Builds the contract's `ScreenerResult` from the answers: deterministic for a given `now`. */
import { pruneAnswers } from '../bank/steps.js';
import type { Answers, Locale, QuestionBank } from '../bank/types.js';
import { cautionsFor } from './cautions.js';
import { rankOptions, type RankingContent } from './options.js';
import { trdPattern } from './pattern.js';
import { phq9ResultField, scorePhq9 } from './phq9.js';
import { medicationTrials } from './trials.js';
import type { Safety, ScreenerResult } from './types.js';

export interface ResultInput {
  bank: QuestionBank;
  answers: Answers;
  safety: Safety;
  locale: Locale;
  now: Date;
  /** The clinic's restriction of the options shown; the pattern stays as the answers say. */
  allowedOptions?: readonly string[];
  /** Option, caution and reason content in the result's language; English by default. */
  content?: RankingContent;
}

export function buildResult(input: ResultInput): ScreenerResult {
  const { bank, safety } = input;
  // Only answers to questions still shown count (e.g. ASQ item 5 after item 1–4 became "no").
  const answers = pruneAnswers(bank, input.answers);
  const medications = medicationTrials(bank, answers);
  const { pattern, failedAdequate } = trdPattern(medications);
  return {
    version: 1,
    completedAt: input.now.toISOString(),
    locale: input.locale,
    safety: { level: safety.level, triggeredBy: [...safety.triggeredBy] },
    phq9: phq9ResultField(scorePhq9(answers, bank)),
    medications,
    adequateTrialsWithoutRemission: failedAdequate,
    pattern,
    options: rankOptions({
      pattern,
      answers,
      safetyLevel: safety.level,
      allowed: input.allowedOptions,
      content: input.content,
    }),
    cautions: cautionsFor(answers, input.content?.cautions),
    answers: structuredClone(answers),
  };
}
