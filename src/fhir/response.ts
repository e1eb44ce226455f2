// Answers as a FHIR R4 QuestionnaireResponse, built by walking the Questionnaire itself, so every
// linkId and the nesting always match it. Unanswered questions and empty groups are left out.
import englishBank from '../../questions/bank.en.js';
import { chosenIds } from '../bank/answers.js';
import { instanceId, pruneAnswers } from '../bank/steps.js';
import { scorePhq9 } from '../clinical/phq9.js';
import { ENGLISH_UI } from '../i18n/result-content.js';
import type { Answers, AnswerValue, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Pattern, Safety, ScreenerResult } from '../clinical/types.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import { LINK, questionnaireOf, type OptionTitles, type Repeat } from './questionnaire.js';
import type {
  Bundle,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  ResponseItem,
} from './types.js';
import { answersOf } from './response-answers.js';
import { safetyExtensions, safetyTriggers, type SafetyTrigger } from './safety-extensions.js';

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
  const levelExtensions = safetyExtensions(items, source.triggers ?? [], source.keptOpen ?? {});
  const extensions = (linkId: string) => (linkId === LINK.safetyLevel ? levelExtensions : []);
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
