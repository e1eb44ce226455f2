import { and, assertEvent, assign, enqueueActions, fromPromise, not, or, setup } from 'xstate';
import { answerRisk, higherLevel, raiseForAnswers } from '../bank/risk.js';
import { missingAnswers, pruneAnswers } from '../bank/steps.js';
import type { RiskLevel } from '../bank/types.js';
import type { ResultInput } from '../clinical/result.js';
import type { Safety, ScreenerResult } from '../clinical/types.js';
import { finishPart } from '../finish/finish-part.js';
import {
  currentStep,
  firstIncompleteStepKey,
  firstStepKey,
  lastStepKey,
  nextStepKey,
  previousStepKey,
  resumeStepKey,
  stepEndsScreen,
} from './navigation.js';
import type { ScreenerContext, ScreenerEmitted, ScreenerEvent, ScreenerInput } from './types.js';

const NO_SAFETY: Safety = { level: 'none', triggeredBy: [] };

/** Answers cleared for a fresh start; `keepSafety` is the patient's "Start over". */
function freshStart(context: ScreenerContext, keepSafety: boolean): Partial<ScreenerContext> {
  return {
    answers: {},
    stepKey: firstStepKey(context.bank),
    safety: keepSafety ? context.safety : NO_SAFETY,
    invalid: [],
    returnToReview: false,
    crisis: keepSafety ? context.crisis : null,
    result: null,
    resultUnavailable: false,
  };
}

/** What the result is built from; a result being re-worded keeps the moment it was made. */
function resultInputOf(context: ScreenerContext): ResultInput {
  const { bank, answers, safety, locale, allowedOptions, content, result } = context;
  const now = result ? new Date(result.completedAt) : context.now();
  return { bank, answers, safety, locale, now, allowedOptions, content };
}

/**
 * The whole flow of the self-screen. The crisis rule lives here, once: every `answer.set` passes
 * the `isRiskAnswer` guard, and a risk answer always records, escalates and shows the crisis
 * panel in that same transition, whatever step or section it came from.
 */
export const screenerMachine = setup({
  types: {
    context: {} as ScreenerContext,
    events: {} as ScreenerEvent,
    input: {} as ScreenerInput,
    emitted: {} as ScreenerEmitted,
  },
  actors: {
    /** The result's code is its own chunk: fetched here (or earlier, when the page was idle). */
    scoreAnswers: fromPromise<ScreenerResult, ResultInput>(async ({ input }) => (await finishPart.load()).buildResult(input)),
  },
  guards: {
    /** The answer belongs to a question on the step being shown (anything else is ignored). */
    isOnCurrentStep: ({ context, event }) => {
      assertEvent(event, 'answer.set');
      const step = currentStep(context.bank, context.answers, context.stepKey);
      return !!step?.questions.some((q) => q.id === event.questionId);
    },
    isRiskAnswer: ({ context, event }) => {
      assertEvent(event, 'answer.set');
      return answerRisk(context.bank, event.questionId, event.value) !== null;
    },
    isUrgentAnswer: ({ context, event }) => {
      assertEvent(event, 'answer.set');
      return answerRisk(context.bank, event.questionId, event.value) === 'urgent';
    },
    isSessionUrgent: ({ context }) => context.safety.level === 'urgent',
    isStepIncomplete: ({ context }) => {
      const step = currentStep(context.bank, context.answers, context.stepKey);
      return !step || missingAnswers(step, context.answers).length > 0;
    },
    endsScreen: ({ context }) =>
      stepEndsScreen(currentStep(context.bank, context.answers, context.stepKey), context.answers),
    isReturningToReview: ({ context }) => context.returnToReview,
    isLastStep: ({ context }) => nextStepKey(context.bank, context.answers, context.stepKey) === null,
    isFirstStep: ({ context }) => previousStepKey(context.bank, context.answers, context.stepKey) === null,
    isAllAnswered: ({ context }) => firstIncompleteStepKey(context.bank, context.answers) === null,
    isVisibleStep: ({ context, event }) => {
      assertEvent(event, 'review.edit');
      return !!currentStep(context.bank, context.answers, event.stepKey);
    },
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      const answers = pruneAnswers(context.bank, { ...context.answers, [event.questionId]: event.value });
      return { answers, invalid: context.invalid.filter((id) => id !== event.questionId) };
    }),
    /** Raises the level (never lowers it) and shows the panel; announces only what is new. */
    escalateSafety: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'answer.set');
      const level = higherLevel(context.safety.level, answerRisk(context.bank, event.questionId, event.value)!) as RiskLevel;
      const known = context.safety.triggeredBy.includes(event.questionId);
      const triggeredBy = known ? context.safety.triggeredBy : [...context.safety.triggeredBy, event.questionId];
      enqueue.assign({ safety: { level, triggeredBy }, crisis: { level, questionId: event.questionId } });
      if (!known || level !== context.safety.level) {
        enqueue.emit({ type: 'crisis', level, questionId: event.questionId });
      }
    }),
    markInvalid: assign(({ context }) => {
      const step = currentStep(context.bank, context.answers, context.stepKey);
      return { invalid: step ? missingAnswers(step, context.answers) : [] };
    }),
    goToNextStep: assign(({ context }) => ({
      stepKey: nextStepKey(context.bank, context.answers, context.stepKey) ?? context.stepKey,
      invalid: [],
    })),
    goToPreviousStep: assign(({ context }) => ({
      stepKey: previousStepKey(context.bank, context.answers, context.stepKey) ?? context.stepKey,
      invalid: [],
    })),
    goToFirstIncompleteStep: assign(({ context }) => ({
      stepKey: firstIncompleteStepKey(context.bank, context.answers) ?? context.stepKey,
      invalid: [],
    })),
    goToLastStep: assign(({ context }) => ({ stepKey: lastStepKey(context.bank, context.answers), invalid: [] })),
    editStep: assign(({ event }) => {
      assertEvent(event, 'review.edit');
      return { stepKey: event.stepKey, returnToReview: true, invalid: [] };
    }),
    leaveEditing: assign({ returnToReview: false }),
    /** Keeps the result; a first result (not a re-worded one) is announced as complete. */
    storeResult: enqueueActions(({ context, enqueue }, result: ScreenerResult) => {
      enqueue.assign({ result });
      if (!context.result) enqueue.emit({ type: 'complete', result });
    }),
    markResultUnavailable: assign({ resultUnavailable: true }),
    clearResultUnavailable: assign({ resultUnavailable: false }),
    startOver: assign(({ context }) => freshStart(context, true)),
    resetSession: assign(({ context }) => freshStart(context, false)),
    localize: assign(({ context, event }) => {
      assertEvent(event, 'session.localize');
      const { locale, content, bank = context.bank } = event;
      return { bank, locale, content };
    }),
  },
}).createMachine({
  id: 'screener',
  context: ({ input }) => {
    const answers = pruneAnswers(input.bank, input.answers ?? {});
    const safety = raiseForAnswers(input.bank, answers, input.safety ?? NO_SAFETY);
    const lastTrigger = safety.triggeredBy[safety.triggeredBy.length - 1];
    return {
      bank: input.bank,
      locale: input.locale ?? 'en',
      allowedOptions: input.allowedOptions,
      content: input.content,
      now: input.now ?? (() => new Date()),
      answers,
      stepKey: resumeStepKey(input.bank, answers, input.stepKey),
      safety,
      invalid: [],
      returnToReview: false,
      crisis: safety.level === 'none' ? null : { level: safety.level, questionId: lastTrigger },
      result: null,
      resultUnavailable: false,
    };
  },
  // A session carried over at level urgent (resumed, or restarted with a new bank) opens on the
  // urgent panel; the patient's own Start over goes straight to the first step instead.
  initial: 'starting',
  on: {
    'nav.restart': { target: '.asking', actions: 'startOver' },
    'session.reset': { target: '.asking', actions: 'resetSession' },
    'session.localize': { actions: 'localize' },
  },
  states: {
    starting: {
      always: [{ guard: 'isSessionUrgent', target: 'urgent' }, { target: 'asking' }],
    },
    asking: {
      on: {
        'answer.set': [
          {
            guard: and(['isOnCurrentStep', 'isRiskAnswer', or(['isUrgentAnswer', 'isSessionUrgent'])]),
            target: 'urgent',
            actions: ['recordAnswer', 'escalateSafety'],
          },
          {
            guard: and(['isOnCurrentStep', 'isRiskAnswer']),
            target: 'crisis',
            actions: ['recordAnswer', 'escalateSafety'],
          },
          { guard: 'isOnCurrentStep', actions: 'recordAnswer' },
        ],
        'nav.next': [
          { guard: 'isStepIncomplete', actions: 'markInvalid' },
          { guard: 'endsScreen', target: 'stopped' },
          { guard: and(['isReturningToReview', 'isAllAnswered']), target: 'review', actions: 'leaveEditing' },
          { guard: 'isReturningToReview', actions: 'goToFirstIncompleteStep' },
          { guard: 'isLastStep', target: 'review' },
          { actions: 'goToNextStep' },
        ],
        'nav.back': { guard: not('isFirstStep'), actions: 'goToPreviousStep' },
      },
    },
    /** The support-level panel: shown at once; the patient may go on with the same step. */
    crisis: {
      on: { 'crisis.continue': 'asking' },
    },
    /** Acute risk: the flow stops; only the crisis panel, the summary and Start over remain. */
    urgent: {},
    /** Under 18: the screen ends kindly with crisis resources; no result is computed. */
    stopped: {},
    review: {
      exit: 'clearResultUnavailable',
      on: {
        'review.edit': { guard: 'isVisibleStep', target: 'asking', actions: 'editStep' },
        'nav.back': { target: 'asking', actions: 'goToLastStep' },
        'nav.next': [
          { guard: 'isAllAnswered', target: 'scoring' },
          { target: 'asking', actions: 'goToFirstIncompleteStep' },
        ],
      },
    },
    /**
     * Building the result (its code may still be on its way). The review stays on screen; if the
     * code cannot be fetched, the review comes back with a message and every answer kept.
     */
    scoring: {
      invoke: {
        id: 'scoreAnswers',
        src: 'scoreAnswers',
        input: ({ context }) => resultInputOf(context),
        onDone: { target: 'result', actions: { type: 'storeResult', params: ({ event }) => event.output } },
        onError: { target: 'review', actions: 'markResultUnavailable' },
      },
      on: { 'session.localize': { target: 'scoring', reenter: true, actions: 'localize' } },
    },
    /** Another language re-words the result: same answers, same moment. */
    result: {
      on: { 'session.localize': { target: 'scoring', actions: 'localize' } },
    },
  },
});
