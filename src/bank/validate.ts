/**
 * Runtime validation of a question bank (the shipped one and any a clinic passes in). Written by
 * hand: a schema library would not fit the embed's size budget. Every message names the
 * section, step or question and what is wrong.
 */
import type { QuestionBank, SectionId } from './types.js';
import { checkSafetyQuestions } from './safety-guard.js';
import { isRecord, isText, locateQuestions, type BankError, type Json, type Report } from './bank-errors.js';

export { formatBankErrors, type BankError } from './bank-errors.js';

export type BankValidation = { ok: true; bank: QuestionBank } | { ok: false; errors: BankError[] };

/** The bank's sections in their fixed order; review and result are added by the flow. */
export const BANK_SECTIONS: readonly SectionId[] = [
  'welcome',
  'feeling',
  'safety',
  'medicines',
  'other-treatments',
  'health',
  'preferences',
];

// Lowercase words joined by - or _; no spaces and no ":", which joins ids of repeated steps.
const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const QUESTION_TYPES = ['single', 'multiple', 'text', 'number'];
const OPERATORS = ['=', '!=', 'includes', 'excludes', 'exists'];
const RISK_LEVELS = ['support', 'urgent'];

type Kind = 'text' | 'flag' | 'number';
const KIND_CHECKS: Record<Kind, [test: (v: unknown) => boolean, expected: string]> = {
  text: [isText, 'non-empty text'],
  flag: [(v) => typeof v === 'boolean', 'true or false'],
  number: [(v) => typeof v === 'number' && Number.isFinite(v), 'a number'],
};

function checkFields(item: Json, label: string, fields: Record<string, Kind>, report: Report, questionId?: string) {
  for (const [field, kind] of Object.entries(fields)) {
    const [test, expected] = KIND_CHECKS[kind];
    if (item[field] !== undefined && !test(item[field])) report(`${label}: "${field}" must be ${expected}.`, questionId);
  }
}

/** Checks an id's form and records it; returns it when usable. */
function checkId(
  id: unknown,
  label: string,
  seen: Set<string>,
  kind: string,
  report: Report,
  qid?: string,
): string | undefined {
  if (id === undefined || id === '') report(`${label} has no id.`, qid);
  else if (typeof id !== 'string' || !ID_PATTERN.test(id))
    report(`${label} has an invalid id ${JSON.stringify(id)} (use lowercase letters, digits and hyphens).`, qid);
  else {
    if (seen.has(id)) report(`${kind} id "${id}" is used more than once.`, qid);
    seen.add(id);
    return id;
  }
  return undefined;
}

class BankChecker {
  readonly errors: BankError[] = [];
  readonly report: Report = (message, questionId) =>
    this.errors.push(questionId === undefined ? { message } : { questionId, message });
  private readonly allQuestionIds: Set<string>;
  /** Questions met so far, so that a condition can only look back. */
  private readonly earlier = new Map<string, Json>();
  private readonly repeatedQuestions = new Set<string>();
  private readonly repeatSources = new Set<string>();
  private readonly stepIds = new Set<string>();
  private readonly questionIds = new Set<string>();

  constructor(private readonly bank: Json) {
    this.allQuestionIds = new Set(locateQuestions(bank).map((found) => String(found.question.id)));
  }

  run(): void {
    const { bank, report } = this;
    if (!isText(bank.version)) report('The bank has no version.');
    if (bank.locale !== 'en' && bank.locale !== 'es') report(`The bank's locale must be "en" or "es".`);
    if (!Array.isArray(bank.sections) || bank.sections.length === 0) return report('The bank has no sections.');
    let lastPosition = -1;
    bank.sections.forEach((section: unknown, index) => {
      if (!isRecord(section)) return report(`Section ${index + 1} is not an object.`);
      const position = BANK_SECTIONS.indexOf(section.id as SectionId);
      const label = position < 0 ? `Section ${index + 1}` : `Section "${String(section.id)}"`;
      if (position < 0)
        report(`${label} has an unknown id ${JSON.stringify(section.id)} (use ${BANK_SECTIONS.join(', ')}).`);
      else if (position === lastPosition) report(`${label} appears more than once.`);
      else if (position < lastPosition) report(`${label} is out of order (the order is ${BANK_SECTIONS.join(', ')}).`);
      lastPosition = Math.max(lastPosition, position);
      if (!isText(section.title)) report(`${label} has no title.`);
      if (!Array.isArray(section.steps) || section.steps.length === 0) return report(`${label} has no steps.`);
      section.steps.forEach((step: unknown, i) => this.step(step, `Step ${i + 1} of ${label.replace('Section', 'section')}`));
    });
    this.typedNames();
    checkSafetyQuestions(locateQuestions(bank), report);
  }

  private step(step: unknown, position: string): void {
    const { report } = this;
    if (!isRecord(step)) return report(`${position} is not an object.`);
    const id = checkId(step.id, position, this.stepIds, 'Step', report);
    const label = id ? `Step "${id}"` : position;
    checkFields(step, label, { title: 'text', intro: 'text', introVerbatim: 'flag' }, report);
    this.conditions(step, label);
    if (step.repeatFor !== undefined) this.repeatFor(step.repeatFor, label);
    if (!Array.isArray(step.questions) || step.questions.length === 0) return report(`${label} has no questions.`);
    const where = id ? `step "${id}"` : position.toLowerCase();
    step.questions.forEach((question: unknown, i) =>
      this.question(question, `Question ${i + 1} of ${where}`, step.repeatFor !== undefined),
    );
  }

  private repeatFor(sourceId: unknown, label: string): void {
    const source = this.earlier.get(String(sourceId));
    if (!source) return this.report(`${label}: repeatFor refers to ${JSON.stringify(sourceId)}, which is not an earlier question.`);
    if (source.type !== 'multiple')
      return this.report(`${label}: repeatFor "${String(sourceId)}" is not a multiple-choice question.`);
    this.repeatSources.add(String(sourceId));
  }

  private question(question: unknown, position: string, repeated: boolean): void {
    const { report } = this;
    if (!isRecord(question)) return report(`${position} is not an object.`);
    const rawId = typeof question.id === 'string' && question.id ? question.id : undefined;
    const id = checkId(question.id, position, this.questionIds, 'Question', report, rawId);
    const label = id ? `Question "${id}"` : position;
    if (!isText(question.text)) report(`${label} has no text.`, id);
    if (!QUESTION_TYPES.includes(question.type as string))
      report(`${label} has an unknown type ${JSON.stringify(question.type)}.`, id);
    checkFields(question, label, { help: 'text', required: 'flag', verbatim: 'flag', min: 'number', max: 'number' }, report, id);
    if (typeof question.min === 'number' && typeof question.max === 'number' && question.min > question.max)
      report(`${label}: "min" is larger than "max".`, id);
    this.conditions(question, label, id);
    if (question.type === 'single' || question.type === 'multiple') this.options(question, label, id);
    else if (QUESTION_TYPES.includes(question.type as string) && question.options !== undefined)
      report(`${label}: a ${String(question.type)} question cannot have options.`, id);
    if (id) {
      this.earlier.set(id, question);
      if (repeated) this.repeatedQuestions.add(id);
    }
  }

  private options(question: Json, label: string, qid?: string): void {
    const { report } = this;
    const { options } = question;
    if (!Array.isArray(options) || options.length === 0) return report(`${label}: a choice question needs at least one option.`, qid);
    const ids = new Set<string>();
    options.forEach((option: unknown, i) => {
      const position = `${label}: option ${i + 1}`;
      if (!isRecord(option)) return report(`${position} is not an object.`, qid);
      const id = checkId(option.id, position, ids, `${label}: option`, report, qid);
      const name = id ? `${label}: option "${id}"` : position;
      if (!isText(option.label)) report(`${name} has no label.`, qid);
      checkFields(option, name, { name: 'text', help: 'text', group: 'text', exclusive: 'flag', endsScreen: 'flag', score: 'number' }, report, qid);
      if (option.risk !== undefined && !RISK_LEVELS.includes(option.risk as string))
        report(`${name} has an unknown risk level ${JSON.stringify(option.risk)} (use "support" or "urgent").`, qid);
      if (option.exclusive === true && question.type !== 'multiple')
        report(`${name}: "exclusive" only applies to multiple-choice questions.`, qid);
    });
  }

  private conditions(item: Json, label: string, qid?: string): void {
    const { report } = this;
    if (item.enableBehavior !== undefined && item.enableBehavior !== 'all' && item.enableBehavior !== 'any')
      report(`${label}: enableBehavior must be "all" or "any".`, qid);
    if (item.enableWhen === undefined) return;
    if (!Array.isArray(item.enableWhen) || item.enableWhen.length === 0)
      return report(`${label}: enableWhen must be a non-empty list.`, qid);
    item.enableWhen.forEach((condition: unknown, i) => {
      const where = `${label}: condition ${i + 1}`;
      if (!isRecord(condition)) return report(`${where} is not an object.`, qid);
      const target = String(condition.question);
      const source = this.earlier.get(target);
      if (!this.allQuestionIds.has(target)) return report(`${where} refers to unknown question "${target}".`, qid);
      if (!source) return report(`${where} refers to "${target}", which comes later in the bank.`, qid);
      if (this.repeatedQuestions.has(target))
        return report(`${where} refers to "${target}", a question in a repeated step.`, qid);
      if (!OPERATORS.includes(condition.operator as string))
        return report(`${where} has an unknown operator ${JSON.stringify(condition.operator)}.`, qid);
      if (condition.operator === 'exists') {
        if (typeof condition.answer !== 'boolean') report(`${where}: "exists" needs true or false as its answer.`, qid);
        return;
      }
      const optionIds = Array.isArray(source.options) ? source.options.map((o) => (isRecord(o) ? o.id : undefined)) : null;
      if (typeof condition.answer !== 'string') report(`${where} needs an answer.`, qid);
      else if (optionIds && !optionIds.includes(condition.answer))
        report(`${where}: "${condition.answer}" is not an option of question "${target}".`, qid);
    });
  }

  private typedNames(): void {
    const { typedNames } = this.bank;
    if (typedNames === undefined) return;
    if (!isRecord(typedNames)) return this.report('typedNames must be an object.');
    for (const [optionId, textId] of Object.entries(typedNames)) {
      const repeatedOption = [...this.repeatSources].some((sourceId) => {
        const options = this.earlier.get(sourceId)?.options;
        return Array.isArray(options) && options.some((o) => isRecord(o) && o.id === optionId);
      });
      if (!repeatedOption) this.report(`typedNames: "${optionId}" is not an option of a question that a step repeats for.`);
      if (this.earlier.get(String(textId))?.type !== 'text')
        this.report(`typedNames: "${optionId}" names ${JSON.stringify(textId)}, which is not a text question.`);
    }
  }
}

export function validateBank(input: unknown): BankValidation {
  if (!isRecord(input)) return { ok: false, errors: [{ message: 'The bank must be an object.' }] };
  const checker = new BankChecker(input);
  checker.run();
  return checker.errors.length === 0 ? { ok: true, bank: input as unknown as QuestionBank } : { ok: false, errors: checker.errors };
}
