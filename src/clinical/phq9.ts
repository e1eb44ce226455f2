/** PHQ-9 scoring: the nine items' option scores, their total and its severity band. */
import { findQuestion } from '../bank/steps.js';
import type { Answers, QuestionBank } from '../bank/types.js';
import type { Phq9Severity, ScreenerResult } from './types.js';

export const PHQ9_ITEMS = ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'];
export const PHQ9_ITEM9 = 'phq9-9';
export const PHQ9_DIFFICULTY = 'phq9-difficulty';

export interface Phq9Score {
  /** Null when any item is missing: a partial sum has no valid band. */
  total: number | null;
  severity: Phq9Severity | null;
  /** Item 9's score when answered, even if other items are missing. */
  item9: number | null;
  /** The difficulty item's option id (not scored). */
  difficulty: string | null;
  /** Items without a scorable answer. */
  missing: string[];
}

/** Lower bounds of the bands, highest first (Kroenke, Spitzer & Williams 2001). */
const BANDS: Array<[min: number, severity: Phq9Severity]> = [
  [20, 'severe'],
  [15, 'moderately-severe'],
  [10, 'moderate'],
  [5, 'mild'],
  [0, 'none-minimal'],
];

export function phq9Severity(total: number): Phq9Severity {
  return BANDS.find(([min]) => total >= min)?.[1] ?? 'none-minimal';
}

/** The score of the chosen option, or null when the item is unanswered or the option has none. */
function itemScore(bank: QuestionBank, answers: Answers, id: string): number | null {
  const answer = answers[id];
  if (typeof answer !== 'string') return null;
  const score = findQuestion(bank, id)?.options?.find((o) => o.id === answer)?.score;
  return typeof score === 'number' ? score : null;
}

export function scorePhq9(answers: Answers, bank: QuestionBank): Phq9Score {
  const scores = PHQ9_ITEMS.map((id) => itemScore(bank, answers, id));
  const missing = PHQ9_ITEMS.filter((_, i) => scores[i] === null);
  const total = missing.length === 0 ? scores.reduce<number>((sum, score) => sum + (score ?? 0), 0) : null;
  const difficulty = answers[PHQ9_DIFFICULTY];
  return {
    total,
    severity: total === null ? null : phq9Severity(total),
    item9: itemScore(bank, answers, PHQ9_ITEM9),
    difficulty: typeof difficulty === 'string' ? difficulty : null,
    missing,
  };
}

/** The contract's `phq9` field: null unless all nine items were answered. */
export function phq9ResultField(score: Phq9Score): ScreenerResult['phq9'] {
  if (score.total === null || score.severity === null || score.item9 === null) return null;
  return { total: score.total, severity: score.severity, item9: score.item9 };
}
