import { and, assertEvent, assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { NO_SAFETY, raiseSafety, riskAnswers } from '../bank/risk.js';
import { missingAnswers, pruneAnswers } from '../bank/steps.js';
import type { ScoringInput } from '../clinical/result.js';
import { stoppedResult } from '../clinical/stopped-result.js';
import type { RiskLevel } from '../bank/types.js';
import type { Safety, ScreenerResult } from '../clinical/types.js';
import {
  currentStep,
  firstIncompleteStepKey,
  firstStepKey,
  lastStepKey,
  nextStepKey,
  previousStepKey,
  resumeStepKey,
  stepEndsScreen,
  type Flow,
} from './navigation.js';
import type { Leaving, ScreenerContext, ScreenerEmitted, ScreenerEvent, ScreenerInput } from './types.js';

/** Answers cleared for a fresh start; `keepSafety` is the patient's "Start over". */
function freshStart(context: ScreenerContext, keepSafety: boolean): Partial<ScreenerContext> {
  return {
    answers: {},
    stepKey: firstStepKey(context.bank),
    safety: keepSafety ? context.safety : NO_SAFETY,
    invalid: [],
    returnToReview: false,
    crisis: keepSafety ? context.crisis : null,
    leaving: null,
    result: null,
    resultUnavailable: false,
  };
}

/** What the result is built from; a result being re-worded keeps the moment it was made. */
function resultInputOf(context: ScreenerContext): ScoringInput {
  const { bank, answers, safety, locale, allowedOptions, content, result } = context;
  const now = result ? new Date(result.completedAt) : context.now();
  return { bank, answers, safety, locale, now, allowedOptions, content };
}

/** The ticked option ids that `result` lists, in its order (best fit first). */
function ticksOn(result: ScreenerResult, ticked: readonly string[]): string[] {
  return result.options.map((o) => o.id).filter((id) => ticked.includes(id));
}

/** The risk answers on the step being left, as the patient leaves them. */
function risksLeft(context: ScreenerContext) {
  const step = currentStep(context, context.stepKey);
  return step ? riskAnswers(context.bank, context.answers, step.questions.map((q) => q.id)) : [];
}

/** Where "Next" goes once the step may be left: the end of the screen, the review or the next step. */
const forward = (stay?: 'asking') => [
  { guard: 'endsScreen', target: 'stopped' },
  { guard: and(['isReturningToReview', 'isAllAnswered']), target: 'review', actions: 'leaveEditing' },
  { guard: 'isReturningToReview', target: stay, actions: 'goToFirstIncompleteStep' },
  { guard: 'isLastStep', target: 'review' },
  { target: stay, actions: 'goToNextStep' },
] as const;

/**
 * Leaving a step that holds a risk answer commits it: the level rises and the panel of that
 * level shows before anything else (urgent ends the flow). `move` is where the patient was going.
 */
const commitOnLeaving = (move: Leaving) =>
  [
    { guard: and(['leavesRiskAnswer', 'leavesAtUrgent']), target: 'urgent', actions: ['commitStep', 'reportStop'] },
    { guard: 'leavesRiskAnswer', target: 'crisis', actions: ['commitStep', { type: 'rememberMove', params: { move } }] },
  ] as const;

/**
 * The whole flow of the self-screen. The crisis rule lives here, once: an answer counts when the
 * patient leaves its step with it chosen (Next, Back, the review or Start over): then it raises
 * the level and shows the crisis panel before any other step. Changing a choice while still on
 * the step is a correction (arrow keys move through radios choosing each one on the way).
 */
export const screenerMachine = setup({
  types: {
    context: {} as ScreenerContext,
    events: {} as ScreenerEvent,
    input: {} as ScreenerInput,
    emitted: {} as ScreenerEmitted,
  },
  actors: {
    /**
     * Builds the result. The machine only names it: whoever runs the machine provides it
     * (`machine.provide({ actors: { scoreAnswers } })`): the element fetches the result's code
     * as its own chunk (src/finish/finish-chunk.ts), tests pass the pure builder.
     */
    scoreAnswers: fromPromise<ScreenerResult, ScoringInput>(() => Promise.reject(new Error('No scoreAnswers actor was provided.'))),
  },
  guards: {
    /** The answer belongs to a question on the step being shown (anything else is ignored). */
    isOnCurrentStep: ({ context, event }) => {
      assertEvent(event, 'answer.set');
      return !!currentStep(context, context.stepKey)?.questions.some((q) => q.id === event.questionId);
    },
    leavesRiskAnswer: ({ context }) => risksLeft(context).length > 0,
    leavesAtUrgent: ({ context }) =>
      context.safety.level === 'urgent' || risksLeft(context).some((risk) => risk.level === 'urgent'),
    isSessionUrgent: ({ context }) => context.safety.level === 'urgent',
    escalatesOnStart: ({ context }) => context.escalatesOnStart,
    isStepIncomplete: ({ context }) => {
      const step = currentStep(context, context.stepKey);
      return !step || missingAnswers(step, context.answers).length > 0;
    },
    endsScreen: ({ context }) => stepEndsScreen(currentStep(context, context.stepKey), context.answers),
    isReturningToReview: ({ context }) => context.returnToReview,
    isLastStep: ({ context }) => nextStepKey(context, context.stepKey) === null,
    isFirstStep: ({ context }) => previousStepKey(context, context.stepKey) === null,
    isAllAnswered: ({ context }) => firstIncompleteStepKey(context) === null,
    isVisibleStep: ({ context, event }) => {
      assertEvent(event, 'review.edit');
      return !!currentStep(context, event.stepKey);
    },
    wasLeaving: ({ context }, { move }: { move: Leaving }) => context.leaving === move,
    isListedOption: ({ context, event }) =>
      event.type === 'result.wantToAsk' && !!context.result?.options.some((o) => o.id === event.optionId),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      const answers = pruneAnswers(context.bank, { ...context.answers, [event.questionId]: event.value }, context.safety.raisedBy);
      return { answers, invalid: context.invalid.filter((id) => id !== event.questionId) };
    }),
    /** Raises the level (never lowers it) and shows the panel; announces only what is new. */
    commitStep: enqueueActions(({ context, enqueue }) => {
      const risks = risksLeft(context);
      const safety = raiseSafety(context.safety, risks);
      const crisis = { level: safety.level as RiskLevel, questionId: risks[0].questionId };
      const known = risks.every((risk) => context.safety.triggeredBy.includes(risk.questionId));
      enqueue.assign({ safety, crisis });
      if (!known || safety.level !== context.safety.level) enqueue.emit({ type: 'crisis', ...crisis });
    }),
    /** A carried-over answer that escalated as the session started (the panel it opens says so). */
    announceCrisis: emit(({ context }) => ({ type: 'crisis' as const, ...context.crisis! })),
    /** An urgent stop reaches the host page like a result (status `stopped`), so a clinic receives it. */
    reportStop: enqueueActions(({ context, enqueue }) => {
      const { bank, answers, safety, locale } = context;
      enqueue.emit({ type: 'complete', result: stoppedResult({ bank, answers, safety, locale, now: context.now() }) });
    }),
    rememberMove: assign((_, { move }: { move: Leaving }) => ({ leaving: move })),
    markInvalid: assign(({ context }) => {
      const step = currentStep(context, context.stepKey);
      return { invalid: step ? missingAnswers(step, context.answers) : [] };
    }),
    goToNextStep: assign(({ context }) => ({ stepKey: nextStepKey(context, context.stepKey) ?? context.stepKey, invalid: [] })),
    goToPreviousStep: assign(({ context }) => ({
      stepKey: previousStepKey(context, context.stepKey) ?? context.stepKey,
      invalid: [],
    })),
    goToFirstIncompleteStep: assign(({ context }) => ({
      stepKey: firstIncompleteStepKey(context) ?? context.stepKey,
      invalid: [],
    })),
    goToLastStep: assign(({ context }) => ({ stepKey: lastStepKey(context), invalid: [] })),
    editStep: assign(({ event }) => {
      assertEvent(event, 'review.edit');
      return { stepKey: event.stepKey, returnToReview: true, invalid: [] };
    }),
    leaveEditing: assign({ returnToReview: false }),
    /** Keeps the result (a re-worded one keeps the ticks); a first one is announced as complete. */
    storeResult: enqueueActions(({ context, enqueue }, built: ScreenerResult) => {
      const result = context.result ? { ...built, wantToAsk: ticksOn(built, context.result.wantToAsk) } : built;
      enqueue.assign({ result });
      if (!context.result) enqueue.emit({ type: 'complete', result });
    }),
    /** A new result object: the host's `result` stays current, copies it took stay as they were. */
    markWantToAsk: assign(({ context, event }) => {
      assertEvent(event, 'result.wantToAsk');
      const result = context.result!;
      const others = result.wantToAsk.filter((id) => id !== event.optionId);
      return { result: { ...result, wantToAsk: ticksOn(result, event.wanted ? [...others, event.optionId] : others) } };
    }),
    markResultUnavailable: assign({ resultUnavailable: true }),
    clearResultUnavailable: assign({ resultUnavailable: false }),
    startOver: assign(({ context }) => freshStart(context, true)),
    resetSession: assign(({ context }) => freshStart(context, false)),
    localize: assign(({ context, event }) => {
      assertEvent(event, 'session.localize');
      const { locale = context.locale, bank = context.bank } = event;
      // English has no separate content (undefined): a key present replaces, a key absent keeps.
      const content = 'content' in event ? event.content : context.content;
      const allowedOptions = 'allowedOptions' in event ? event.allowedOptions : context.allowedOptions;
      return { bank, locale, content, allowedOptions };
    }),
  },
}).createMachine({
  id: 'screener',
  context: ({ input }) => {
    const carried: Safety = { ...NO_SAFETY, ...input.safety };
    const answers = pruneAnswers(input.bank, input.answers ?? {}, carried.raisedBy);
    // A session carried over (a reload) counts every risk answer it holds as left on its step;
    // one not yet counted (chosen, then reloaded) escalates as it starts. A stored session reopening
    // on a step that holds a risk answer shows its panel again, as leaving that step would, even
    // when the answer was counted before (the patient had gone Back to it). An urgent session
    // reopens on the urgent panel anyway; its stop was reported when it happened, not again.
    const uncounted = riskAnswers(input.bank, answers, Object.keys(answers)).filter((r) => !carried.triggeredBy.includes(r.questionId));
    const safety = raiseSafety(carried, uncounted);
    const flow: Flow = { bank: input.bank, answers, safety };
    const stepKey = resumeStepKey(flow, input.stepKey);
    const resumedStep = stepKey === input.stepKey ? currentStep(flow, stepKey) : undefined;
    const heldOnStep = resumedStep && carried.level !== 'urgent' ? riskAnswers(input.bank, answers, resumedStep.questions.map((q) => q.id)) : [];
    const lastTrigger = uncounted[0]?.questionId ?? heldOnStep[0]?.questionId ?? safety.triggeredBy[safety.triggeredBy.length - 1];
    return {
      bank: input.bank,
      locale: input.locale ?? 'en',
      allowedOptions: input.allowedOptions,
      content: input.content,
      now: input.now ?? (() => new Date()),
      answers,
      stepKey,
      safety,
      invalid: [],
      returnToReview: false,
      crisis: safety.level === 'none' ? null : { level: safety.level, questionId: lastTrigger },
      escalatesOnStart: uncounted.length > 0 || heldOnStep.length > 0,
      leaving: null,
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
    // Also while a shown result is being re-worded: the re-worded one keeps the tick.
    'result.wantToAsk': { guard: 'isListedOption', actions: 'markWantToAsk' },
  },
  states: {
    starting: {
      always: [
        { guard: and(['escalatesOnStart', 'isSessionUrgent']), target: 'urgent', actions: ['announceCrisis', 'reportStop'] },
        { guard: 'isSessionUrgent', target: 'urgent' },
        { guard: 'escalatesOnStart', target: 'crisis', actions: 'announceCrisis' },
        { target: 'asking' },
      ],
    },
    asking: {
      on: {
        'answer.set': { guard: 'isOnCurrentStep', actions: 'recordAnswer' },
        'nav.next': [{ guard: 'isStepIncomplete', actions: 'markInvalid' }, ...commitOnLeaving('next'), ...forward()],
        'nav.back': [
          { guard: 'isFirstStep' },
          ...commitOnLeaving('back'),
          { actions: 'goToPreviousStep' },
        ],
        'nav.restart': [...commitOnLeaving('restart'), { target: 'asking', reenter: true, actions: 'startOver' }],
      },
    },
    /** The support-level panel, shown before anything else; Continue goes where the patient was going. */
    crisis: {
      on: {
        'crisis.continue': [
          { guard: { type: 'wasLeaving', params: { move: 'next' } }, target: 'movingOn' },
          { guard: { type: 'wasLeaving', params: { move: 'back' } }, target: 'asking', actions: 'goToPreviousStep' },
          { guard: { type: 'wasLeaving', params: { move: 'restart' } }, target: 'asking', actions: 'startOver' },
          { target: 'asking' },
        ],
      },
    },
    /** After the panel, "Next" carries on from the step that was left. */
    movingOn: {
      always: forward('asking'),
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
