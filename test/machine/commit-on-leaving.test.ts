import { expect } from '@open-wc/testing';
import type { ScreenerEmitted } from '../../src/machine/types.js';
import { startScreener, walkTo, type ScreenerActor } from '../helpers/journeys.js';

const answersOf = (actor: ScreenerActor) => actor.getSnapshot().context.answers;
const stepKeyOf = (actor: ScreenerActor) => actor.getSnapshot().context.stepKey;
const answer = (actor: ScreenerActor, questionId: string, value: string | string[]) =>
  actor.send({ type: 'answer.set', questionId, value });

/** CLINICAL §4.3 "When an answer counts": a risk answer escalates when its step is left. */
describe('screener machine: a risk answer counts when its step is left', () => {
  it('keeps ASQ item 5 asked, and the level, after the answer that raised it is changed to "no"', () => {
    const actor = startScreener();
    walkTo(actor, 'period', { 'asq-1': 'yes' });
    expect(answersOf(actor)['asq-5']).to.equal('no');
    while (stepKeyOf(actor) !== 'asq-1') {
      actor.send({ type: 'nav.back' });
      if (actor.getSnapshot().value === 'crisis') actor.send({ type: 'crisis.continue' });
    }
    answer(actor, 'asq-1', 'no');
    expect(answersOf(actor)['asq-5']).to.equal('no');
    expect(actor.getSnapshot().context.safety).to.deep.equal({ level: 'support', triggeredBy: ['asq-1'], raisedBy: { 'asq-1': 'yes' } });
    actor.send({ type: 'nav.next' });
    expect(stepKeyOf(actor)).to.equal('asq-2');
  });

  it('counts a risk answer when the step is left: the panel first, then the next step', () => {
    const actor = startScreener();
    const crises: ScreenerEmitted[] = [];
    actor.on('crisis', (event) => crises.push(event));
    walkTo(actor, 'phq9-9');
    answer(actor, 'phq9-9', 'several-days');
    expect(actor.getSnapshot().value, 'a choice on the step is not yet counted').to.equal('asking');
    expect(crises).to.deep.equal([]);
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('crisis');
    expect(crises).to.deep.equal([{ type: 'crisis', level: 'support', questionId: 'phq9-9' }]);
    actor.send({ type: 'crisis.continue' });
    expect(actor.getSnapshot().value).to.equal('asking');
    expect(stepKeyOf(actor)).to.equal('phq9-difficulty');
  });

  it('treats a risk choice changed before leaving the step as a correction', () => {
    const actor = startScreener();
    const crises: ScreenerEmitted[] = [];
    actor.on('crisis', (event) => crises.push(event));
    walkTo(actor, 'asq-5', { 'asq-1': 'yes' });
    crises.length = 0;
    for (const value of ['yes', 'decline', 'no']) answer(actor, 'asq-5', value);
    actor.send({ type: 'nav.next' });
    expect(crises).to.deep.equal([]);
    expect(actor.getSnapshot().context.safety.level).to.equal('support');
    expect(stepKeyOf(actor)).to.not.equal('asq-5');
  });

  it('counts a risk answer left with Back, then goes back', () => {
    const actor = startScreener();
    walkTo(actor, 'asq-2');
    answer(actor, 'asq-2', 'decline');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).to.equal('crisis');
    expect(actor.getSnapshot().context.safety.triggeredBy).to.deep.equal(['asq-2']);
    actor.send({ type: 'crisis.continue' });
    expect(stepKeyOf(actor)).to.equal('asq-1');
  });

  it('reports an urgent stop like a result, with status "stopped"', () => {
    const actor = startScreener();
    const completed: ScreenerEmitted[] = [];
    actor.on('complete', (event) => completed.push(event));
    walkTo(actor, 'asq-5', { 'asq-1': 'yes' });
    answer(actor, 'asq-5', 'yes');
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('urgent');
    expect(completed).to.have.length(1);
    const { result } = completed[0] as Extract<ScreenerEmitted, { type: 'complete' }>;
    expect(result).to.include({ version: 2, status: 'stopped', pattern: null });
    expect(result.options).to.deep.equal([]);
    expect(result.safety.level).to.equal('urgent');
    expect(result.answers['asq-5']).to.equal('yes');
  });
});
