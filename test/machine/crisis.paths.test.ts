import { expect } from '@open-wc/testing';
import { initialTransition, transition, type AnyActorRef } from 'xstate';
import { toggleChoice } from '../../src/bank/answers.js';
import { visibleSteps } from '../../src/bank/steps.js';
import type { Question, SafetyLevel } from '../../src/bank/types.js';
import { stepOf, type ScreenerSnapshot } from '../../src/machine/selectors.js';
import type { ScreenerEmitted, ScreenerEvent } from '../../src/machine/types.js';
import {
  bank,
  escalatingOptions,
  FIXED_NOW,
  loadedScreenerMachine,
  LEVEL_RANK,
  MEDICINE_ANSWERS,
  representativeValues,
  riskOf,
  snapshotKey,
} from '../helpers/journeys.js';

/*
 * Model-based proof of the crisis rule over the real machine and the real bank: a breadth-first
 * walk of every reachable state, deduplicated by `snapshotKey` (state, step, answers, safety,
 * invalid, returnToReview, crisis). The walk is bounded so it stays small yet still reaches every
 * step at every safety level:
 * - answers are representative (`representativeValues`): the benign one, every escalating or
 *   screen-ending option, and two medicines (one typed) so that repeated steps appear;
 * - on a step with several questions, a first answer is given in the bank's order only (another
 *   order reaches the same answers; the escalation guard never depends on it);
 * - a journey follows at most two escalating answers (enough to reach `urgent` through ASQ 5);
 *   further ones are still sent and checked from every state, just not explored;
 * - a journey takes at most one detour: Back, an edit from the review, Start over, Next on an
 *   incomplete step, or changing an answer already given (this still reaches every step at the
 *   urgent level, through Start over after ASQ 5);
 * - a state is explored once, with the budget of the first (shortest) journey that reached it.
 * From every explored state, every escalating option of the shown questions is checked, and in
 * `urgent` every event is checked to change nothing.
 */

const MAX_ESCALATIONS = 2;
const MAX_DETOURS = 1;

interface Budget {
  escalations: number;
  detours: number;
}
interface Visit {
  snapshot: ScreenerSnapshot;
  budget: Budget;
  /** How the first journey got here (for readable failures). */
  parent: string | null;
  event: ScreenerEvent | null;
}
interface Move {
  event: ScreenerEvent;
  cost: Budget;
}

const FREE: Budget = { escalations: 0, detours: 0 };
const DETOUR: Budget = { escalations: 0, detours: 1 };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const rank = (s: ScreenerSnapshot) => LEVEL_RANK[s.context.safety.level];
const describeEvent = (e: ScreenerEvent) =>
  e.type === 'answer.set' ? `${e.questionId}=${JSON.stringify(e.value)}` : e.type === 'review.edit' ? `edit ${e.stepKey}` : e.type;

/** The events a journey may take from a state, and what each costs from its budget. */
function moves(snapshot: ScreenerSnapshot): Move[] {
  const { answers, bank: b } = snapshot.context;
  const leave: Move[] = [
    { event: { type: 'nav.restart' }, cost: DETOUR },
    { event: { type: 'session.reset' }, cost: FREE },
  ];
  switch (snapshot.value) {
    case 'asking': {
      const questions = stepOf(snapshot)!.questions;
      const firstUnanswered = questions.find((q) => answers[q.id] === undefined);
      const answerMoves = questions
        .filter((q) => answers[q.id] !== undefined || q === firstUnanswered)
        .flatMap((q) =>
          representativeValues(q)
            .filter((value) => !same(value, answers[q.id]))
            .map((value) => ({
              event: { type: 'answer.set' as const, questionId: q.id, value },
              cost: {
                escalations: riskOf(q, value) === 'none' ? 0 : 1,
                detours: answers[q.id] === undefined ? 0 : 1,
              },
            })),
        );
      return [...answerMoves, { event: { type: 'nav.next' }, cost: FREE }, { event: { type: 'nav.back' }, cost: DETOUR }, ...leave];
    }
    case 'crisis':
      return [{ event: { type: 'crisis.continue' }, cost: FREE }, ...leave];
    case 'review':
      return [
        ...visibleSteps(b, answers).map((s) => ({ event: { type: 'review.edit' as const, stepKey: s.key }, cost: DETOUR })),
        { event: { type: 'nav.back' }, cost: DETOUR },
        { event: { type: 'nav.next' }, cost: FREE },
        ...leave,
      ];
    default:
      return leave;
  }
}

/** Every event a patient could send in `urgent`: all options of the shown step, and every navigation. */
function urgentProbes(snapshot: ScreenerSnapshot): ScreenerEvent[] {
  const questions = stepOf(snapshot)?.questions ?? [];
  const answers = questions.flatMap((q) =>
    (q.options ?? []).map((o) => ({ type: 'answer.set' as const, questionId: q.id, value: q.type === 'multiple' ? [o.id] : o.id })),
  );
  const edits = visibleSteps(bank, snapshot.context.answers).map((s) => ({ type: 'review.edit' as const, stepKey: s.key }));
  return [...answers, ...edits, { type: 'nav.next' }, { type: 'nav.back' }, { type: 'crisis.continue' }];
}

/** An escalating question that is not on the shown step (for the "ignored elsewhere" check). */
function escalatingElsewhere(snapshot: ScreenerSnapshot): ScreenerEvent {
  const shown = new Set(stepOf(snapshot)!.questions.map((q) => q.id));
  const questionId = shown.has('asq-5') ? 'phq9-9' : 'asq-5';
  return { type: 'answer.set', questionId, value: questionId === 'asq-5' ? 'yes' : 'nearly-every-day' };
}

function emittedBy(actions: ReadonlyArray<{ type: string; params: unknown }>): ScreenerEmitted[] {
  return actions.filter((a) => a.type === 'xstate.emit').map((a) => (a.params as { event: ScreenerEmitted }).event);
}

interface Exploration {
  states: number;
  transitions: number;
  escalationsChecked: number;
  /** `value|stepKey|level` for every explored state. */
  seen: Set<string>;
  /** `questionId=option@level`: each escalating option checked from a session at that level. */
  escalationsSeen: Set<string>;
  violations: Map<string, string[]>;
  ms: number;
}

function explore(): Exploration {
  const started = performance.now();
  const [initial] = initialTransition(loadedScreenerMachine, { bank, now: FIXED_NOW });
  const visits = new Map<string, Visit>([[snapshotKey(initial), { snapshot: initial, budget: FREE, parent: null, event: null }]]);
  const queue = [snapshotKey(initial)];
  const run: Exploration = {
    states: 0,
    transitions: 0,
    escalationsChecked: 0,
    seen: new Set(),
    escalationsSeen: new Set(),
    violations: new Map(),
    ms: 0,
  };

  const pathTo = (key: string): string => {
    const events: string[] = [];
    for (let visit = visits.get(key); visit?.event; visit = visits.get(visit.parent!)) events.unshift(describeEvent(visit.event));
    return events.join(' → ') || '(start)';
  };
  const fail = (rule: string, key: string, event: ScreenerEvent, why: string) => {
    const list = run.violations.get(rule) ?? [];
    if (list.length < 3) list.push(`${pathTo(key)} → [${describeEvent(event)}]: ${why}`);
    run.violations.set(rule, list);
  };
  const step = (snapshot: ScreenerSnapshot, event: ScreenerEvent) => {
    run.transitions += 1;
    const [next, actions] = transition(loadedScreenerMachine, snapshot, event);
    if (next.value !== 'scoring') return { next, emitted: emittedBy(actions) };
    // A pure transition starts no child: deliver the scorer's result as the running actor would.
    const output = (next.children as Record<string, AnyActorRef>).scoreAnswers.getSnapshot().output;
    const [scored, more] = transition(loadedScreenerMachine, next, { type: 'xstate.done.actor.scoreAnswers', output } as never);
    return { next: scored, emitted: emittedBy([...actions, ...more]) };
  };

  /** The crisis rule, for one escalating answer from one state. */
  const checkEscalation = (key: string, snapshot: ScreenerSnapshot, question: Question, optionId: string) => {
    const { safety } = snapshot.context;
    const current = snapshot.context.answers[question.id];
    const value =
      question.type === 'multiple' ? toggleChoice(question.options!, Array.isArray(current) ? current : [], optionId, true) : optionId;
    const event: ScreenerEvent = { type: 'answer.set', questionId: question.id, value };
    const optionLevel = riskOf(question, value) as Exclude<SafetyLevel, 'none'>;
    const { next, emitted } = step(snapshot, event);
    run.escalationsChecked += 1;
    run.escalationsSeen.add(`${question.id.split(':')[0]}=${optionId}@${safety.level}`);
    const expectedValue = optionLevel === 'urgent' || safety.level === 'urgent' ? 'urgent' : 'crisis';
    const level = next.context.safety.level;
    const isNew = !safety.triggeredBy.includes(question.id) || level !== safety.level;
    const crises = emitted.filter((e) => e.type === 'crisis');
    if (next.value !== expectedValue) fail('escalation', key, event, `landed in "${String(next.value)}", not "${expectedValue}"`);
    if (LEVEL_RANK[level] < Math.max(LEVEL_RANK[optionLevel], LEVEL_RANK[safety.level]))
      fail('escalation', key, event, `level ${level} below ${optionLevel}/${safety.level}`);
    if (!next.context.safety.triggeredBy.includes(question.id)) fail('escalation', key, event, 'question not in triggeredBy');
    if (!same(next.context.answers[question.id], value)) fail('escalation', key, event, 'answer not recorded');
    if (next.context.crisis?.questionId !== question.id || next.context.crisis.level !== level)
      fail('escalation', key, event, `crisis panel shows ${JSON.stringify(next.context.crisis)}`);
    const expectedCrises = isNew ? [{ type: 'crisis', level, questionId: question.id }] : [];
    if (!same(crises, expectedCrises))
      fail('escalation', key, event, `emitted ${JSON.stringify(crises)}, expected ${JSON.stringify(expectedCrises)}`);
    return next;
  };

  const enqueue = (from: string, event: ScreenerEvent, next: ScreenerSnapshot, budget: Budget) => {
    const key = snapshotKey(next);
    if (visits.has(key)) return;
    visits.set(key, { snapshot: next, budget, parent: from, event });
    queue.push(key);
  };

  for (let head = 0; head < queue.length; head++) {
    const key = queue[head];
    const { snapshot, budget } = visits.get(key)!;
    const { value, context } = snapshot;
    run.states += 1;
    const atStep = value === 'asking' || value === 'crisis' || value === 'urgent';
    run.seen.add(`${String(value)}|${atStep ? context.stepKey : '-'}|${context.safety.level}`);

    if (value === 'asking') {
      const shown = stepOf(snapshot);
      if (!shown) {
        fail('dangling step', key, { type: 'nav.next' }, `step "${context.stepKey}" is not shown`);
        continue;
      }
      for (const question of shown.questions)
        for (const option of escalatingOptions(question)) checkEscalation(key, snapshot, question, option.id);
      const elsewhere = escalatingElsewhere(snapshot);
      if (snapshotKey(step(snapshot, elsewhere).next) !== key)
        fail('answer elsewhere', key, elsewhere, 'an answer to a question not on the step changed the state');
    }
    if (value === 'urgent') {
      for (const probe of urgentProbes(snapshot)) {
        const { next, emitted } = step(snapshot, probe);
        if (snapshotKey(next) !== key || emitted.length > 0) fail('urgent holds', key, probe, `left urgent for "${String(next.value)}"`);
      }
    }

    for (const { event, cost } of moves(snapshot)) {
      const escalations = budget.escalations + cost.escalations;
      if (budget.detours + cost.detours > MAX_DETOURS) continue;
      const { next, emitted } = step(snapshot, event);
      // Next on an incomplete step (it marks the empty questions) is a detour too.
      const detours = budget.detours + cost.detours + (event.type === 'nav.next' && next.context.invalid.length > 0 ? 1 : 0);
      if (event.type !== 'session.reset') {
        if (rank(next) < rank(snapshot)) fail('level never falls', key, event, `${context.safety.level} → ${next.context.safety.level}`);
        if (context.safety.triggeredBy.some((id) => !next.context.safety.triggeredBy.includes(id)))
          fail('level never falls', key, event, 'a trigger was forgotten');
      }
      if (value === 'urgent' && !['nav.restart', 'session.reset'].includes(event.type)) fail('urgent holds', key, event, 'explored out of urgent');
      for (const e of emitted)
        if (e.type === 'complete' && !same(e.result.safety, next.context.safety))
          fail('result safety', key, event, `result says ${JSON.stringify(e.result.safety)}`);
      // An over-budget escalation was checked above; it is not explored further.
      if (escalations > MAX_ESCALATIONS || detours > MAX_DETOURS) continue;
      enqueue(key, event, next, { escalations, detours });
    }
  }
  run.ms = Math.round(performance.now() - started);
  return run;
}

describe('crisis rule over every reachable state (bounded model)', function () {
  this.timeout(180_000);
  let run: Exploration;

  before(() => {
    run = explore();
    console.log(
      `crisis paths: covers ${run.states} states and ${run.transitions} transitions ` +
        `(${run.escalationsChecked} escalating answers checked) in ${run.ms} ms`,
    );
  });

  /** Fails with the first journeys that broke `rule`, one per line. */
  const expectNoViolation = (rule: string) => expect((run.violations.get(rule) ?? []).join('\n'), rule).to.equal('');

  it('escalates every escalating answer, from every state where it can be given', () => {
    expectNoViolation('escalation');
    expectNoViolation('dangling step');
    const expected = bank.sections
      .flatMap((s) => s.steps)
      .flatMap((s) => s.questions)
      .flatMap((q) => escalatingOptions(q).map((o) => `${q.id}=${o.id}`));
    expect(expected).to.have.length(13);
    for (const level of ['none', 'support', 'urgent'])
      for (const answer of expected)
        if (!(answer.startsWith('asq-5') && level !== 'support')) expect(run.escalationsSeen, `${answer}@${level}`).to.include(`${answer}@${level}`);
  });

  it('never lowers the safety level, and forgets no trigger', () => {
    expectNoViolation('level never falls');
    expectNoViolation('result safety');
  });

  it('holds urgent until Start over or reset, accepting no answer', () => {
    expectNoViolation('urgent holds');
  });

  it('ignores an escalating answer to a question that is not on the step', () => {
    expectNoViolation('answer elsewhere');
  });

  // ASQ 5 is shown only after a positive on items 1–4: at level none there is none, and in an
  // urgent session that positive ends the flow, so ASQ 5 is only ever asked at level support.
  it('reaches every step at every safety level, and every ending', () => {
    const keys = visibleSteps(bank, { ...MEDICINE_ANSWERS, 'asq-1': 'yes' }).map((s) => s.key);
    const missing: string[] = [];
    for (const level of ['none', 'support', 'urgent'])
      for (const stepKey of keys)
        if (!(stepKey === 'asq-5' && level !== 'support') && !run.seen.has(`asking|${stepKey}|${level}`)) missing.push(`${stepKey}@${level}`);
    expect(missing.join(', ')).to.equal('');
    for (const level of ['none', 'support', 'urgent']) {
      expect(run.seen, `review@${level}`).to.include(`review|-|${level}`);
      expect(run.seen, `result@${level}`).to.include(`result|-|${level}`);
      expect(run.seen, `stopped@${level}`).to.include(`stopped|-|${level}`);
    }
    expect(run.seen).to.include('urgent|asq-5|urgent');
    expect(run.seen).to.include('crisis|phq9-9|support');
  });
});
