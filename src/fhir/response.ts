import englishBank from '../../questions/bank.en.js';
import englishUi from '../../questions/ui.en.js';
import { chosenIds } from '../bank/answers.js';
import { instanceId, pruneAnswers } from '../bank/steps.js';
import { scorePhq9 } from '../clinical/phq9.js';
import type { Answers, AnswerValue, QuestionBank, SafetyLevel } from '../bank/types.js';
import type { Pattern, Safety, ScreenerResult } from '../clinical/types.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import { LINK, questionnaireOf, type Repeat } from './questionnaire.js';
import type { Bundle, Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer, ResponseItem } from './types.js';

/**
 * Answers as a FHIR R4 QuestionnaireResponse, built by walking the Questionnaire itself, so every
 * linkId and the nesting always match it. Unanswered questions and empty groups are left out.
 */

/** A screen in progress or done, as the element holds it. */
export interface Session {
  bank: QuestionBank;
  answers: Answers;
  locale: string;
  safety: Safety;
  result: ScreenerResult | null;
}

/** What a response records besides the answers. */
export interface ResponseSource {
  /** Answers to questions still shown (as in `ScreenerResult.answers`). */
  answers: Answers;
  authored: string;
  locale: string;
  status: QuestionnaireResponse['status'];
  safety: SafetyLevel;
  phq9Total: number | null;
  /** Only a completed screen has a medicine pattern. */
  medicines?: { adequateTrials: number; pattern: Pattern };
}

function answersOf(item: QuestionnaireItem, value: AnswerValue | undefined): ResponseAnswer[] {
  if (value === undefined) return [];
  if (item.type === 'choice') {
    const chosen = chosenIds(value);
    return (item.answerOption ?? []).filter((o) => chosen.includes(o.valueCoding.code)).map((o) => ({ valueCoding: o.valueCoding }));
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
    return answer.length ? [{ linkId: item.linkId, text: item.text, answer }] : [];
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

function computedValues(source: ResponseSource): Record<string, AnswerValue> {
  return {
    [LINK.safetyLevel]: source.safety,
    ...(source.phq9Total === null ? {} : { [LINK.phq9Total]: source.phq9Total }),
    ...(source.medicines
      ? { [LINK.adequateTrials]: source.medicines.adequateTrials, [LINK.pattern]: source.medicines.pattern }
      : {}),
  };
}

/** A response to `questionnaire` (built with `questionnaireOf`) from answers and what the screen worked out. */
export function responseOf(
  { questionnaire, repeats }: { questionnaire: Questionnaire; repeats: Map<string, Repeat> },
  source: ResponseSource,
): QuestionnaireResponse {
  const computed = computedValues(source);
  const values = (linkId: string) => computed[linkId] ?? source.answers[linkId];
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaire.url}|${questionnaire.version}`,
    status: source.status,
    authored: source.authored,
    language: source.locale,
    item: responseItems(questionnaire.item, { values, repeats, answers: source.answers }),
  };
}

/**
 * A completed screen as a FHIR R4 QuestionnaireResponse (status `completed`, authored when it
 * was completed), with the PHQ-9 total, the safety level and the medicine pattern. Pass the bank
 * the screen used when it was not the built-in English one.
 */
export function toQuestionnaireResponse(
  result: ScreenerResult,
  bank: QuestionBank = englishBank,
  ui: UiStrings = englishUi,
): QuestionnaireResponse {
  return responseOf(questionnaireOf(bank, ui), {
    answers: result.answers as Answers,
    authored: result.completedAt,
    locale: result.locale,
    status: 'completed',
    safety: result.safety.level,
    phq9Total: result.phq9?.total ?? null,
    medicines: { adequateTrials: result.adequateTrialsWithoutRemission, pattern: result.pattern },
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
export function sessionBundle(session: Session, ui: UiStrings, now: Date): Bundle {
  const { bank, result } = session;
  const built = questionnaireOf(bank, ui);
  const answers = pruneAnswers(bank, session.answers);
  const response = result
    ? toQuestionnaireResponse(result, bank, ui)
    : responseOf(built, {
        answers,
        authored: now.toISOString(),
        locale: session.locale,
        status: session.safety.level === 'urgent' ? 'stopped' : 'in-progress',
        safety: session.safety.level,
        phq9Total: scorePhq9(answers, bank).total,
      });
  return toBundle(built.questionnaire, response);
}
