import { answerOf } from './answers.js';
import { isEnabled } from './conditions.js';
import type { Answers, AnswerOption, Question, QuestionBank, Section, SectionId, Step } from './types.js';

/** A question as shown: ids of repeated steps are suffixed with the option they repeat for. */
export interface QuestionInstance extends Question {
  /** The id in the bank (same as `id` outside repeated steps). */
  templateId: string;
}

/** One screen the patient sees, resolved against the current answers. */
export interface StepInstance {
  /** Stable key: the step id, or `stepId:optionId` for a repeated step. */
  key: string;
  sectionId: SectionId;
  sectionTitle: string;
  title: string;
  intro?: string;
  introVerbatim?: boolean;
  /** Only the questions whose conditions hold. */
  questions: QuestionInstance[];
  /** For a repeated step: the option it repeats for. */
  repeatOption?: string;
}

const SEPARATOR = ':';

/** Instance id of a question in a repeated step, e.g. `med-weeks:sertraline`. */
export function instanceId(templateId: string, optionId: string): string {
  return `${templateId}${SEPARATOR}${optionId}`;
}

function fill(text: string | undefined, name: string, hint = ''): string | undefined {
  const filled = text?.replaceAll('{name}', name).replaceAll('{hint}', hint).trim();
  return filled || undefined;
}

/** The name shown for a chosen option: its label, or what the patient typed for it. */
export function optionName(bank: QuestionBank, option: AnswerOption, answers: Answers): string {
  const typedId = bank.typedNames && Object.hasOwn(bank.typedNames, option.id) ? bank.typedNames[option.id] : undefined;
  const typed = typedId ? answerOf(answers, typedId) : undefined;
  return typeof typed === 'string' && typed.trim() ? typed.trim() : (option.name ?? option.label);
}

export function findQuestion(bank: QuestionBank, id: string): Question | undefined {
  for (const section of bank.sections)
    for (const step of section.steps) for (const q of step.questions) if (q.id === id) return q;
  return undefined;
}

function instancesOf(bank: QuestionBank, section: Section, step: Step, answers: Answers): StepInstance[] {
  const base = { sectionId: section.id, sectionTitle: section.title, introVerbatim: step.introVerbatim };
  const visible = (questions: QuestionInstance[]) => questions.filter((q) => isEnabled(q, answers));
  if (!step.repeatFor) {
    const questions = step.questions.map((q) => ({ ...q, templateId: q.id }));
    return [{ ...base, key: step.id, title: step.title ?? section.title, intro: step.intro, questions: visible(questions) }];
  }
  const source = findQuestion(bank, step.repeatFor);
  const chosen = answerOf(answers, step.repeatFor);
  if (!source || !Array.isArray(chosen)) return [];
  return (source.options ?? [])
    .filter((option) => chosen.includes(option.id) && !option.exclusive)
    .map((option) => {
      const name = optionName(bank, option, answers);
      const questions = step.questions.map((q) => ({
        ...q,
        id: instanceId(q.id, option.id),
        templateId: q.id,
        text: fill(q.text, name)!,
        help: fill(q.help, name, option.hint),
      }));
      return {
        ...base,
        key: instanceId(step.id, option.id),
        title: fill(step.title, name) ?? section.title,
        intro: fill(step.intro, name),
        questions: visible(questions),
        repeatOption: option.id,
      };
    });
}

// The machine never mutates an answers object (every change makes a new one), so the steps of
// one answers object are computed once: a flow event asks for them several times.
const stepsCache = new WeakMap<QuestionBank, WeakMap<Answers, readonly StepInstance[]>>();

// The last overlay made for each answers object: a flow event asks for the steps several times.
const overlays = new WeakMap<Answers, { raised: Answers; overlay: Answers }>();

/**
 * The answers that conditions read: the patient's answers, with every answer that raised the
 * safety level laid over them. A follow-up opened by a risk answer (ASQ item 5 after a "yes" to
 * items 1–4) stays asked for the rest of the session, even if that answer was changed later.
 * Only which steps show is decided this way; the answers shown and scored are the patient's own.
 */
function conditionAnswers(answers: Answers, raised: Answers | undefined): Answers {
  if (!raised || Object.keys(raised).length === 0) return answers;
  const kept = overlays.get(answers);
  if (kept?.raised === raised) return kept.overlay;
  const overlay = { ...answers, ...raised };
  overlays.set(answers, { raised, overlay });
  return overlay;
}

/**
 * Every step the patient will see with these answers, in order. `raised` is the session's
 * `safety.raisedBy`. Treat the list as read-only.
 */
export function visibleSteps(bank: QuestionBank, answers: Answers, raised?: Answers): readonly StepInstance[] {
  const deciding = conditionAnswers(answers, raised);
  let byAnswers = stepsCache.get(bank);
  if (!byAnswers) stepsCache.set(bank, (byAnswers = new WeakMap()));
  let steps = byAnswers.get(deciding);
  if (!steps) byAnswers.set(deciding, (steps = stepsDecidedBy(bank, deciding)));
  return steps;
}

// Which steps show, and how they read, depends only on the answers that conditions, repeated
// steps and typed names read. So lists are also kept by those answers: an answer that decides
// nothing (most of them, every PHQ-9 item among them) reuses the list as it is, and a cold page
// expands the bank once. Banks are not changed once in use. A few lists per bank are kept.
const KEPT_LISTS = 16;
const listsByDecidingAnswers = new WeakMap<QuestionBank, Map<string, readonly StepInstance[]>>();
const decidingIdsCache = new WeakMap<QuestionBank, readonly string[]>();

/** Ids of the questions whose answers decide which steps show and what they say. */
function decidingIds(bank: QuestionBank): readonly string[] {
  let ids = decidingIdsCache.get(bank);
  if (!ids) {
    const found = new Set(Object.values(bank.typedNames ?? {}));
    const readConditions = (item: Step | Question) => item.enableWhen?.forEach((condition) => found.add(condition.question));
    for (const section of bank.sections)
      for (const step of section.steps) {
        readConditions(step);
        step.questions.forEach(readConditions);
        if (step.repeatFor) found.add(step.repeatFor);
      }
    decidingIdsCache.set(bank, (ids = [...found]));
  }
  return ids;
}

function stepsDecidedBy(bank: QuestionBank, answers: Answers): readonly StepInstance[] {
  let lists = listsByDecidingAnswers.get(bank);
  if (!lists) listsByDecidingAnswers.set(bank, (lists = new Map<string, readonly StepInstance[]>()));
  const deciding = JSON.stringify(decidingIds(bank).map((id) => answers[id] ?? null));
  let steps = lists.get(deciding);
  if (!steps) {
    steps = bank.sections.flatMap((section) =>
      section.steps
        .filter((step) => isEnabled(step, answers))
        .flatMap((step) => instancesOf(bank, section, step, answers))
        .filter((instance) => instance.questions.length > 0),
    );
    if (lists.size >= KEPT_LISTS) lists.delete(lists.keys().next().value!);
    lists.set(deciding, steps);
  }
  return steps;
}

/** The steps shown with these answers under their section's title; sections without one are left out. */
export function stepsBySection(
  bank: QuestionBank,
  answers: Answers,
  raised?: Answers,
): Array<{ title: string; steps: StepInstance[] }> {
  const steps = visibleSteps(bank, answers, raised);
  return bank.sections
    .map((section) => ({ title: section.title, steps: steps.filter((step) => step.sectionId === section.id) }))
    .filter((group) => group.steps.length > 0);
}

const shownIdsCache = new WeakMap<readonly StepInstance[], ReadonlySet<string>>();

/** Ids of every question on these steps (kept per list: an answer that decides nothing reuses it). */
function shownIds(steps: readonly StepInstance[]): ReadonlySet<string> {
  let ids = shownIdsCache.get(steps);
  if (!ids) shownIdsCache.set(steps, (ids = new Set(steps.flatMap((s) => s.questions.map((q) => q.id)))));
  return ids;
}

/** Drops answers to questions that are no longer shown, until nothing else changes. */
export function pruneAnswers(bank: QuestionBank, answers: Answers, raised?: Answers): Answers {
  let current = answers;
  for (;;) {
    const shown = shownIds(visibleSteps(bank, current, raised));
    if (Object.keys(current).every((id) => shown.has(id))) return current;
    current = Object.fromEntries(Object.entries(current).filter(([id]) => shown.has(id)));
  }
}

/** Ids of required questions on the step that have no usable answer. */
export function missingAnswers(step: StepInstance, answers: Answers): string[] {
  return step.questions
    .filter((q) => q.required)
    .filter((q) => {
      const value = answerOf(answers, q.id);
      if (value === undefined) return true;
      if (Array.isArray(value)) return value.length === 0;
      return typeof value === 'string' && value.trim() === '';
    })
    .map((q) => q.id);
}
