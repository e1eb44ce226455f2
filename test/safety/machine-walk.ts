/**
 * A bounded model-based walk of the real machine over the real English bank, breadth first,
 * deduplicated by `snapshotKey`. Every transition it takes is handed to `check`, which returns
 * the invariants it broke. XState's own graph helpers (`xstate/graph`) explore every distinct
 * context, which with free answers has no end; this walk bounds the journeys by a budget instead:
 * - answers are representative (`representativeValues`): the benign one, every risk or
 *   screen-ending option, two medicines (one typed) so that repeated steps appear;
 * - on a step with several questions, the first unanswered one is answered in the bank's order;
 * - a journey follows at most MAX_ESCALATIONS risk choices and MAX_DETOURS detours: Back, an
 *   edit from the review, Start over, Next on an incomplete step, or changing an answer already
 *   given. Two detours reach every retraction: answer, leave, come back, change, leave again;
 * - a state is explored once, with the budget of the first (shortest) journey that reached it.
 */
import { createActor, initialTransition } from 'xstate';
import { visibleSteps } from '../../src/bank/steps.js';
import { stepOf, type ScreenerSnapshot } from '../../src/machine/selectors.js';
import type { ScreenerEmitted, ScreenerEvent } from '../../src/machine/types.js';
import { bank, FIXED_NOW, loadedScreenerMachine, representativeValues, riskOf, snapshotKey } from '../helpers/journeys.js';

export const MAX_ESCALATIONS = 2;
export const MAX_DETOURS = 2;

export interface Transition {
  from: ScreenerSnapshot;
  event: ScreenerEvent;
  to: ScreenerSnapshot;
  emitted: ScreenerEmitted[];
}
/** Returns `[invariant, why]` for each invariant the transition broke. */
export type Check = (t: Transition) => Array<[string, string]>;

interface Budget {
  escalations: number;
  detours: number;
}
interface Visit {
  snapshot: ScreenerSnapshot;
  budget: Budget;
  parent: string | null;
  event: ScreenerEvent | null;
}
interface Move {
  event: ScreenerEvent;
  cost: Budget;
}

export interface Walk {
  states: number;
  transitions: number;
  /** `value|stepKey|level` of every explored state. */
  seen: Set<string>;
  /** Every transition's `from value → to value`, to show the walk covers each kind. */
  edges: Set<string>;
  violations: Map<string, string[]>;
}

const FREE: Budget = { escalations: 0, detours: 0 };
const DETOUR: Budget = { escalations: 0, detours: 1 };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const describeEvent = (e: ScreenerEvent) =>
  e.type === 'answer.set' ? `${e.questionId}=${JSON.stringify(e.value)}` : e.type === 'review.edit' ? `edit ${e.stepKey}` : e.type;

/** The events a journey may take from a state, and what each costs from its budget. */
function moves(snapshot: ScreenerSnapshot): Move[] {
  const { answers } = snapshot.context;
  const leave: Move[] = [
    { event: { type: 'nav.restart' }, cost: DETOUR },
    { event: { type: 'session.reset' }, cost: FREE },
  ];
  switch (snapshot.value) {
    case 'asking': {
      const questions = stepOf(snapshot)?.questions ?? [];
      const firstUnanswered = questions.find((q) => !Object.hasOwn(answers, q.id));
      const answerMoves = questions
        .filter((q) => Object.hasOwn(answers, q.id) || q === firstUnanswered)
        .flatMap((q) =>
          representativeValues(q)
            .filter((value) => !same(value, answers[q.id]))
            .map((value) => ({
              event: { type: 'answer.set' as const, questionId: q.id, value },
              cost: { escalations: riskOf(q, value) === 'none' ? 0 : 1, detours: Object.hasOwn(answers, q.id) ? 1 : 0 },
            })),
        );
      return [...answerMoves, { event: { type: 'nav.next' }, cost: FREE }, { event: { type: 'nav.back' }, cost: DETOUR }, ...leave];
    }
    case 'crisis':
      return [{ event: { type: 'crisis.continue' }, cost: FREE }, ...leave];
    case 'review':
      return [
        ...visibleSteps(bank, answers, snapshot.context.safety.raisedBy).map((s) => ({
          event: { type: 'review.edit' as const, stepKey: s.key },
          cost: DETOUR,
        })),
        { event: { type: 'nav.back' }, cost: DETOUR },
        { event: { type: 'nav.next' }, cost: FREE },
        ...leave,
      ];
    case 'urgent':
      // Nothing but Start over and reset leaves urgent; the rest is sent and checked, not explored.
      return [{ event: { type: 'nav.next' }, cost: DETOUR }, { event: { type: 'crisis.continue' }, cost: DETOUR }, ...leave];
    default:
      return leave;
  }
}

type Action = { type: string; params: unknown };

function emittedBy(actions: readonly Action[]): ScreenerEmitted[] {
  return actions.filter((a) => a.type === 'xstate.emit').map((a) => (a.params as { event: ScreenerEmitted }).event);
}

/**
 * XState's `transition()` builds a throwaway actor for each call, and that actor runs the
 * machine's context factory without input (which throws, and is caught): most of the walk's time.
 * The machine's own `transition` with an inert scope, as `transition()` builds it but around one
 * actor made once, computes the same snapshots and collects the same actions.
 */
const scopeActor = createActor(loadedScreenerMachine, { input: { bank, now: FIXED_NOW } });
function transition(snapshot: ScreenerSnapshot, event: ScreenerEvent): [ScreenerSnapshot, Action[]] {
  const actions: Action[] = [];
  const noop = () => {};
  const actionExecutor = (action: Action) => actions.push(action);
  const scope = { self: scopeActor, system: scopeActor.system, id: '', sessionId: '', defer: noop, logger: noop, stopChild: noop, emit: noop, actionExecutor };
  return [loadedScreenerMachine.transition(snapshot, event, scope as never), actions];
}

/** One pure transition; a result being scored is delivered as the running actor would. */
export function step(snapshot: ScreenerSnapshot, event: ScreenerEvent): { next: ScreenerSnapshot; emitted: ScreenerEmitted[] } {
  const [next, actions] = transition(snapshot, event);
  if (next.value !== 'scoring') return { next, emitted: emittedBy(actions) };
  const output = next.children.scoreAnswers!.getSnapshot().output;
  const [scored, more] = transition(next, { type: 'xstate.done.actor.scoreAnswers', output } as never);
  return { next: scored, emitted: emittedBy([...actions, ...more]) };
}

export function walk(check: Check): Walk {
  const [initial] = initialTransition(loadedScreenerMachine, { bank, now: FIXED_NOW });
  const visits = new Map<string, Visit>([[snapshotKey(initial), { snapshot: initial, budget: FREE, parent: null, event: null }]]);
  const queue = [snapshotKey(initial)];
  const run: Walk = { states: 0, transitions: 0, seen: new Set(), edges: new Set(), violations: new Map() };
  const pathTo = (key: string): string => {
    const events: string[] = [];
    for (let visit = visits.get(key); visit?.event; visit = visits.get(visit.parent!)) events.unshift(describeEvent(visit.event));
    return events.join(' → ') || '(start)';
  };

  for (let head = 0; head < queue.length; head++) {
    const key = queue[head];
    const { snapshot, budget } = visits.get(key)!;
    run.states += 1;
    const { value, context } = snapshot;
    run.seen.add(`${String(value)}|${value === 'asking' || value === 'crisis' ? context.stepKey : '-'}|${context.safety.level}`);
    for (const { event, cost } of moves(snapshot)) {
      if (budget.detours + cost.detours > MAX_DETOURS) continue;
      const { next, emitted } = step(snapshot, event);
      run.transitions += 1;
      run.edges.add(`${String(value)} → ${String(next.value)}`);
      for (const [rule, why] of check({ from: snapshot, event, to: next, emitted })) {
        const list = run.violations.get(rule) ?? [];
        if (list.length < 3) list.push(`${pathTo(key)} → [${describeEvent(event)}]: ${why}`);
        run.violations.set(rule, list);
      }
      const stuck = event.type === 'nav.next' && next.context.invalid.length > 0 ? 1 : 0;
      const spent = { escalations: budget.escalations + cost.escalations, detours: budget.detours + cost.detours + stuck };
      if (spent.escalations > MAX_ESCALATIONS || spent.detours > MAX_DETOURS) continue;
      const nextKey = snapshotKey(next);
      if (visits.has(nextKey)) continue;
      visits.set(nextKey, { snapshot: next, budget: spent, parent: key, event });
      queue.push(nextKey);
    }
  }
  return run;
}
