import englishBank from '../../questions/bank.en.js';
import { answerOf, chosenIds } from '../bank/answers.js';
import { templateIdOf } from '../bank/risk.js';
import { instanceId, pruneAnswers } from '../bank/steps.js';
import { scorePhq9 } from '../clinical/phq9.js';
import { ENGLISH_UI } from '../i18n/result-content.js';
import type { Answers, AnswerValue, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Pattern, Safety, ScreenerResult } from '../clinical/types.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import { optionIdOf } from './codes.js';
import { LINK, questionnaireOf, type OptionTitles, type Repeat } from './questionnaire.js';
import type {
  Bundle,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  ResponseAnswer,
  ResponseItem,
} from './types.js';

/**
 * Answers as a FHIR R4 QuestionnaireResponse, built by walking the Questionnaire itself, so every
 * linkId and the nesting always match it. Unanswered questions and empty groups are left out.
 */

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

/** A screen in progress or done, as the element holds it. */
export interface Session {
  bank: QuestionBank;
  answers: Answers;
  locale: string;
  safety: Safety;
  result: ScreenerResult | null;
  /** The result's options in the session's language (absent → English). */
  content?: { options: OptionTitles };
}

/** What a response records besides the answers. */
export interface ResponseSource {
  /** Answers to questions still shown (as in `ScreenerResult.answers`). */
  answers: Answers;
  authored: string;
  locale: string;
  status: QuestionnaireResponse['status'];
  safety: SafetyLevel;
  /** The questions that raised the level (see `SAFETY_TRIGGER_EXTENSION`). */
  triggers?: SafetyTrigger[];
  /** Answers asked only because an answer raised the level (see `SAFETY_FOLLOW_UP_EXTENSION`). */
  keptOpen?: Answers;
  phq9Total: number | null;
  /** Only a completed screen has a medicine pattern. */
  medicines?: { adequateTrials: number; pattern: Pattern };
  /** Option ids the patient ticked "I want to ask about this". */
  wantToAsk?: string[];
}

function answersOf(item: QuestionnaireItem, value: AnswerValue | undefined): ResponseAnswer[] {
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

interface Walk {
  values: (linkId: string) => AnswerValue | undefined;
  repeats: Map<string, Repeat>;
  answers: Answers;
  /** Extensions of a response item, by linkId. */
  extensions?: (linkId: string) => Extension[];
}

function responseItems(items: QuestionnaireItem[] | undefined, walk: Walk): ResponseItem[] {
  return (items ?? []).flatMap((item): ResponseItem[] => {
    if (item.type === 'display') return [];
    if (item.type === 'group' && walk.repeats.has(item.linkId)) return repeatedGroup(item, walk);
    if (item.type === 'group') {
      const children = responseItems(item.item, walk);
      return children.length ? [{ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), item: children }] : [];
    }
    const answer = answersOf(item, walk.values(item.linkId));
    const extension = walk.extensions?.(item.linkId) ?? [];
    return answer.length ? [{ ...(extension.length ? { extension } : {}), linkId: item.linkId, text: item.text, answer }] : [];
  });
}

/** One group per chosen option, in the options' order (as the flow asks them). */
function repeatedGroup(group: QuestionnaireItem, walk: Walk): ResponseItem[] {
  const { source, optionLinkId } = walk.repeats.get(group.linkId)!;
  const chosen = chosenIds(walk.answers[source]);
  const options = group.item?.find((child) => child.linkId === optionLinkId)?.answerOption ?? [];
  return options
    .filter((o) => chosen.includes(o.valueCoding.code))
    .map(({ valueCoding }) => {
      const values = (linkId: string) =>
        linkId === optionLinkId ? valueCoding.code : walk.answers[instanceId(linkId, valueCoding.code)];
      return { linkId: group.linkId, item: responseItems(group.item, { ...walk, values }) };
    });
}

/** Every item of the questionnaire by linkId. */
function itemsByLinkId(items: QuestionnaireItem[] | undefined, map = new Map<string, QuestionnaireItem>()) {
  for (const item of items ?? []) {
    map.set(item.linkId, item);
    itemsByLinkId(item.item, map);
  }
  return map;
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

/**
 * The answers whose items are enabled as FHIR reads enableWhen (on the answers now), and those
 * the screen kept asking only because an answer raised the level.
 */
function splitKeptOpen(bank: QuestionBank, answers: Answers): { answers: Answers; keptOpen: Answers } {
  const enabled = pruneAnswers(bank, answers);
  const keptOpen = Object.fromEntries(Object.entries(answers).filter(([id]) => !Object.hasOwn(enabled, id)));
  return { answers: enabled, keptOpen };
}

function computedValues(source: ResponseSource): Record<string, AnswerValue> {
  return {
    [LINK.safetyLevel]: source.safety,
    ...(source.phq9Total === null ? {} : { [LINK.phq9Total]: source.phq9Total }),
    ...(source.medicines
      ? { [LINK.adequateTrials]: source.medicines.adequateTrials, [LINK.pattern]: source.medicines.pattern }
      : {}),
    ...(source.wantToAsk?.length ? { [LINK.wantToAsk]: source.wantToAsk } : {}),
  };
}

/** A response to `questionnaire` (built with `questionnaireOf`) from answers and what the screen worked out. */
export function responseOf(
  { questionnaire, repeats }: { questionnaire: Questionnaire; repeats: Map<string, Repeat> },
  source: ResponseSource,
): QuestionnaireResponse {
  const computed = computedValues(source);
  const values = (linkId: string) => computed[linkId] ?? source.answers[linkId];
  const items = itemsByLinkId(questionnaire.item);
  const safetyExtensions = [
    ...(source.triggers ?? []).map((trigger) => triggerExtension(items, trigger)),
    ...Object.entries(source.keptOpen ?? {}).map(([id, value]) => followUpExtension(items, id, value)),
  ];
  const extensions = (linkId: string) => (linkId === LINK.safetyLevel ? safetyExtensions : []);
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: source.status,
    authored: source.authored,
    language: source.locale,
    item: responseItems(questionnaire.item, { values, repeats, answers: source.answers, extensions }),
  };
}

/**
 * A finished screen as a FHIR R4 QuestionnaireResponse (status `completed`, or `stopped` when an
 * urgent answer ended it; authored when it finished), with the PHQ-9 total, the safety level and
 * what raised it (`SAFETY_TRIGGER_EXTENSION`), and the medicine pattern when there is one. Pass
 * the bank the screen used when it was not the built-in English one.
 */
export function toQuestionnaireResponse(
  result: ScreenerResult,
  bank: QuestionBank = englishBank,
  ui: WholeUiStrings = ENGLISH_UI,
  options?: OptionTitles,
): QuestionnaireResponse {
  const { answers, keptOpen } = splitKeptOpen(bank, result.answers as Answers);
  const { pattern } = result;
  return responseOf(questionnaireOf(bank, ui, options), {
    answers,
    keptOpen,
    authored: result.completedAt,
    locale: result.locale,
    status: result.status === 'stopped' ? 'stopped' : 'completed',
    safety: result.safety.level,
    triggers: safetyTriggers(result.safety, result.answers as Answers),
    phq9Total: result.phq9?.total ?? null,
    ...(pattern === null ? {} : { medicines: { adequateTrials: result.adequateTrialsWithoutRemission, pattern } }),
    wantToAsk: result.wantToAsk,
  });
}

/** The questionnaire and a response to it in one file, for a clinic to import. */
function toBundle(questionnaire: Questionnaire, response: QuestionnaireResponse): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: response.authored,
    entry: [{ resource: questionnaire }, { resource: response }],
  };
}

/**
 * The screen as it stands as a FHIR file: completed with its result; `stopped` when an urgent
 * answer ended it (no result exists then); else `in-progress`.
 */
export function sessionBundle(session: Session, ui: WholeUiStrings, now: Date): Bundle {
  const { bank, result } = session;
  const options = session.content?.options;
  const built = questionnaireOf(bank, ui, options);
  const { answers, keptOpen } = splitKeptOpen(bank, pruneAnswers(bank, session.answers, session.safety.raisedBy));
  const response = result
    ? toQuestionnaireResponse(result, bank, ui, options)
    : responseOf(built, {
        answers,
        keptOpen,
        authored: now.toISOString(),
        locale: session.locale,
        status: session.safety.level === 'urgent' ? 'stopped' : 'in-progress',
        safety: session.safety.level,
        // The answer now as the patient left it, even on a question no longer shown.
        triggers: safetyTriggers(session.safety, session.answers),
        phq9Total: scorePhq9(answers, bank).total,
      });
  return toBundle(built.questionnaire, response);
}
