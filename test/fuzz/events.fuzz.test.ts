import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { visibleSteps } from '../../src/bank/steps.js';
import type { ScreenerSnapshot } from '../../src/machine/selectors.js';
import type { ScreenerEvent } from '../../src/machine/types.js';
import { runs } from '../helpers/depth.js';
import { LEVEL_RANK, MEDICINE_ANSWERS, startScreener, walkTo, walkToResult, walkToReview, type ScreenerActor } from '../helpers/journeys.js';
import { hostileText } from './hostile.js';

/*
 * Random event sequences sent straight to the machine (it is exported, so a host may drive it):
 * known and unknown event types, answers to shown, hidden and made-up questions, values of any
 * type, edits of any step key. The machine never throws or fails, ignores answers to questions
 * it is not showing, and never lowers the safety level except on the host's `session.reset`.
 * The well-formed journeys and their crisis rule are fuzzed in test/machine/crisis.fuzz.test.ts.
 */

/** A plain run takes fewer sequences, a deep run (CI) all 2,000. */
const SEQUENCES = runs(600, 2000);
const TYPES = ['answer.set', 'nav.next', 'nav.back', 'review.edit', 'crisis.continue', 'nav.restart', 'session.reset'];

type Draw = { type: string; question: number | string; value: unknown; stepKey: number | string; extra: unknown };

// Mostly a real option (so that journeys get far and escalate), else any value at all.
const anyValue = fc.oneof(
  { weight: 12, arbitrary: fc.nat({ max: 40 }) }, // an option of the question, by index
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.nat({ max: 40 }), fc.string()), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, Number.NaN, Infinity, -1, {}) },
);
const type = fc.oneof(
  { weight: 10, arbitrary: fc.constant('answer.set') },
  { weight: 6, arbitrary: fc.constant('nav.next') },
  { weight: 4, arbitrary: fc.constantFrom(...TYPES) },
  // XState itself refuses the wildcard type "*" (the actor errors): a host can never send it by accident.
  { weight: 1, arbitrary: fc.string().filter((t) => t !== '*') },
);
const draw: fc.Arbitrary<Draw> = fc.record({
  type,
  question: fc.oneof(fc.nat({ max: 40 }), fc.string(), fc.constantFrom('asq-5', 'phq9-9', 'meds-tried', 'med-weeks:sertraline')),
  value: anyValue,
  stepKey: fc.oneof(fc.nat({ max: 60 }), fc.string(), fc.constantFrom('review', 'result', 'med:other')),
  extra: fc.jsonValue({ maxDepth: 1 }),
});

const shownQuestions = (snapshot: ScreenerSnapshot) =>
  visibleSteps(snapshot.context.bank, snapshot.context.answers).find((s) => s.key === snapshot.context.stepKey)?.questions ?? [];

/** A concrete event for the snapshot: numbers pick among what is shown, anything else is sent as is. */
function eventFor(snapshot: ScreenerSnapshot, d: Draw): ScreenerEvent {
  const questions = shownQuestions(snapshot);
  const question = typeof d.question === 'number' ? questions[d.question % Math.max(1, questions.length)] : undefined;
  const questionId = question?.id ?? String(d.question);
  const options = question?.options ?? [];
  const index = Number.isInteger(d.value) && (d.value as number) >= 0 ? (d.value as number) : -1;
  const value = index >= 0 && options.length ? options[index % options.length].id : d.value;
  const keys = visibleSteps(snapshot.context.bank, snapshot.context.answers).map((s) => s.key);
  const stepKey = typeof d.stepKey === 'number' ? keys[d.stepKey % keys.length] : d.stepKey;
  return { extra: d.extra, type: d.type, questionId, value, stepKey } as unknown as ScreenerEvent;
}

const stats = { sequences: 0, events: 0, escalated: 0, results: 0 };

/** Where a sequence starts, so that random events also reach the crisis panels, review and result. */
const STARTS: Record<string, (actor: ScreenerActor) => void> = {
  welcome: () => {},
  'phq9-9': (actor) => walkTo(actor, 'phq9-9'),
  'asq-5': (actor) => walkTo(actor, 'asq-5', { 'asq-1': 'yes' }),
  'med:other': (actor) => walkTo(actor, 'med:other', MEDICINE_ANSWERS),
  review: (actor) => walkToReview(actor, MEDICINE_ANSWERS),
  result: (actor) => walkToResult(actor),
};

function play(start: string, draws: Draw[]): void {
  const actor = startScreener();
  STARTS[start](actor);
  let failure: unknown;
  actor.subscribe({ error: (error) => (failure = error) });
  actor.on('complete', () => (stats.results += 1));
  for (const d of draws) {
    const before = actor.getSnapshot();
    const event = eventFor(before, d);
    actor.send(event);
    stats.events += 1;
    const after = actor.getSnapshot();
    expect(failure, `${JSON.stringify(event)} made the machine fail`).to.equal(undefined);
    expect(after.status).to.equal('active');
    if (event.type === 'session.reset') continue;
    expect(LEVEL_RANK[after.context.safety.level], `the level fell on ${event.type}`).to.be.at.least(LEVEL_RANK[before.context.safety.level]);
    expect(after.context.safety.triggeredBy).to.include.members(before.context.safety.triggeredBy);
    if (event.type === 'answer.set' && !shownQuestions(before).some((q) => q.id === event.questionId))
      expect(after.context.answers, `an answer to ${event.questionId}, which is not shown, was kept`).to.equal(before.context.answers);
  }
  if (actor.getSnapshot().context.safety.level !== 'none') stats.escalated += 1;
  actor.stop();
  stats.sequences += 1;
}

describe('machine under random events', function () {
  this.timeout(240_000);

  it(`never throws or fails, and keeps its rules, over ${SEQUENCES} random sequences`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(STARTS)), fc.array(draw, { minLength: 5, maxLength: 60, size: 'max' }), play),
      { numRuns: SEQUENCES, includeErrorInReport: true },
    );
    expect(stats.sequences).to.equal(SEQUENCES);
    expect(stats.events, 'five or more events a sequence').to.be.at.least(SEQUENCES * 5);
    expect(stats.escalated).to.be.greaterThan(0);
    expect(stats.results, 'results reached by random events').to.be.greaterThan(0);
  });
});
