import { answerOf, chosenIds } from '../bank/answers.js';
import { templateIdOf } from '../bank/risk.js';
import type { Answers, AnswerValue } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';
import { answersOf } from './response-answers.js';
import type { Extension, QuestionnaireItem, ResponseAnswer } from './types.js';

/**
 * The extension on the response's safety-level item (`result:safety-level`) that says, for each
 * question that raised the level, in the order they raised it, which answer raised it, and the
 * answer now when the patient changed it later (CLINICAL.md §4.3, invariant 7): the item's own
 * answers under the sections are the answers now. A complex extension, one per question:
 * - `question` (valueString): the question id, as in `ScreenerResult.safety.triggeredBy` (the
 *   linkId, or `linkId:option` inside a group repeated per medicine);
 * - `raisedBy`: the answer that raised the level, as the question's own answers are written
 *   (one valueCoding per chosen option);
 * - `changed` (valueBoolean): whether the answer now differs from it;
 * - `current`: the answer now, only when it differs (absent, with `changed`, once it was cleared).
 * Its URL is a fixed UUID URN, like the questionnaire's canonical (the package owns no domain).
 */
export const SAFETY_TRIGGER_EXTENSION = 'urn:uuid:5c5c8f67-8be4-4a75-afc0-28d2e0e9056e';

/**
 * The extension, on the same item, holding an answer to a question the screen asked only
 * because an answer raised the level, once that answer was changed (ASQ item 5 after item 1
 * "Yes" became "No": the screen keeps asking it, CLINICAL.md §4.3 invariant 3). Its item's
 * enableWhen, which reads the answers now, no longer holds, and FHIR allows no answer to an item
 * that is not enabled; so the answer is written here instead, one complex extension per question:
 * `question` (valueString, the question id) and `answer` (as the question's own answers are).
 */
export const SAFETY_FOLLOW_UP_EXTENSION = 'urn:uuid:508b2bdc-46e6-4bb1-b3ce-273c038a5bd7';

/** A question that raised the level: the answer that raised it, and the answer now. */
export interface SafetyTrigger {
  questionId: string;
  raised: AnswerValue | undefined;
  current: AnswerValue | undefined;
}

/** The safety triggers of a record, with the answers they raised the level with and hold now. */
export function safetyTriggers(safety: Safety, answers: Answers): SafetyTrigger[] {
  return safety.triggeredBy.map((questionId) => {
    const current = answerOf(answers, questionId);
    const raisedBy = safety.raisedBy;
    // A record kept from before `raisedBy` existed: the answer now is the best there is.
    const raised = raisedBy && Object.hasOwn(raisedBy, questionId) ? raisedBy[questionId] : current;
    return { questionId, raised, current };
  });
}

function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  const ids = (value: AnswerValue) => [...chosenIds(value)].map((id) => id.trim()).sort().join('\u0000');
  return ids(a) === ids(b);
}

/** An answer as extension parts named `url`, written as the question's own answers are. */
function answerParts(url: string, item: QuestionnaireItem | undefined, value: AnswerValue | undefined): Extension[] {
  if (value === undefined) return [];
  const answers = item ? answersOf(item, value) : [];
  // Option ids this questionnaire does not have (another bank's) are kept as written.
  const asWritten = chosenIds(value).map(String).filter((id) => id.trim());
  const written: ResponseAnswer[] = answers.length ? answers : asWritten.map((id) => ({ valueString: id }));
  return written.map((answer) => ({ url, ...answer }));
}

function triggerExtension(items: Map<string, QuestionnaireItem>, trigger: SafetyTrigger): Extension {
  const item = items.get(templateIdOf(trigger.questionId));
  const { raised, current } = trigger;
  const changed = raised !== undefined && (current === undefined || !sameAnswer(raised, current));
  return {
    url: SAFETY_TRIGGER_EXTENSION,
    extension: [
      { url: 'question', valueString: trigger.questionId },
      ...answerParts('raisedBy', item, raised),
      { url: 'changed', valueBoolean: changed },
      ...(changed ? answerParts('current', item, current) : []),
    ],
  };
}

function followUpExtension(items: Map<string, QuestionnaireItem>, questionId: string, value: AnswerValue): Extension {
  return {
    url: SAFETY_FOLLOW_UP_EXTENSION,
    extension: [
      { url: 'question', valueString: questionId },
      ...answerParts('answer', items.get(templateIdOf(questionId)), value),
    ],
  };
}

/** The safety-level item's extensions: each question that raised the level, then each answer kept open. */
export function safetyExtensions(
  items: Map<string, QuestionnaireItem>,
  triggers: SafetyTrigger[],
  keptOpen: Answers,
): Extension[] {
  return [
    ...triggers.map((trigger) => triggerExtension(items, trigger)),
    ...Object.entries(keptOpen).map(([id, value]) => followUpExtension(items, id, value)),
  ];
}
