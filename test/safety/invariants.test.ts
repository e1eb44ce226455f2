/**
 * The session invariants of CLINICAL.md §4.3, each stated by number and name and proved at the
 * machine level: by the bounded walk of the real machine and bank (machine-walk.ts, every
 * transition checked by machine-checks.ts) and by the focused properties below. The element
 * level (host pages, banks, chunks, reloads) is fuzzed in element.fuzz.test.ts.
 */
import { expect } from '@open-wc/testing';
import { validateBank } from '../../src/bank/validate.js';
import type { QuestionBank } from '../../src/bank/types.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { ScreenerEmitted } from '../../src/machine/types.js';
import { format } from '../../src/i18n/format.js';
import { wholeUiOf } from '../../src/i18n/result-content.js';
import { contentFor } from '../../src/i18n/locale-content.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { retractedSession } from '../summary/retracted.js';
import { bank, FIXED_NOW, MEDICINE_ANSWERS, startScreener, walkTo, walkToResult } from '../helpers/journeys.js';
import { checkTransition, INVARIANTS } from './machine-checks.js';
import { MAX_DETOURS, MAX_ESCALATIONS, walk, type Walk } from './machine-walk.js';

const SCREEN = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];
const cloneBank = (): QuestionBank => structuredClone<QuestionBank>(bank);

describe(`session invariants (machine walk bounded at ${MAX_ESCALATIONS} risk choices and ${MAX_DETOURS} detours)`, function () {
  this.timeout(240_000);
  let run: Walk;
  before(() => {
    run = walk(checkTransition);
  });
  const expectNone = (rule: string) => expect((run.violations.get(rule) ?? []).join('\n'), rule).to.equal('');

  it('covers every step at every level, and each kind of transition', () => {
    expect(run.states).to.be.greaterThan(1000);
    for (const edge of ['asking → crisis', 'asking → urgent', 'crisis → asking', 'asking → stopped', 'review → result', 'urgent → asking'])
      expect(run.edges, edge).to.include(edge);
    for (const level of ['none', 'support', 'urgent']) expect(run.seen, `result@${level}`).to.include(`result|-|${level}`);
    expect(run.seen).to.include('crisis|phq9-9|support');
    expect(run.seen).to.include('asking|asq-5|support');
  });

  it(INVARIANTS.panelFirst, () => {
    expectNone(INVARIANTS.panelFirst);
    // A choice changed before leaving is a correction: arrowing over asq-5's options is not a stop.
    const actor = startScreener();
    walkTo(actor, 'asq-5', { 'asq-1': 'yes' });
    for (const value of ['yes', 'decline', 'no']) actor.send({ type: 'answer.set', questionId: 'asq-5', value });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().context.safety.level).to.equal('support');
  });

  it(INVARIANTS.neverFalls, () => {
    expectNone(INVARIANTS.neverFalls);
    // A carried-over record (a restarted actor, a restored session) is never lowered by its answers.
    const carried = startScreener({ safety: { level: 'urgent', triggeredBy: ['asq-5'], raisedBy: { 'asq-5': 'yes' } }, answers: {} });
    expect(carried.getSnapshot().context.safety.level).to.equal('urgent');
    expect(carried.getSnapshot().value).to.equal('urgent');
  });

  it(INVARIANTS.asq5Asked, () => {
    expectNone(INVARIANTS.asq5Asked);
    // The review's retraction path: asq-1 "yes", leave, come back, change it to "no".
    for (const id of SCREEN) {
      const actor = startScreener();
      walkTo(actor, id === 'asq-4' ? 'asq-5' : SCREEN[SCREEN.indexOf(id) + 1], { [id]: 'yes' });
      if (actor.getSnapshot().value === 'crisis') actor.send({ type: 'crisis.continue' });
      while (actor.getSnapshot().context.stepKey !== id) actor.send({ type: 'nav.back' });
      actor.send({ type: 'answer.set', questionId: id, value: 'no' });
      walkToResult(actor, MEDICINE_ANSWERS);
      const result = actor.getSnapshot().context.result!;
      expect(result.answers, id).to.have.property('asq-5');
      expect(result.safety.raisedBy, id).to.deep.equal({ [id]: 'yes' });
    }
  });

  it(INVARIANTS.alwaysAsked, () => {
    expectNone(INVARIANTS.alwaysAsked);
    const refused = (edit: (b: QuestionBank) => void) => {
      const custom = cloneBank();
      edit(custom);
      return validateBank(custom).ok === false;
    };
    const option = (b: QuestionBank, id: string, optionId: string) => findQuestion(b, id)!.options!.find((o) => o.id === optionId)!;
    expect(refused((b) => (option(b, 'phq9-1', 'not-at-all').endsScreen = true)), 'endsScreen on phq9-1').to.equal(true);
    expect(refused((b) => (option(b, 'asq-1', 'no').endsScreen = true)), 'endsScreen on asq-1 "no"').to.equal(true);
    expect(refused((b) => (findQuestion(b, 'asq-2')!.enableWhen = [{ question: 'asq-1', operator: '=', answer: 'yes' }]))).to.equal(true);
    expect(refused((b) => (findQuestion(b, 'phq9-9')!.enableWhen = [{ question: 'phq9-1', operator: '!=', answer: 'not-at-all' }]))).to.equal(true);
    // The widget keeps its own frozen copy: the host's object changed afterwards changes nothing.
    const host = cloneBank();
    const checked = validateBank(host);
    if (!checked.ok) throw new Error('the shipped bank is refused');
    delete option(host, 'asq-5', 'yes').risk;
    expect(option(checked.bank, 'asq-5', 'yes').risk).to.equal('urgent');
    expect(() => delete (option(checked.bank, 'asq-5', 'yes') as { risk?: string }).risk).to.throw();
  });

  it('5. every non-"No" answer of phq9-9 and the ASQ is flagged; crisis resources never depend on a chunk', async () => {
    for (const id of ['phq9-9', ...SCREEN, 'asq-5'])
      for (const o of findQuestion(bank, id)!.options!) {
        const safe = o.id === (id === 'phq9-9' ? 'not-at-all' : 'no');
        expect(o.risk === undefined, `${id}=${o.id}`).to.equal(safe);
        if (safe) continue;
        const custom = cloneBank();
        delete findQuestion(custom, id)!.options!.find((x) => x.id === o.id)!.risk;
        expect(validateBank(custom).ok, `${id}=${o.id} unflagged`).to.equal(false);
      }
    const extra = cloneBank();
    findQuestion(extra, 'asq-5')!.options!.push({ id: 'not-sure', label: 'Not sure' });
    expect(validateBank(extra).ok, 'an unflagged "Not sure" on asq-5').to.equal(false);
    // The entry alone carries every region's resources and the escalation: 988, the crisis text line, 911.
    const entry = await (await fetch('/dist/trd-screener.js')).text();
    for (const needle of ['tel:', 'sms:', '988', '741741', 'urgent']) expect(entry, needle).to.include(needle);
  });

  it(INVARIANTS.stopReported, () => {
    expectNone(INVARIANTS.stopReported);
    const actor = startScreener();
    const completed: ScreenerEmitted[] = [];
    actor.on('complete', (e) => completed.push(e));
    actor.send({ type: 'answer.set', questionId: 'age', value: 'under-18' });
    actor.send({ type: 'nav.next' });
    expect(actor.getSnapshot().value).to.equal('stopped');
    expect(completed).to.deep.equal([]);
  });

  it(INVARIANTS.raisedBy, () => {
    expectNone(INVARIANTS.raisedBy);
    // The doctor's summary and its copied text name the raising answer first, then the current one.
    const context = retractedSession();
    const content = contentFor('en').content;
    const text = summaryText(summaryOf({ context, content, region: content.crisis.regions.US, now: FIXED_NOW() }));
    const line = text.split('\n').find((l) => l.includes(findQuestion(bank, 'asq-1')!.text))!;
    expect(line).to.contain(format(wholeUiOf(content).summary.changedLater, { raised: 'Yes', current: 'No' }));
  });
});
