/**
 * A structural check of FHIR R4 Questionnaires and QuestionnaireResponses, written from the R4
 * resource definitions and invariants (que-*, qrs-*) this package can break: required fields,
 * unique linkIds, types and answer types that match, enableWhen that points at real questions,
 * and responses whose items all exist in the questionnaire, at the same place.
 * It also reads a response back into answers, and evaluates enableWhen as FHIR defines it.
 */
import type {
  EnableWhen,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  ResponseAnswer,
  ResponseItem,
} from '../../src/fhir/types.js';

const ITEM_TYPES = ['group', 'display', 'boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'choice', 'open-choice', 'attachment', 'reference', 'quantity'];
const QUESTIONNAIRE_STATUS = ['draft', 'active', 'retired', 'unknown'];
const RESPONSE_STATUS = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'];
const OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='];
/** The one value[x] each item type's answers use. */
const VALUE_OF: Record<string, keyof ResponseAnswer> = {
  choice: 'valueCoding',
  string: 'valueString',
  text: 'valueString',
  decimal: 'valueDecimal',
  integer: 'valueInteger',
};
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Every item of a questionnaire by linkId, with its parent's linkId (null at the top). */
export function itemsOf(questionnaire: Questionnaire): Map<string, { item: QuestionnaireItem; parent: string | null }> {
  const map = new Map<string, { item: QuestionnaireItem; parent: string | null }>();
  const walk = (items: QuestionnaireItem[] = [], parent: string | null) => {
    for (const item of items) {
      map.set(item.linkId, { item, parent });
      walk(item.item, item.linkId);
    }
  };
  walk(questionnaire.item, null);
  return map;
}

export function questionnaireProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(problem);
  if (q.resourceType !== 'Questionnaire') say('resourceType is not Questionnaire');
  if (!QUESTIONNAIRE_STATUS.includes(q.status)) say(`status "${q.status}"`);
  if (!q.item?.length) say('no items');
  const seen = new Set<string>();
  const all = itemsOf(q);
  const walk = (items: QuestionnaireItem[] = []) => {
    for (const item of items) {
      const at = `item "${item.linkId}"`;
      if (typeof item.linkId !== 'string' || !item.linkId) say('an item without linkId');
      if (seen.has(item.linkId)) say(`${at}: linkId used twice`);
      seen.add(item.linkId);
      if (!ITEM_TYPES.includes(item.type)) say(`${at}: type "${item.type}"`);
      if (item.type === 'group' && !item.item?.length) say(`${at}: a group without items (que-1)`);
      if (item.type === 'display' && item.item?.length) say(`${at}: a display item with items (que-1)`);
      if (item.type === 'display' && (item.required || item.repeats)) say(`${at}: required/repeats on display (que-6)`);
      // Read as any R4 type, not only those this package writes.
      const type: string = item.type;
      if (item.answerOption && type !== 'choice' && type !== 'open-choice') say(`${at}: answerOption on ${type} (que-5)`);
      if (item.type === 'choice' && !item.answerOption?.length) say(`${at}: a choice without answerOption`);
      for (const option of item.answerOption ?? []) if (!option.valueCoding?.code) say(`${at}: an answerOption without code`);
      if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior) say(`${at}: no enableBehavior (que-12)`);
      if ((item.enableWhen?.length ?? 0) <= 1 && item.enableBehavior) say(`${at}: enableBehavior without conditions (que-12)`);
      for (const condition of item.enableWhen ?? []) {
        const target = all.get(condition.question)?.item;
        if (!OPERATORS.includes(condition.operator)) say(`${at}: operator "${condition.operator}"`);
        if (!target) say(`${at}: enableWhen on unknown "${condition.question}"`);
        else if (target.type === 'group' || target.type === 'display') say(`${at}: enableWhen on a ${target.type}`);
        else if (condition.operator === 'exists') {
          if (typeof condition.answerBoolean !== 'boolean') say(`${at}: exists without answerBoolean (que-7)`);
        } else if (target.type === 'choice') {
          const code = condition.answerCoding?.code;
          if (!target.answerOption?.some((o) => o.valueCoding.code === code)) say(`${at}: enableWhen answers "${code}", not an option`);
        } else say(`${at}: enableWhen compares a ${target.type}`);
      }
      walk(item.item);
    }
  };
  walk(q.item);
  return problems;
}

export function responseProblems(r: QuestionnaireResponse, q: Questionnaire): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(problem);
  const all = itemsOf(q);
  if (r.resourceType !== 'QuestionnaireResponse') say('resourceType is not QuestionnaireResponse');
  if (!RESPONSE_STATUS.includes(r.status)) say(`status "${r.status}"`);
  if (!DATE_TIME.test(r.authored)) say(`authored "${r.authored}" is not a dateTime`);
  if (r.questionnaire !== `${q.url}|${q.version}`) say(`questionnaire "${r.questionnaire}"`);
  const walk = (items: ResponseItem[] = [], parent: string | null) => {
    const counts = new Map<string, number>();
    for (const item of items) {
      const at = `response item "${item.linkId}"`;
      const found = all.get(item.linkId);
      counts.set(item.linkId, (counts.get(item.linkId) ?? 0) + 1);
      if (!found) {
        say(`${at}: no such item in the questionnaire`);
        continue;
      }
      const { item: def } = found;
      if (found.parent !== parent) say(`${at}: under "${parent}", the questionnaire has it under "${found.parent}"`);
      if (item.text !== undefined && item.text !== def.text) say(`${at}: text differs from the questionnaire`);
      if (item.answer && item.item) say(`${at}: both answer and item (qrs-1)`);
      if (def.type === 'display') say(`${at}: a display item in a response`);
      if (def.type === 'group') {
        if (item.answer) say(`${at}: a group with answers`);
        if (!item.item?.length) say(`${at}: an empty group`);
      } else {
        const answers = item.answer ?? [];
        if (!answers.length) say(`${at}: no answer`);
        if (answers.length > 1 && !def.repeats) say(`${at}: several answers to a question that does not repeat`);
        const value = VALUE_OF[def.type];
        for (const answer of answers) {
          const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
          if (keys.length !== 1 || keys[0] !== value) say(`${at}: ${keys.join(', ')} for a ${def.type} item (expected ${value})`);
          if (value === 'valueCoding' && !def.answerOption?.some((o) => o.valueCoding.code === answer.valueCoding?.code))
            say(`${at}: code "${answer.valueCoding?.code}" is not an option`);
          if (value === 'valueInteger' && !Number.isInteger(answer.valueInteger)) say(`${at}: not an integer`);
          if (value === 'valueDecimal' && !Number.isFinite(answer.valueDecimal)) say(`${at}: not a number`);
          if (value === 'valueString' && !answer.valueString) say(`${at}: an empty string`);
        }
      }
      walk(item.item, item.linkId);
    }
    for (const [linkId, count] of counts)
      if (count > 1 && !all.get(linkId)?.item.repeats) say(`"${linkId}" appears ${count} times but does not repeat`);
  };
  walk(r.item, null);
  return problems;
}

type Value = string | number;

/** The answers of a response by linkId, outside repeating groups (enableWhen only looks there). */
export function answersByLinkId(r: QuestionnaireResponse, repeating: Set<string>): Map<string, Value[]> {
  const map = new Map<string, Value[]>();
  const walk = (items: ResponseItem[] = []) => {
    for (const item of items) {
      if (repeating.has(item.linkId)) continue;
      if (item.answer) map.set(item.linkId, item.answer.map(valueOf));
      walk(item.item);
    }
  };
  walk(r.item);
  return map;
}

export const valueOf = (a: ResponseAnswer): Value =>
  a.valueCoding?.code ?? a.valueString ?? a.valueDecimal ?? a.valueInteger ?? NaN;

/** One condition as FHIR R4 defines its operators ("=": some answer equals; "!=": none does). */
export function conditionHolds(condition: EnableWhen, answers: Map<string, Value[]>): boolean {
  const values = answers.get(condition.question) ?? [];
  if (condition.operator === 'exists') return values.length > 0 === condition.answerBoolean;
  const equal = values.some((v) => v === condition.answerCoding?.code);
  return condition.operator === '=' ? equal : !equal;
}

export function enabled(item: QuestionnaireItem, answers: Map<string, Value[]>): boolean {
  const conditions = item.enableWhen ?? [];
  if (!conditions.length) return true;
  const holds = (c: EnableWhen) => conditionHolds(c, answers);
  return item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds);
}

/** Items of the response that FHIR would have disabled (an item and all its ancestors must be enabled). */
export function disabledAnswers(r: QuestionnaireResponse, q: Questionnaire, repeating: Set<string>): string[] {
  const all = itemsOf(q);
  const answers = answersByLinkId(r, repeating);
  const enabledWithParents = (linkId: string | null): boolean =>
    linkId === null || (enabled(all.get(linkId)!.item, answers) && enabledWithParents(all.get(linkId)!.parent));
  const out: string[] = [];
  const walk = (items: ResponseItem[] = []) => {
    for (const item of items) {
      if (all.has(item.linkId) && !enabledWithParents(item.linkId)) out.push(item.linkId);
      walk(item.item);
    }
  };
  walk(r.item);
  return out;
}
