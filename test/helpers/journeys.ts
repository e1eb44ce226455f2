/**
 * Shared journeys through the real English bank: start the machine with a fixed clock, answer a
 * step, walk to a step, to the review or to the result. The machine, element and crisis tests
 * all drive the screener through these, so a change to the bank needs one change here.
 */
import { createActor, setup, type Actor, type PromiseActorLogic } from 'xstate';
import bank from '../../questions/bank.en.js';
import type { Answers, AnswerOption, AnswerValue, Question, SafetyLevel } from '../../src/bank/types.js';
import type { ScoringInput } from '../../src/clinical/result.js';
import { buildResult } from '../../src/finish/finish.js';
import type { ScreenerResult } from '../../src/clinical/types.js';
import { screenerMachine } from '../../src/machine/screener.machine.js';
import { stepOf, type ScreenerSnapshot } from '../../src/machine/selectors.js';
import type { ScreenerInput } from '../../src/machine/types.js';

export { bank };

export const FIXED_NOW = (): Date => new Date('2026-01-01T00:00:00Z');

export type ScreenerActor = Actor<typeof screenerMachine>;

/**
 * The real `buildResult`, run as a child that is done the moment it starts: the machine reaches
 * the result within the "See my results" event, as it does once the result's code has loaded,
 * so journeys stay synchronous. The fetching scorer itself is tested in the machine's tests.
 */
const loadedScorer = setup({
  types: { input: {} as ScoringInput, context: {} as { input: ScoringInput }, output: {} as ScreenerResult },
}).createMachine({
  context: ({ input }) => ({ input }),
  initial: 'built',
  states: { built: { type: 'final' } },
  output: ({ context }) => buildResult(context.input),
});

/** The screener with its result code already loaded. */
export const loadedScreenerMachine = screenerMachine.provide({
  // A machine child in place of a promise: the same output, without waiting a tick.
  actors: { scoreAnswers: loadedScorer as unknown as PromiseActorLogic<ScreenerResult, ScoringInput> },
});

/** A started actor over the real bank with a fixed clock; `input` overrides either. */
export function startScreener(input: Partial<ScreenerInput> = {}): ScreenerActor {
  return createActor(loadedScreenerMachine, { input: { bank, now: FIXED_NOW, ...input } }).start();
}

/** Medicines ticked when a journey needs repeated steps: one from the list, one typed in. */
export const PICKED_MEDICINES = ['sertraline', 'other'];
export const TYPED_MEDICINE_NAME = 'Zelmora';

/** Ranks safety levels for comparisons, independently of the code under test. */
export const LEVEL_RANK: Record<SafetyLevel, number> = { none: 0, support: 1, urgent: 2 };

/** Options that escalate the session when chosen. */
export function escalatingOptions(question: Question): AnswerOption[] {
  return (question.options ?? []).filter((o) => o.risk);
}

/** Options a patient picks without escalating or ending the screen. */
export function ordinaryOptions(question: Question): AnswerOption[] {
  return (question.options ?? []).filter((o) => !o.risk && !o.endsScreen);
}

/** The highest level the options in `value` carry: the test's own reading of the bank's flags. */
export function riskOf(question: Question, value: AnswerValue): SafetyLevel {
  const chosen = Array.isArray(value) ? value : [String(value)];
  return escalatingOptions(question)
    .filter((o) => chosen.includes(o.id))
    .reduce<SafetyLevel>((level, o) => (LEVEL_RANK[o.risk!] > LEVEL_RANK[level] ? o.risk! : level), 'none');
}

/** The value a single option stands for: its id, or a one-item list for a multiple choice. */
export function valueOf(question: Question, optionId: string): AnswerValue {
  return question.type === 'multiple' ? [optionId] : optionId;
}

/** An answer that neither escalates nor ends the screen ("None of these" where there is one). */
export function benignValue(question: Question): AnswerValue {
  if (question.type === 'text') return TYPED_MEDICINE_NAME;
  if (question.type === 'number') return question.min ?? 0;
  const ordinary = ordinaryOptions(question);
  const exclusive = ordinary.find((o) => o.exclusive);
  return valueOf(question, (question.type === 'multiple' && exclusive ? exclusive : ordinary[0]).id);
}

/**
 * A few answers per question for exhaustive exploration: the benign one, every escalating or
 * screen-ending option, and for the medicines list the picked medicines (so repeated steps appear).
 */
export function representativeValues(question: Question & { templateId?: string }): AnswerValue[] {
  const values = [benignValue(question)];
  if ((question.templateId ?? question.id) === 'meds-tried') values.push(PICKED_MEDICINES);
  for (const option of question.options ?? []) {
    if (option.risk || option.endsScreen) values.push(valueOf(question, option.id));
  }
  return values;
}

/**
 * Answers every shown question of the current step: `overrides` by question id, else benignly.
 * Questions that appear on the way (e.g. the typed medicine name) are answered too. Answers
 * count when the step is left, so a risk answer escalates at the next Next or Back.
 */
export function answerStep(actor: ScreenerActor, overrides: Answers = {}): void {
  const done = new Set<string>();
  for (;;) {
    if (actor.getSnapshot().value !== 'asking') return;
    const question = stepOf(actor.getSnapshot())?.questions.find((q) => !done.has(q.id));
    if (!question) return;
    done.add(question.id);
    actor.send({ type: 'answer.set', questionId: question.id, value: overrides[question.id] ?? benignValue(question) });
  }
}

const MAX_STEPS = 200;

/** Answers and presses Next until `arrived` holds; throws if the journey ends elsewhere. */
function walkUntil(actor: ScreenerActor, arrived: (s: ScreenerSnapshot) => boolean, what: string, overrides: Answers) {
  for (let i = 0; i < MAX_STEPS; i++) {
    const snapshot = actor.getSnapshot();
    if (arrived(snapshot)) return;
    // A risk answer left on its step shows the support panel first; the patient carries on.
    if (snapshot.value === 'crisis') {
      actor.send({ type: 'crisis.continue' });
      continue;
    }
    if (snapshot.value !== 'asking') throw new Error(`walking to ${what}, stopped in "${String(snapshot.value)}"`);
    answerStep(actor, overrides);
    if (actor.getSnapshot().value === 'asking') actor.send({ type: 'nav.next' });
  }
  throw new Error(`walking to ${what}: no arrival after ${MAX_STEPS} steps`);
}

/** Walks forward (answering benignly or with `overrides`) until step `stepKey` is shown. */
export function walkTo(actor: ScreenerActor, stepKey: string, overrides: Answers = {}): void {
  walkUntil(actor, (s) => s.value === 'asking' && s.context.stepKey === stepKey, `step "${stepKey}"`, overrides);
}

export function walkToReview(actor: ScreenerActor, overrides: Answers = {}): void {
  walkUntil(actor, (s) => s.value === 'review', 'the review', overrides);
}

export function walkToResult(actor: ScreenerActor, overrides: Answers = {}): void {
  walkToReview(actor, overrides);
  actor.send({ type: 'nav.next' });
}

/** Answers that tick the picked medicines and name the typed one. */
export const MEDICINE_ANSWERS: Answers = { 'meds-tried': PICKED_MEDICINES, 'meds-other-name': TYPED_MEDICINE_NAME };

/** The step keys seen on a journey, in order (for comparing with `visibleSteps`). */
export function stepKeysWalked(overrides: Answers = {}): string[] {
  const actor = startScreener();
  const keys: string[] = [];
  actor.subscribe((s) => {
    if (s.value === 'asking' && keys[keys.length - 1] !== s.context.stepKey) keys.push(s.context.stepKey);
  });
  keys.push(actor.getSnapshot().context.stepKey);
  walkToReview(actor, overrides);
  actor.stop();
  return keys;
}

/**
 * A snapshot's identity for deduplication: everything the flow depends on except the bank
 * (answers sorted by id, since the order they were given in does not matter).
 */
export function snapshotKey(snapshot: ScreenerSnapshot): string {
  const { answers, stepKey, safety, invalid, returnToReview, crisis, leaving } = snapshot.context;
  const sorted = Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([snapshot.value, stepKey, sorted, safety, invalid, returnToReview, crisis, leaving]);
}
