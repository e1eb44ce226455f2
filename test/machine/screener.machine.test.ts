import { expect } from '@open-wc/testing';
import { visibleSteps } from '../../src/bank/steps.js';
import type { ScreenerEmitted } from '../../src/machine/types.js';
import { stepOf } from '../../src/machine/selectors.js';
import {
  answerStep,
  bank,
  MEDICINE_ANSWERS,
  startScreener,
  stepKeysWalked,
  TYPED_MEDICINE_NAME,
  walkTo,
  walkToResult,
  walkToReview,
  type ScreenerActor,
} from '../helpers/journeys.js';

const answersOf = (actor: ScreenerActor) => actor.getSnapshot().context.answers;
const stepKeyOf = (actor: ScreenerActor) => actor.getSnapshot().context.stepKey;
const answer = (actor: ScreenerActor, questionId: string, value: string | string[]) =>
  actor.send({ type: 'answer.set', questionId, value });

describe('screener machine', () => {
  it('starts on the welcome step with nothing answered', () => {
    const snapshot = startScreener().getSnapshot();
    expect(snapshot.value).to.equal('asking');
    expect(snapshot.context.stepKey).to.equal('welcome');
    expect(snapshot.context.answers).to.deep.equal({});
    expect(snapshot.context.safety).to.deep.equal({ level: 'none', triggeredBy: [], raisedBy: {} });
  });

  it('walks every section, in the order of visibleSteps, to the review and the result', () => {
    const actor = startScreener();
    const completed: ScreenerEmitted[] = [];
    actor.on('complete', (event) => completed.push(event));
    const walked = stepKeysWalked(MEDICINE_ANSWERS);
    walkToReview(actor, MEDICINE_ANSWERS);
    const shown = visibleSteps(bank, answersOf(actor));
    expect(walked).to.deep.equal(shown.map((s) => s.key));
    expect(new Set(shown.map((s) => s.sectionId))).to.deep.equal(new Set(bank.sections.map((s) => s.id)));
    expect(actor.getSnapshot().value).to.equal('review');
    expect(completed).to.have.length(0);

    actor.send({ type: 'nav.next' });
    const { value, context } = actor.getSnapshot();
    expect(value).to.equal('result');
    expect(context.result).to.not.equal(null);
    expect(context.result!.completedAt).to.equal('2026-01-01T00:00:00.000Z');
    expect(context.result!.safety).to.deep.equal({ level: 'none', triggeredBy: [], raisedBy: {} });
    expect(completed).to.deep.equal([{ type: 'complete', result: context.result }]);
  });

  it('Back from the review shows the last step', () => {
    const actor = startScreener();
    walkToReview(actor);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).to.equal('asking');
    expect(stepKeyOf(actor)).to.equal('pref-speed');
  });

  it('stops the screen for someone under 18, with no result', () => {
    const actor = startScreener();
    const completed: ScreenerEmitted[] = [];
    actor.on('complete', (event) => completed.push(event));
    answer(actor, 'age', 'under-18');
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('stopped');
    actor.send({ type: 'nav.next' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().value).to.equal('stopped');
    expect(actor.getSnapshot().context.result).to.equal(null);
    expect(completed).to.have.length(0);
  });

  describe('ASQ item 5', () => {
    it('is skipped when items 1–4 are all "no"', () => {
      expect(stepKeysWalked()).to.not.include('asq-5');
      const actor = startScreener();
      walkTo(actor, 'asq-4');
      answer(actor, 'asq-4', 'no');
      actor.send({ type: 'nav.next' });
      expect(stepKeyOf(actor)).to.equal('period');
    });

    for (const id of ['asq-1', 'asq-2', 'asq-3', 'asq-4'])
      for (const value of ['yes', 'decline'])
        it(`is asked when ${id} is "${value}"`, () => {
          const walked = stepKeysWalked({ [id]: value });
          expect(walked.slice(walked.indexOf('asq-4'), walked.indexOf('asq-4') + 2)).to.deep.equal(['asq-4', 'asq-5']);
        });
  });

  describe('medicines', () => {
    it('asks for the typed name only while "Another medicine" is ticked', () => {
      const actor = startScreener();
      walkTo(actor, 'meds');
      const questionIds = () => stepOf(actor.getSnapshot())!.questions.map((q) => q.id);
      expect(questionIds()).to.deep.equal(['meds-tried']);
      answer(actor, 'meds-tried', ['sertraline', 'other']);
      expect(questionIds()).to.deep.equal(['meds-tried', 'meds-other-name']);
      actor.send({ type: 'nav.next' });
      expect(actor.getSnapshot().context.invalid).to.deep.equal(['meds-other-name']);
      answer(actor, 'meds-other-name', TYPED_MEDICINE_NAME);
      answer(actor, 'meds-tried', ['sertraline']);
      expect(questionIds()).to.deep.equal(['meds-tried']);
      expect(answersOf(actor)).to.not.have.property('meds-other-name');
    });

    it('adds one step per medicine ticked, titled with its name', () => {
      const walked = stepKeysWalked({ 'meds-tried': ['sertraline', 'bupropion', 'other'], 'meds-other-name': TYPED_MEDICINE_NAME });
      expect(walked.filter((k) => k.startsWith('med:'))).to.deep.equal(['med:sertraline', 'med:bupropion', 'med:other']);
      expect(walked[walked.indexOf('meds') + 1]).to.equal('med:sertraline');

      const actor = startScreener();
      walkTo(actor, 'med:other', MEDICINE_ANSWERS);
      expect(stepOf(actor.getSnapshot())!.title).to.equal(`About ${TYPED_MEDICINE_NAME}`);
      expect(stepOf(actor.getSnapshot())!.questions.map((q) => q.id)).to.deep.equal(
        ['med-period', 'med-weeks', 'med-dose', 'med-response', 'med-side-effects'].map((id) => `${id}:other`),
      );
    });

    it('adds no medicine step for "I have not taken an antidepressant"', () => {
      const walked = stepKeysWalked({ 'meds-tried': ['none'] });
      expect(walked.filter((k) => k.startsWith('med:'))).to.deep.equal([]);
      expect(walked[walked.indexOf('meds') + 1]).to.equal('other-treatments');
    });
  });

  it('never loses answers on Back, and Back on the first step stays there', () => {
    const actor = startScreener();
    walkTo(actor, 'other-treatments', { ...MEDICINE_ANSWERS, 'phq9-4': 'nearly-every-day' });
    const before = answersOf(actor);
    while (stepKeyOf(actor) !== 'welcome') actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(stepKeyOf(actor)).to.equal('welcome');
    expect(answersOf(actor)).to.deep.equal(before);
    for (let i = 0; stepKeyOf(actor) !== 'other-treatments' && i < 50; i++) actor.send({ type: 'nav.next' });
    expect(stepKeyOf(actor)).to.equal('other-treatments');
    expect(answersOf(actor)).to.deep.equal(before);
  });

  describe('editing from the review', () => {
    it('goes to that step, and Next returns to the review', () => {
      const actor = startScreener();
      walkToReview(actor);
      actor.send({ type: 'review.edit', stepKey: 'phq9-3' });
      expect(actor.getSnapshot().value).to.equal('asking');
      expect(stepKeyOf(actor)).to.equal('phq9-3');
      answer(actor, 'phq9-3', 'several-days');
      actor.send({ type: 'nav.next' });
      expect(actor.getSnapshot().value).to.equal('review');
      expect(answersOf(actor)['phq9-3']).to.equal('several-days');
      expect(actor.getSnapshot().context.returnToReview).to.equal(false);
    });

    it('ignores an edit of a step that is not shown', () => {
      const actor = startScreener();
      walkToReview(actor);
      actor.send({ type: 'review.edit', stepKey: 'asq-5' });
      expect(actor.getSnapshot().value).to.equal('review');
    });

    it('sends the patient through a medicine added while editing, then back to the review', () => {
      const actor = startScreener();
      walkToReview(actor, { 'meds-tried': ['sertraline'] });
      actor.send({ type: 'review.edit', stepKey: 'meds' });
      answer(actor, 'meds-tried', ['sertraline', 'bupropion']);
      actor.send({ type: 'nav.next' });
      expect(actor.getSnapshot().value).to.equal('asking');
      expect(stepKeyOf(actor)).to.equal('med:bupropion');
      answerStep(actor);
      actor.send({ type: 'nav.next' });
      expect(actor.getSnapshot().value).to.equal('review');
      expect(Object.keys(answersOf(actor)).filter((id) => id.endsWith(':bupropion'))).to.have.length(5);
    });

    it('leaves no answers behind for a medicine picked then un-picked', () => {
      const actor = startScreener();
      walkToReview(actor, { 'meds-tried': ['sertraline', 'bupropion', 'other'], 'meds-other-name': TYPED_MEDICINE_NAME });
      expect(Object.keys(answersOf(actor)).filter((id) => id.endsWith(':bupropion'))).to.have.length(5);
      actor.send({ type: 'review.edit', stepKey: 'meds' });
      answer(actor, 'meds-tried', ['sertraline']);
      const ids = Object.keys(answersOf(actor));
      expect(ids.filter((id) => id.endsWith(':bupropion') || id.endsWith(':other'))).to.deep.equal([]);
      expect(ids).to.not.include('meds-other-name');
      expect(ids.filter((id) => id.endsWith(':sertraline'))).to.have.length(5);
      actor.send({ type: 'nav.next' });
      expect(actor.getSnapshot().value).to.equal('review');
    });
  });

  describe('required questions', () => {
    it('keep Next on the step and mark the empty question', () => {
      const actor = startScreener();
      actor.send({ type: 'nav.next' });
      expect(stepKeyOf(actor)).to.equal('welcome');
      expect(actor.getSnapshot().context.invalid).to.deep.equal(['age']);
      answer(actor, 'age', 'adult');
      expect(actor.getSnapshot().context.invalid).to.deep.equal([]);
      actor.send({ type: 'nav.next' });
      expect(stepKeyOf(actor)).to.equal('phq9-1');
    });

    it('treat an unticked checkbox list as empty', () => {
      const actor = startScreener();
      walkTo(actor, 'meds');
      answer(actor, 'meds-tried', ['sertraline']);
      answer(actor, 'meds-tried', []);
      actor.send({ type: 'nav.next' });
      expect(stepKeyOf(actor)).to.equal('meds');
      expect(actor.getSnapshot().context.invalid).to.deep.equal(['meds-tried']);
    });
  });

  it('ignores an answer to a question not on the current step, even an escalating one', () => {
    const actor = startScreener();
    const crises: ScreenerEmitted[] = [];
    actor.on('crisis', (event) => crises.push(event));
    answer(actor, 'phq9-1', 'several-days');
    answer(actor, 'asq-1', 'yes');
    const { value, context } = actor.getSnapshot();
    expect(value).to.equal('asking');
    expect(context.answers).to.deep.equal({});
    expect(context.safety.level).to.equal('none');
    expect(crises).to.deep.equal([]);
  });



  it('Start over clears the answers but keeps the safety level; reset clears both', () => {
    const actor = startScreener();
    walkTo(actor, 'period', { 'phq9-9': 'more-than-half' });
    actor.send({ type: 'nav.restart' });
    let { value, context } = actor.getSnapshot();
    expect(value).to.equal('asking');
    expect(context.stepKey).to.equal('welcome');
    expect(context.answers).to.deep.equal({});
    expect(context.safety).to.deep.equal({ level: 'support', triggeredBy: ['phq9-9'], raisedBy: { 'phq9-9': 'more-than-half' } });

    actor.send({ type: 'session.reset' });
    ({ value, context } = actor.getSnapshot());
    expect(value).to.equal('asking');
    expect(context.answers).to.deep.equal({});
    expect(context.safety).to.deep.equal({ level: 'none', triggeredBy: [], raisedBy: {} });
    expect(context.crisis).to.equal(null);
  });

  it('carries a raised level into the result of the completed screen', () => {
    const actor = startScreener();
    let completed: ScreenerEmitted | undefined;
    actor.on('complete', (event) => (completed = event));
    walkToResult(actor, { ...MEDICINE_ANSWERS, 'asq-3': 'decline' });
    expect(actor.getSnapshot().value).to.equal('result');
    expect(completed).to.deep.equal({ type: 'complete', result: actor.getSnapshot().context.result });
    expect(actor.getSnapshot().context.result!.safety).to.deep.include({ level: 'support', triggeredBy: ['asq-3'] });
  });

  describe('a carried-over session', () => {
    it('starts at least at the level its stored answers carry, on the panel for an answer not yet counted', () => {
      const actor = startScreener({ answers: { 'phq9-9': 'several-days' } });
      expect(actor.getSnapshot().context.safety).to.deep.equal({ level: 'support', triggeredBy: ['phq9-9'], raisedBy: { 'phq9-9': 'several-days' } });
      expect(actor.getSnapshot().value, 'chosen, then reloaded: it counts as left').to.equal('crisis');
      const counted = startScreener({ answers: { 'phq9-9': 'several-days' }, safety: actor.getSnapshot().context.safety });
      expect(counted.getSnapshot().value, 'already counted: no second panel').to.equal('asking');
    });

    it('opens on the urgent panel when the session was urgent, and Start over still leads to the first step', () => {
      const actor = startScreener({ safety: { level: 'urgent', triggeredBy: ['asq-5'] } });
      expect(actor.getSnapshot().value).to.equal('urgent');
      actor.send({ type: 'nav.restart' });
      expect(actor.getSnapshot().value).to.equal('asking');
      expect(actor.getSnapshot().context.safety.level).to.equal('urgent');
    });
  });
});
