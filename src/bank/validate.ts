/**
 * Runtime validation of a question bank (the shipped one and any a clinic passes in): a table of
 * the fields each record may hold, then the checks that look across records. Written by hand: a
 * schema library would not fit the embed's size budget. Every message names the section, step
 * or question and what is wrong.
 */
import type { QuestionBank, SectionId } from './types.js';
import { checkInstruments } from './instrument-guard.js';
import { copyOf, deepFreeze } from './plain-data.js';
import { checkSafetyQuestions } from './safety-guard.js';
import { isRecord, isText, locateQuestions, quote, type BankError, type Json } from './bank-errors.js';

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
/** Ids name things in messages: a long one would make every message about it long. */
const MAX_ID_LENGTH = 80;
/** The only section an answer may end the screen in (the age question): nothing can end it before the risk questions. */
const ENDING_SECTION: SectionId = 'welcome';

/** A field's test, what it expects (for the message), and whether the record needs the field. */
type FieldCheck = [test: (value: unknown) => boolean, expected: string, required?: boolean];

const text: FieldCheck = [isText, 'non-empty text'];
const flag: FieldCheck = [(value) => typeof value === 'boolean', 'true or false'];
const number: FieldCheck = [(value) => typeof value === 'number' && Number.isFinite(value), 'a number'];
const oneOf = (...values: string[]): FieldCheck => [
  (value) => values.includes(value as string),
  values.map((value) => `"${value}"`).join(' or '),
];
const required = ([test, expected]: FieldCheck): FieldCheck => [test, expected, true];
const enableBehavior = oneOf('all', 'any');

/** The plain fields of each kind of record; ids, lists and references are checked below. */
const FIELDS = {
  bank: { version: required(text), locale: required(oneOf('en', 'es')) },
  section: { title: required(text) },
  step: { title: text, intro: text, introVerbatim: flag, enableBehavior },
  question: {
    type: required(oneOf('single', 'multiple', 'text', 'number')),
    text: required(text),
    help: text,
    required: flag,
    verbatim: flag,
    min: number,
    max: number,
    enableBehavior,
  },
  option: {
    label: required(text),
    name: text,
    help: text,
    hint: text,
    group: text,
    exclusive: flag,
    endsScreen: flag,
    score: number,
    risk: oneOf('support', 'urgent'),
  },
  condition: { operator: required(oneOf('=', '!=', 'includes', 'excludes', 'exists')) },
} satisfies Record<string, Record<string, FieldCheck>>;

class BankChecker {
  readonly errors: BankError[] = [];
  private readonly allQuestionIds: Set<string>;
  /** Questions met so far, so that a condition can only look back. */
  private readonly earlier = new Map<string, Json>();
  private readonly repeatedQuestions = new Set<string>();
  private readonly repeatSources = new Set<string>();
  private readonly stepIds = new Set<string>();
  private readonly questionIds = new Set<string>();
  private sectionId: unknown;

  constructor(private readonly bank: Json) {
    this.allQuestionIds = new Set(locateQuestions(bank).map((found) => found.question.id).filter((id) => typeof id === 'string'));
  }

  readonly report = (message: string, questionId?: string): void => {
    this.errors.push(questionId === undefined ? { message } : { questionId, message });
  };

  run(): void {
    const { bank } = this;
    this.fields(bank, 'bank', 'The bank');
    const sections = this.list(bank, 'sections', 'The bank', (n) => `Section ${n}`);
    if (sections.length === 0) return;
    let lastPosition = -1;
    for (const [section, index] of sections) {
      const position = BANK_SECTIONS.indexOf(section.id as SectionId);
      const label = position < 0 ? `Section ${index}` : `Section "${String(section.id)}"`;
      const order = BANK_SECTIONS.join(', ');
      if (position < 0) this.report(`${label} has an unknown id ${quote(section.id)} (use ${order}).`);
      else if (position === lastPosition) this.report(`${label} appears more than once.`);
      else if (position < lastPosition) this.report(`${label} is out of order (the order is ${order}).`);
      lastPosition = Math.max(lastPosition, position);
      this.fields(section, 'section', label);
      const where = label.replace('Section', 'section');
      this.sectionId = section.id;
      for (const [step, n] of this.list(section, 'steps', label, (n) => `Step ${n} of ${where}`))
        this.step(step, `Step ${n} of ${where}`);
    }
    this.typedNames();
    const questions = locateQuestions(bank);
    checkSafetyQuestions(questions, this.report);
    checkInstruments(questions, bank.locale, this.report);
  }

  /** Checks a record's plain fields against its row of `FIELDS`. */
  private fields(record: Json, kind: keyof typeof FIELDS, label: string, questionId?: string): void {
    for (const [field, [test, expected, isRequired]] of Object.entries<FieldCheck>(FIELDS[kind])) {
      const value = record[field];
      if (value === undefined ? isRequired : !test(value))
        this.report(value === undefined ? `${label} has no ${field}.` : `${label}: "${field}" must be ${expected}.`, questionId);
    }
  }

  /** The objects of a list that must not be empty, each with its 1-based position. */
  private list(record: Json, field: string, label: string, position: (n: number) => string, questionId?: string) {
    const items: Array<[Json, number]> = [];
    const value = record[field];
    if (!Array.isArray(value) || value.length === 0) this.report(`${label} has no ${field}.`, questionId);
    else
      value.forEach((item: unknown, index) => {
        if (isRecord(item)) items.push([item, index + 1]);
        else this.report(`${position(index + 1)} is not an object.`, questionId);
      });
    return items;
  }

  /** Checks an id's form and that it is new among `seen`; returns it when usable. */
  private id(id: unknown, label: string, seen: Set<string>, kind: string, questionId?: string): string | undefined {
    if (id === undefined || id === '') this.report(`${label} has no id.`, questionId);
    else if (typeof id !== 'string' || id.length > MAX_ID_LENGTH || !ID_PATTERN.test(id))
      this.report(
        `${label} has an invalid id ${quote(id)} (use up to ${MAX_ID_LENGTH} lowercase letters, digits and hyphens).`,
        questionId,
      );
    else {
      if (seen.has(id)) this.report(`${kind} id "${id}" is used more than once.`, questionId);
      seen.add(id);
      return id;
    }
    return undefined;
  }

  private step(step: Json, position: string): void {
    const id = this.id(step.id, position, this.stepIds, 'Step');
    const label = id ? `Step "${id}"` : position;
    this.fields(step, 'step', label);
    this.conditions(step, label);
    if (step.repeatFor !== undefined) this.repeatFor(step.repeatFor, label);
    const where = id ? `step "${id}"` : position.toLowerCase();
    for (const [question, n] of this.list(step, 'questions', label, (n) => `Question ${n} of ${where}`))
      this.question(question, `Question ${n} of ${where}`, step.repeatFor !== undefined);
  }

  private repeatFor(sourceId: unknown, label: string): void {
    const source = typeof sourceId === 'string' ? this.earlier.get(sourceId) : undefined;
    if (!source) return this.report(`${label}: repeatFor refers to ${quote(sourceId)}, which is not an earlier question.`);
    if (source.type !== 'multiple') return this.report(`${label}: repeatFor ${quote(sourceId)} is not a multiple-choice question.`);
    this.repeatSources.add(sourceId as string);
  }

  private question(question: Json, position: string, repeated: boolean): void {
    const rawId = typeof question.id === 'string' && question.id && question.id.length <= MAX_ID_LENGTH ? question.id : undefined;
    const id = this.id(question.id, position, this.questionIds, 'Question', rawId);
    const label = id ? `Question "${id}"` : position;
    this.fields(question, 'question', label, id);
    if (typeof question.min === 'number' && typeof question.max === 'number' && question.min > question.max)
      this.report(`${label}: "min" is larger than "max".`, id);
    this.conditions(question, label, id);
    if (question.type === 'single' || question.type === 'multiple') this.options(question, label, id);
    else if ((question.type === 'text' || question.type === 'number') && question.options !== undefined)
      this.report(`${label}: a ${question.type} question cannot have options.`, id);
    if (id) {
      this.earlier.set(id, question);
      if (repeated) this.repeatedQuestions.add(id);
    }
  }

  private options(question: Json, label: string, questionId?: string): void {
    const ids = new Set<string>();
    for (const [option, n] of this.list(question, 'options', label, (n) => `${label}: option ${n}`, questionId)) {
      const position = `${label}: option ${n}`;
      const id = this.id(option.id, position, ids, `${label}: option`, questionId);
      const name = id ? `${label}: option "${id}"` : position;
      this.fields(option, 'option', name, questionId);
      if (option.exclusive === true && question.type !== 'multiple')
        this.report(`${name}: "exclusive" only applies to multiple-choice questions.`, questionId);
      if (option.endsScreen === true && this.sectionId !== ENDING_SECTION)
        this.report(`${name} cannot end the screen: "endsScreen" is only allowed in the "${ENDING_SECTION}" section.`, questionId);
    }
  }

  /** `enableWhen` may only look back, never into a repeated step, and name real options. */
  private conditions(item: Json, label: string, questionId?: string): void {
    if (item.enableWhen === undefined) return;
    for (const [condition, n] of this.list(item, 'enableWhen', label, (n) => `${label}: condition ${n}`, questionId)) {
      const where = `${label}: condition ${n}`;
      this.fields(condition, 'condition', where, questionId);
      const problem = this.referenceProblem(condition);
      if (problem) this.report(`${where} ${problem}.`, questionId);
    }
  }

  private referenceProblem(condition: Json): string | null {
    if (typeof condition.question !== 'string') return 'needs the id of an earlier question';
    const target = condition.question;
    const source = this.earlier.get(target);
    if (!this.allQuestionIds.has(target)) return `refers to unknown question ${quote(target)}`;
    if (!source) return `refers to ${quote(target)}, which comes later in the bank`;
    if (this.repeatedQuestions.has(target)) return `refers to ${quote(target)}, a question in a repeated step`;
    if (condition.operator === 'exists') return typeof condition.answer === 'boolean' ? null : 'needs true or false as the answer of "exists"';
    if (typeof condition.answer !== 'string') return 'needs an answer';
    const options = Array.isArray(source.options) ? source.options.filter(isRecord).map((o) => o.id) : null;
    return options && !options.includes(condition.answer)
      ? `answers ${quote(condition.answer)}, which is not an option of question ${quote(target)}`
      : null;
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
      if (!repeatedOption) this.report(`typedNames: ${quote(optionId)} is not an option of a question that a step repeats for.`);
      if (typeof textId !== 'string' || this.earlier.get(textId)?.type !== 'text')
        this.report(`typedNames: ${quote(optionId)} names ${quote(textId)}, which is not a text question.`);
    }
  }
}

/**
 * Checks a bank and, when it is valid, returns a frozen copy of it: never the host's own object,
 * which the host could change after the check. Never throws, whatever `input` is.
 */
export function validateBank(input: unknown): BankValidation {
  try {
    const copied = copyOf(input);
    if (!copied.ok) return { ok: false, errors: [{ message: copied.message }] };
    const bank = copied.value;
    if (!isRecord(bank)) return { ok: false, errors: [{ message: 'The bank must be an object.' }] };
    const checker = new BankChecker(bank);
    checker.run();
    if (checker.errors.length > 0) return { ok: false, errors: checker.errors };
    return { ok: true, bank: deepFreeze(bank) as unknown as QuestionBank };
  } catch {
    // Not expected (the copy is plain data): a last guard, so that a bank can never break the page.
    return { ok: false, errors: [{ message: 'The bank could not be checked; a bank must be plain data.' }] };
  }
}
