/**
 * "I want to ask about this" on the result's options (CONTRACT.md, `wantToAsk`): the machine
 * keeps the ticks on its result, in the result's order; the result announced as complete has
 * none (they come later); a re-worded result keeps them; ids the result does not list are ignored.
 */
import { expect } from '@open-wc/testing';
import type { ScreenerResult } from '../../src/clinical/types.js';
import { contentFor, loadContent } from '../../src/i18n/locale-content.js';
import type { ScreenerEmitted } from '../../src/machine/types.js';
import { startScreener, walkTo, walkToResult, type ScreenerActor } from '../helpers/journeys.js';

const tick = (actor: ScreenerActor, optionId: string, wanted = true) => actor.send({ type: 'result.wantToAsk', optionId, wanted });
const resultOf = (actor: ScreenerActor) => actor.getSnapshot().context.result!;

function atResult(): { actor: ScreenerActor; completes: ScreenerEmitted[] } {
  const actor = startScreener();
  const completes: ScreenerEmitted[] = [];
  actor.on('complete', (event) => completes.push(event));
  walkToResult(actor);
  expect(actor.getSnapshot().value).to.equal('result');
  return { actor, completes };
}

describe('machine: wantToAsk', () => {
  it('is [] when the result is announced; ticks then land on the result, in its order, as a new object', () => {
    const { actor, completes } = atResult();
    const ids = resultOf(actor).options.map((o) => o.id);
    expect(ids.length).to.be.at.least(3);
    expect((completes[0] as { result: ScreenerResult }).result.wantToAsk).to.deep.equal([]);
    const announced = resultOf(actor);

    tick(actor, ids[2]);
    tick(actor, ids[0]);
    expect(resultOf(actor).wantToAsk).to.deep.equal([ids[0], ids[2]]);
    expect(announced.wantToAsk, 'the announced result is not changed under the host').to.deep.equal([]);
    tick(actor, ids[2], false);
    tick(actor, ids[0]);
    expect(resultOf(actor).wantToAsk).to.deep.equal([ids[0]]);
    expect(completes, 'no second complete').to.have.length(1);
  });

  it('ignores an id the result does not list, and any tick before there is a result', () => {
    const { actor } = atResult();
    tick(actor, 'not-an-option');
    expect(resultOf(actor).wantToAsk).to.deep.equal([]);

    const early = startScreener();
    walkTo(early, 'phq9-1');
    const before = early.getSnapshot();
    tick(early, 'tms');
    expect(early.getSnapshot().context).to.equal(before.context);
  });

  it('a re-worded result keeps the ticks; one re-ranked without an option drops its tick', async () => {
    const { actor } = atResult();
    const ids = resultOf(actor).options.map((o) => o.id);
    tick(actor, ids[0]);
    tick(actor, ids[1]);
    const es = await loadContent('es');
    actor.send({ type: 'session.localize', locale: 'es', content: es.resultContent, bank: es.bank });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resultOf(actor).locale).to.equal('es');
    expect(resultOf(actor).wantToAsk).to.deep.equal([ids[0], ids[1]]);

    const en = contentFor('en').content;
    actor.send({ type: 'session.localize', locale: 'en', content: en.resultContent, bank: en.bank, allowedOptions: [ids[1]] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resultOf(actor).options.map((o) => o.id)).to.deep.equal([ids[1]]);
    expect(resultOf(actor).wantToAsk).to.deep.equal([ids[1]]);
  });

  it('Start over clears the result and its ticks', () => {
    const { actor } = atResult();
    tick(actor, resultOf(actor).options[0].id);
    actor.send({ type: 'nav.restart' });
    expect(actor.getSnapshot().context.result).to.equal(null);
  });
});
