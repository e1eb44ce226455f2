/**
 * The result's code is its own chunk: the real machine fetches it at "See my results". These
 * tests run the machine as shipped (no test scorer): the review stays until the result is built,
 * a failed fetch brings the review back with every answer kept, and a new language re-words the
 * result without a second "complete".
 */
import { expect } from '@open-wc/testing';
import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import { buildResult } from '../../src/finish/finish.js';
import { contentFor, loadContent } from '../../src/i18n/locale-content.js';
import { shippedScreenerMachine as screenerMachine } from '../../src/finish/finish-chunk.js';
import { viewOf } from '../../src/machine/selectors.js';
import type { ScreenerEmitted } from '../../src/machine/types.js';
import { bank, FIXED_NOW, MEDICINE_ANSWERS, walkToReview } from '../helpers/journeys.js';

type Machine = typeof screenerMachine;

function started(machine: Machine = screenerMachine): { actor: Actor<Machine>; completes: ScreenerEmitted[] } {
  const actor = createActor(machine, { input: { bank, now: FIXED_NOW } }).start();
  const completes: ScreenerEmitted[] = [];
  actor.on('complete', (event) => completes.push(event));
  walkToReview(actor, MEDICINE_ANSWERS);
  return { actor, completes };
}

const offline = screenerMachine.provide({
  actors: { scoreAnswers: fromPromise(() => Promise.reject(new Error('chunk not found'))) },
});

describe('building the result with its own code', () => {
  it('keeps the review on screen while the code loads, then shows the result and completes once', async () => {
    const { actor, completes } = started();
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('scoring');
    expect(viewOf(actor.getSnapshot())).to.equal('review');
    const done = await waitFor(actor, (s) => s.value === 'result');
    const { context } = done;
    const expected = buildResult({ bank, answers: context.answers, safety: context.safety, locale: 'en', now: FIXED_NOW() });
    expect(context.result).to.deep.equal(expected);
    expect(completes).to.deep.equal([{ type: 'complete', result: context.result }]);
  });

  it('brings the review back with a message and every answer when the code cannot be fetched', async () => {
    const { actor, completes } = started(offline);
    const answers = actor.getSnapshot().context.answers;
    actor.send({ type: 'nav.next' });
    const back = await waitFor(actor, (s) => s.value !== 'scoring');
    expect(back.value).to.equal('review');
    expect(back.context.resultUnavailable).to.equal(true);
    expect(back.context.answers).to.equal(answers);
    expect(back.context.result).to.equal(null);
    expect(completes).to.deep.equal([]);
  });

  it('clears the message when the patient leaves the review (to edit, or to try again)', async () => {
    const { actor } = started(offline);
    actor.send({ type: 'nav.next' });
    await waitFor(actor, (s) => s.value === 'review');
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().context.resultUnavailable).to.equal(false);
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('scoring');
    expect(actor.getSnapshot().context.resultUnavailable).to.equal(false);
    expect((await waitFor(actor, (s) => s.value === 'review')).context.resultUnavailable).to.equal(true);
  });

  it('re-words the result in a new language: same moment, the result view stays, no second complete', async () => {
    const { actor, completes } = started();
    actor.send({ type: 'nav.next' });
    const first = (await waitFor(actor, (s) => s.value === 'result')).context.result!;
    const es = await loadContent('es');
    actor.send({ type: 'session.localize', locale: 'es', content: es.resultContent, bank: es.bank });
    expect(viewOf(actor.getSnapshot())).to.equal('result');
    const reworded = (await waitFor(actor, (s) => s.value === 'result' && s.context.result?.locale === 'es')).context.result!;
    expect(reworded.completedAt).to.equal(first.completedAt);
    expect(reworded.options.map((o) => o.id)).to.deep.equal(first.options.map((o) => o.id));
    expect(reworded.options[0].reasons).to.not.deep.equal(first.options[0].reasons);
    expect(completes).to.have.length(1);
    const en = contentFor('en').content;
    actor.send({ type: 'session.localize', locale: 'en', content: en.resultContent, bank: en.bank });
    expect((await waitFor(actor, (s) => s.value === 'result' && s.context.result?.locale === 'en')).context.result).to.deep.equal(first);
  });

  it('drops a result still being built when the patient starts over', async () => {
    const { actor, completes } = started();
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.restart' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(actor.getSnapshot().value).to.equal('asking');
    expect(actor.getSnapshot().context.result).to.equal(null);
    expect(completes).to.deep.equal([]);
  });
});
