import { templateIdOf } from '../bank/risk.js';
import { instanceId } from '../bank/steps.js';
import type { Answers, AnswerValue, SafetyLevel } from '../bank/types.js';
import type { Safety } from '../clinical/types.js';
import { optionIdOf } from './codes.js';
import { LINK, type Repeat } from './questionnaire.js';
import { SAFETY_FOLLOW_UP_EXTENSION, SAFETY_TRIGGER_EXTENSION } from './safety-extensions.js';
import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseAnswer, ResponseItem } from './types.js';

/**
 * A QuestionnaireResponse of `responseOf` read back: the answers by question id (instance ids
 * inside groups repeated per medicine, option ids for codings, LOINC's included), the safety
 * record (level, the questions that raised it in order, the answers that raised them) and the
 * options the patient wants to ask about. What the screen works out (total, pattern) is left to
 * be worked out again.
 */
export interface ReadResponse {
  answers: Answers;
  safety: Safety;
  wantToAsk: string[];
}

type Built = { questionnaire: Questionnaire; repeats: Map<string, Repeat> };

function definitions(items: QuestionnaireItem[] | undefined, map = new Map<string, QuestionnaireItem>()) {
  for (const item of items ?? []) {
    map.set(item.linkId, item);
    definitions(item.item, map);
  }
  return map;
}

/** One answer as the bank holds it: an option id, text or a number. */
function valueOf(linkId: string, answer: ResponseAnswer): string | number {
  if (answer.valueCoding) return optionIdOf(linkId, answer.valueCoding);
  return answer.valueString ?? answer.valueInteger ?? answer.valueDecimal ?? NaN;
}

/** Answers written the way `def` writes them: a list for a question that repeats. */
function valueFor(def: QuestionnaireItem | undefined, linkId: string, answers: ResponseAnswer[]): AnswerValue | undefined {
  const values = answers.map((answer) => valueOf(linkId, answer));
  if (!values.length) return undefined;
  return def?.repeats ? (values as string[]) : values[0];
}

/** The answers given where the questions are (not the screener's own result items). */
function readAnswers(items: ResponseItem[], defs: Map<string, QuestionnaireItem>, repeats: Map<string, Repeat>): Answers {
  const answers: Answers = {};
  const walk = (list: ResponseItem[] = [], option?: string) => {
    for (const item of list) {
      const repeat = repeats.get(item.linkId);
      if (item.linkId === LINK.results) continue;
      if (repeat) {
        const named = item.item?.find((child) => child.linkId === repeat.optionLinkId)?.answer?.[0];
        walk(item.item?.filter((child) => child.linkId !== repeat.optionLinkId), named && String(valueOf(repeat.source, named)));
      } else if (item.item) walk(item.item, option);
      const value = valueFor(defs.get(item.linkId), item.linkId, item.answer ?? []);
      if (value !== undefined) answers[option ? instanceId(item.linkId, option) : item.linkId] = value;
    }
  };
  walk(items);
  return answers;
}

/** An extension's parts named `url`, read as the answers of question `questionId`. */
function partValue(parts: Extension[], url: string, questionId: string, defs: Map<string, QuestionnaireItem>) {
  const linkId = templateIdOf(questionId);
  return valueFor(defs.get(linkId), linkId, parts.filter((part) => part.url === url));
}

/** The safety record, and the answers now of the questions that raised it (where not shown). */
function readSafety(level: ResponseItem | undefined, defs: Map<string, QuestionnaireItem>, answers: Answers): Safety {
  const raisedBy: Answers = {};
  const safety: Safety = { level: (level?.answer?.[0]?.valueCoding?.code ?? 'none') as SafetyLevel, triggeredBy: [], raisedBy };
  for (const { url, extension: parts = [] } of level?.extension ?? []) {
    const questionId = parts.find((part) => part.url === 'question')?.valueString;
    if (!questionId) continue;
    if (url === SAFETY_FOLLOW_UP_EXTENSION) {
      const value = partValue(parts, 'answer', questionId, defs);
      if (value !== undefined) answers[questionId] = value;
    }
    if (url !== SAFETY_TRIGGER_EXTENSION) continue;
    safety.triggeredBy.push(questionId);
    const raised = partValue(parts, 'raisedBy', questionId, defs);
    if (raised !== undefined) raisedBy[questionId] = raised;
    const changed = parts.find((part) => part.url === 'changed')?.valueBoolean;
    // The answer now, even to a question no longer shown: the summary's safety box names it.
    const current = changed ? partValue(parts, 'current', questionId, defs) : raised;
    if (current !== undefined && !Object.hasOwn(answers, questionId)) answers[questionId] = current;
  }
  return safety;
}

/** Reads a response to `built` (from `questionnaireOf` of the bank the screen used). */
export function readResponse(response: QuestionnaireResponse, built: Built): ReadResponse {
  const defs = definitions(built.questionnaire.item);
  const answers = readAnswers(response.item, defs, built.repeats);
  const results = response.item.find((item) => item.linkId === LINK.results)?.item ?? [];
  const result = (linkId: string) => results.find((item) => item.linkId === linkId);
  const wantToAsk = (result(LINK.wantToAsk)?.answer ?? []).map((answer) => answer.valueCoding!.code);
  return { answers, safety: readSafety(result(LINK.safetyLevel), defs, answers), wantToAsk };
}
