/** The result's plain-language explanation of the pattern and the PHQ-9 band, from data. */
import type { ResultCopy } from './contentTypes.js';
import { findingOf, softeningNotes } from './finding.js';
import { trdPattern } from './pattern.js';
import { format } from '../i18n/format.js';
import { isIntolerance } from './trials.js';
import type { Finding, ScreenerResult } from './types.js';

export interface ResultExplanation {
  headline: string;
  /** Sentences that follow the headline, in reading order. */
  pattern: string[];
  /** The PHQ-9 band as a level of symptoms; absent when the PHQ-9 is incomplete. */
  phq9?: string;
}

function headlineFor(result: ScreenerResult, finding: Finding, copy: ResultCopy): string {
  // Only a completed screen is explained; a stopped one (no medicines) reads as "none taken" at worst.
  return finding === 'no-adequate-trial' && result.medications.length === 0 ? copy.noMedicinesHeadline : copy.headlines[finding];
}

export function explainResult(result: ScreenerResult, copy: ResultCopy): ResultExplanation {
  const { pattern, medications } = result;
  const found = trdPattern(medications);
  const list = new Intl.ListFormat(result.locale, { type: 'conjunction' });
  const lines: string[] = [...softeningNotes(found, copy, result.locale)];
  const add = (when: boolean, ...sentences: string[]) => {
    if (when) lines.push(...sentences);
  };

  add(pattern === 'one-adequate-trial' || pattern === 'no-adequate-trial', copy.afterTwoMedicines);
  add(
    pattern === 'unclear',
    ...found.unclearBecause.map(({ medication, answers }) =>
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
    headline: headlineFor(result, findingOf(medications, result.cautions, found), copy),
    pattern: lines,
    ...(result.phq9 ? { phq9: copy.phq9Bands[result.phq9.severity] } : {}),
  };
}
