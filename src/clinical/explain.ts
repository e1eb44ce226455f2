/** The result's plain-language explanation of the pattern and the PHQ-9 band, from data. */
import englishCopy from '../../questions/result-copy.en.js';
import type { ResultCopy } from './contentTypes.js';
import { trdPattern } from './pattern.js';
import { format } from '../i18n/format.js';
import { isIntolerance } from './trials.js';
import type { ScreenerResult } from './types.js';

export interface ResultExplanation {
  headline: string;
  /** Sentences that follow the headline, in reading order. */
  pattern: string[];
  /** The PHQ-9 band as a level of symptoms; absent when the PHQ-9 is incomplete. */
  phq9?: string;
}

function headlineFor(result: ScreenerResult, partialCounted: boolean, copy: ResultCopy): string {
  if (result.pattern === 'trd-pattern' && partialCounted) return copy.trdPartialHeadline;
  if (result.pattern === 'no-adequate-trial' && result.medications.length === 0) return copy.noMedicinesHeadline;
  // Only a completed screen is explained; a stopped one (no pattern) reads as "no trial" at worst.
  return copy.headlines[result.pattern ?? 'no-adequate-trial'];
}

export function explainResult(result: ScreenerResult, copy: ResultCopy = englishCopy): ResultExplanation {
  const { pattern, medications } = result;
  const { partialCounted, unclearBecause } = trdPattern(medications);
  const list = new Intl.ListFormat(result.locale, { type: 'conjunction' });
  const lines: string[] = [];
  const add = (when: boolean, ...sentences: string[]) => {
    if (when) lines.push(...sentences);
  };

  add(pattern === 'trd-pattern' && partialCounted, copy.partialNote);
  add(pattern === 'one-adequate-trial' || pattern === 'no-adequate-trial', copy.afterTwoMedicines);
  add(
    pattern === 'unclear',
    ...unclearBecause.map(({ medication, answers }) =>
      format(copy.unclearMedicine, {
        medicine: medication,
        answers: list.format(answers.map((id) => copy.unclearAnswers[id] ?? id)),
      }),
    ),
    copy.unclearClosing,
  );
  add(medications.some((trial) => trial.period === 'earlier'), copy.earlierNotCounted);
  add(medications.some((trial) => trial.response === 'good-then-lost'), copy.goodThenLostNotCounted);
  add(medications.some(isIntolerance), copy.intoleranceNotCounted);
  add(result.cautions.includes('bipolar'), copy.bipolarNote);

  return {
    headline: headlineFor(result, partialCounted, copy),
    pattern: lines,
    ...(result.phq9 ? { phq9: copy.phq9Bands[result.phq9.severity] } : {}),
  };
}
