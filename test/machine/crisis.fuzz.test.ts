import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toggleChoice } from '../../src/bank/answers.js';
import { visibleSteps } from '../../src/bank/steps.js';
import type { AnswerOption, AnswerValue, Question, SafetyLevel } from '../../src/bank/types.js';
import type { ScreenerResult } from '../../src/clinical/types.js';
import type { ScreenerSnapshot } from '../../src/machine/selectors.js';
import type { ScreenerEvent } from '../../src/machine/types.js';
import { LEVEL_RANK, ordinaryOptions, riskOf, startScreener, TYPED_MEDICINE_NAME } from '../helpers/journeys.js';

/*
 * Random journeys against the machine: single answers (any option of the shown questions, ticks
 * and unticks of multiple choices), whole pages answered then Next, Back, edits from the review,
 * continuing past the crisis panel, and Start over. How readily a journey picks escalating
 * options is drawn per journey, so that calm journeys (never escalating) and troubled ones both
 * reach the review and the result.
 */

const JOURNEYS = 10_000;
type Daring = 'never' | 'rarely' | 'often';

type Move =
  | { kind: 'answer'; question: number; option: number; checked: boolean }
  | { kind: 'page'; picks: number[] }
  | { kind: 'next' | 'back' | 'continue' | 'restart' }
  | { kind: 'edit'; step: number };

const pick = fc.nat({ max: 999 });
// Mostly whole pages, so that many journeys reach the review and the result.
const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ kind: fc.constant('page' as const), picks: fc.array(pick, { minLength: 8, maxLength: 8 }) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), question: pick, option: pick, checked: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('next' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('back' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), step: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('continue' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
);
const journey = fc.record({
  daring: fc.constantFrom<Daring>('never', 'rarely', 'often'),
  moves: fc.array(move, { minLength: 10, maxLength: 90, size: 'max' }),
});

const TEXTS = [TYPED_MEDICINE_NAME, '', '  ', 'x'];

/** Escalating options are left out of a calm journey's choices, and are rare in page answers. */
function choices(question: Question, daring: Daring, n: number, inPage: boolean): AnswerOption[] {
  const all = question.options ?? [];
  if (daring === 'never') return all.filter((o) => !o.risk && (!inPage || !o.endsScreen));
  if (!inPage) return all;
  const odds = daring === 'often' ? 3 : 40;
  return n % odds === 0 ? all.filter((o) => !o.endsScreen || n % 7 === 0) : ordinaryOptions(question);
}

/** A value for `question`: an option (ticked or unticked for a multiple choice), a text or a number. */
function valueFor(question: Question, current: AnswerValue | undefined, options: AnswerOption[], n: number, checked: boolean): AnswerValue {
  if (question.type === 'text') return TEXTS[n % TEXTS.length];
  if (question.type === 'number') return n % 10;
  const option = options[n % options.length];
  if (question.type === 'single') return option.id;
  return toggleChoice(question.options!, Array.isArray(current) ? current : [], option.id, checked);
}

const shownQuestions = (snapshot: ScreenerSnapshot) =>
  visibleSteps(snapshot.context.bank, snapshot.context.answers).find((s) => s.key === snapshot.context.stepKey)?.questions ?? [];

const stats = { journeys: 0, escalated: 0, urgent: 0, results: 0, calmResults: 0, events: 0 };
const fail = (why: string) => {
  throw new Error(why);
};

/** Plays one journey, checking the crisis properties after every event. */
function play(daring: Daring, moves: Move[]): void {
  const actor = startScreener();
  let completed: ScreenerResult | null = null;
  let crises = 0;
  actor.on('complete', (e) => (completed = e.result));
  actor.on('crisis', () => (crises += 1));
  let escalated = false;
  let sawUrgent = false;

  const send = (event: ScreenerEvent) => {
    const before = actor.getSnapshot();
    const question = event.type === 'answer.set' && before.value === 'asking' ? shownQuestions(before).find((q) => q.id === event.questionId) : undefined;
    const risk: SafetyLevel = question && event.type === 'answer.set' ? riskOf(question, event.value) : 'none';
    completed = null;
    stats.events += 1;
    actor.send(event);
    const after = actor.getSnapshot();
    const level = after.context.safety.level;
    if (risk !== 'none') {
      escalated = true;
      if (after.value !== 'crisis' && after.value !== 'urgent') fail(`a ${risk} answer to ${question!.id} landed in ${String(after.value)}`);
      if (LEVEL_RANK[level] < LEVEL_RANK[risk]) fail(`a ${risk} answer left the level at ${level}`);
      if (!after.context.safety.triggeredBy.includes(question!.id)) fail(`${question!.id} is not in triggeredBy`);
    }
    if (LEVEL_RANK[level] < LEVEL_RANK[before.context.safety.level]) fail(`the level fell to ${level} on ${event.type}`);
    if (escalated && level === 'none') fail(`the level is back to none after ${event.type}`);
    if (!escalated && (level !== 'none' || crises > 0 || after.value === 'crisis' || after.value === 'urgent'))
      fail(`escalated without an escalating answer, on ${event.type}`);
    if (before.value === 'urgent' && event.type !== 'nav.restart' && (after.value !== 'urgent' || after.context.answers !== before.context.answers))
      fail(`urgent accepted ${event.type}`);
    if (after.value === 'urgent') sawUrgent = true;
    const result = completed as ScreenerResult | null;
    if (result && result.safety.level !== level) fail(`the result says ${result.safety.level}, the session ${level}`);
    if (result) {
      stats.results += 1;
      if (!escalated) stats.calmResults += 1;
    }
  };

  const answerPage = (picks: number[]) => {
    const done = new Set<string>();
    for (let i = 0; actor.getSnapshot().value === 'asking'; i++) {
      const current = actor.getSnapshot();
      const question = shownQuestions(current).find((q) => !done.has(q.id));
      if (!question) break;
      done.add(question.id);
      const n = picks[i % picks.length] + i;
      const value = valueFor(question, current.context.answers[question.id], choices(question, daring, n, true), n, true);
      send({ type: 'answer.set', questionId: question.id, value });
    }
    if (actor.getSnapshot().value === 'crisis') send({ type: 'crisis.continue' });
    // Next also from the review (to the result) or from urgent (which must hold).
    send({ type: 'nav.next' });
  };

  for (const m of moves) {
    const snapshot = actor.getSnapshot();
    switch (m.kind) {
      case 'page':
        answerPage(m.picks);
        break;
      case 'answer': {
        // Sent in any state, so answers while the crisis panel, urgent or the review show are tried too.
        const questions = shownQuestions(snapshot);
        if (questions.length === 0) break;
        const question = questions[m.question % questions.length];
        const options = choices(question, daring, m.option, false);
        if (options.length === 0 && question.options) break;
        const value = valueFor(question, snapshot.context.answers[question.id], options, m.option, m.checked);
        send({ type: 'answer.set', questionId: question.id, value });
        break;
      }
      case 'edit': {
        const keys = visibleSteps(snapshot.context.bank, snapshot.context.answers).map((s) => s.key);
        send({ type: 'review.edit', stepKey: keys[m.step % keys.length] });
        break;
      }
      case 'next':
        send({ type: 'nav.next' });
        break;
      case 'back':
        send({ type: 'nav.back' });
        break;
      case 'continue':
        send({ type: 'crisis.continue' });
        break;
      case 'restart':
        send({ type: 'nav.restart' });
        break;
    }
  }
  actor.stop();
  stats.journeys += 1;
  if (escalated) stats.escalated += 1;
  if (sawUrgent) stats.urgent += 1;
}

describe('crisis rule under random journeys', function () {
  this.timeout(240_000);

  it(`keeps a raised level for the rest of the session, in ${JOURNEYS} random journeys`, () => {
    const started = performance.now();
    fc.assert(
      fc.property(journey, ({ daring, moves }) => play(daring, moves)),
      { numRuns: JOURNEYS },
    );
    console.log(
      `crisis fuzz: ${stats.journeys} journeys, ${stats.events} events in ${Math.round(performance.now() - started)} ms; ` +
        `${stats.escalated} escalated (${stats.urgent} urgent), ${stats.results} results (${stats.calmResults} calm)`,
    );
    expect(stats.journeys).to.be.at.least(JOURNEYS);
    expect(stats.calmResults).to.be.greaterThan(0);
    expect(stats.results - stats.calmResults).to.be.greaterThan(0);
  });
});
