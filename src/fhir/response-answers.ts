import { chosenIds } from '../bank/answers.js';
import type { AnswerValue } from '../bank/types.js';
import { optionIdOf } from './codes.js';
import type { QuestionnaireItem, ResponseAnswer } from './types.js';

/** An answer as a response item's answers, written as the item's type asks (none when it does not fit). */
export function answersOf(item: QuestionnaireItem, value: AnswerValue | undefined): ResponseAnswer[] {
  if (value === undefined) return [];
  if (item.type === 'choice') {
    const chosen = chosenIds(value);
    return (item.answerOption ?? [])
      .filter((o) => chosen.includes(optionIdOf(item.linkId, o.valueCoding)))
      .map((o) => ({ valueCoding: o.valueCoding }));
  }
  if (item.type === 'string') return String(value).trim() ? [{ valueString: String(value).trim() }] : [];
  if (item.type === 'integer' && Number.isInteger(value)) return [{ valueInteger: value as number }];
  if (item.type === 'decimal' && typeof value === 'number' && Number.isFinite(value)) return [{ valueDecimal: value }];
  return [];
}
