import { expect } from '@open-wc/testing';
import { MEDICINE_ANSWERS, startScreener, walkTo } from '../helpers/journeys.js';

/** A resumed session (`persist="session"`) opens where the patient was, never past a gap. */

function answersAt(stepKey: string, overrides = {}) {
  const actor = startScreener();
  walkTo(actor, stepKey, overrides);
  const { answers } = actor.getSnapshot().context;
  actor.stop();
  return answers;
}

describe('screener machine: resuming a session', () => {
  it('opens on the saved step with the saved answers', () => {
    const answers = answersAt('phq9-4');
    const snapshot = startScreener({ answers, stepKey: 'phq9-4' }).getSnapshot();
    expect(snapshot.value).to.equal('asking');
    expect(snapshot.context.stepKey).to.equal('phq9-4');
    expect(snapshot.context.answers).to.deep.equal(answers);
  });

  it('opens on a repeated step (one per medicine)', () => {
    const answers = answersAt('med:sertraline', MEDICINE_ANSWERS);
    const snapshot = startScreener({ answers, stepKey: 'med:sertraline' }).getSnapshot();
    expect(snapshot.context.stepKey).to.equal('med:sertraline');
  });

  it('a step that is not shown with these answers opens the first unanswered step', () => {
    const answers = answersAt('phq9-4');
    expect(startScreener({ answers, stepKey: 'no-such-step' }).getSnapshot().context.stepKey).to.equal('phq9-4');
    expect(startScreener({ stepKey: 'phq9-4' }).getSnapshot().context.stepKey).to.equal('welcome');
  });

  it('never skips a step left unanswered before the saved one', () => {
    const answers = answersAt('phq9-4');
    delete answers['phq9-2'];
    expect(startScreener({ answers, stepKey: 'phq9-4' }).getSnapshot().context.stepKey).to.equal('phq9-2');
  });

  it('an earlier step is fine (e.g. the patient went Back)', () => {
    const answers = answersAt('phq9-4');
    expect(startScreener({ answers, stepKey: 'phq9-1' }).getSnapshot().context.stepKey).to.equal('phq9-1');
  });

  it('a saved risk answer opens at its level, whatever step was saved', () => {
    const answers = { ...answersAt('asq-5', { 'asq-1': 'yes' }), 'asq-5': 'yes' };
    const snapshot = startScreener({ answers, stepKey: 'asq-5' }).getSnapshot();
    expect(snapshot.value).to.equal('urgent');
    expect(snapshot.context.safety.level).to.equal('urgent');
  });

  it('reopening on a step that holds a risk answer counted before shows its panel again, as leaving it would', () => {
    const answers = answersAt('asq-1', { 'phq9-9': 'several-days' });
    const safety = { level: 'support' as const, triggeredBy: ['phq9-9'], raisedBy: { 'phq9-9': 'several-days' } };
    const snapshot = startScreener({ answers, stepKey: 'phq9-9', safety }).getSnapshot();
    expect(snapshot.value).to.equal('crisis');
    expect(snapshot.context.crisis).to.deep.equal({ level: 'support', questionId: 'phq9-9' });
    expect(snapshot.context.safety).to.deep.equal(safety);
    // On another step, the counted answer is behind the patient: no panel.
    expect(startScreener({ answers, stepKey: 'asq-1', safety }).getSnapshot().value).to.equal('asking');
  });
});
