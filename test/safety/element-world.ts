/**
 * The world of test/safety/element.fuzz.test.ts: one `<trd-screener>` (replaced on reload) driven
 * through its public surface only, its events, and next to it the test's own model of the
 * session's safety record (element-model.ts), checked after every action (element-checks.ts).
 */
import { waitUntil } from '@open-wc/testing';
import type { QuestionBank } from '../../src/bank/types.js';
import type { ScreenerResult } from '../../src/clinical/types.js';
import type { TrdScreener } from '../../src/trd-screener.component.js';
import '../../src/trd-screener.js';
import { benignValue } from '../helpers/journeys.js';
import type { AttrName } from './element-actions.js';
import { hostBank, mutateBank, shippedQuestion, type BankKind, type Mutation } from './element-bank.js';
import { failNextLoad, type Chunk } from './element-chunks.js';
import { checkResult, checkView } from './element-checks.js';
import { copyModel, emptyModel, raise, topLevel, type Model, type Risk } from './element-model.js';
import { BACK, button, clickLabel, CONTINUE, heldRisks, inputsOf, isAnswered, isChoice, NEXT, shownQuestionIds, START_OVER, viewOf, type View } from './element-view.js';

/** What a run saw, reported in the test's title (a green run prints nothing else). */
export const newStats = () => ({ sequences: 0, actions: 0, steps: 0, escalated: 0, urgentStops: 0, completed: 0, reloads: 0, errorsShown: 0 });
export type Stats = ReturnType<typeof newStats>;

export class InvariantError extends Error {}

let worlds = 0;

export class World {
  el!: TrdScreener;
  readonly id = `fuzz-${++worlds}`;
  readonly attrs = new Map<string, string>();
  /** What the host last set as `bank` (undefined: none). */
  private bankValue: unknown = undefined;
  /** The last bank object the widget accepted (the host may mutate it afterwards). */
  private accepted?: QuestionBank;
  readonly crises: Array<{ level: string; questionId: string }> = [];
  readonly completes: ScreenerResult[] = [];
  /** The step or panel id of the last `screener-step`. */
  lastStep = '';
  private checkedCompletes = 0;
  model: Model = emptyModel();
  /** What the model says `persist` last stored (null: nothing). */
  private stored: Model | null = null;
  /** Urgent stops the model counted. */
  stops = 0;
  readonly log: string[] = [];
  private restore: Array<() => void> = [];

  constructor(
    private readonly host: HTMLElement,
    readonly stats: Stats,
  ) {}

  get view(): View {
    return viewOf(this.el);
  }

  fail(invariant: string, message: string): never {
    throw new InvariantError(`[${invariant}] ${message}\n  view: ${this.view}\n  model: ${JSON.stringify(this.model)}\n  actions: ${this.log.join(' → ')}`);
  }

  /** Every invariant that applies now, through the public surface. */
  check(): void {
    checkView(this);
    for (const result of this.completes.slice(this.checkedCompletes)) checkResult(this, result);
    this.checkedCompletes = this.completes.length;
  }

  /** After each action: what `persist` now holds, in the model's terms. */
  afterAction(): void {
    const view = this.view;
    if (this.attrs.get('persist') !== 'session') this.stored = null;
    else if (view !== 'error' && view !== 'busy') this.stored = copyModel(this.model);
  }

  async mount(): Promise<void> {
    const el = document.createElement('trd-screener');
    el.id = this.id;
    for (const [name, value] of this.attrs) el.setAttribute(name, value);
    if (this.bankValue !== undefined) el.bank = this.bankValue as QuestionBank;
    el.addEventListener('screener-crisis', (e) => this.crises.push(e.detail));
    el.addEventListener('screener-complete', (e) => this.completes.push(e.detail.result));
    el.addEventListener('screener-step', (e) => (this.lastStep = e.detail.stepId));
    this.host.append(el);
    this.el = el;
    await this.settle(true);
  }

  dispose(): void {
    this.el?.remove();
    for (const undo of this.restore.splice(0)) undo();
    sessionStorage.removeItem(`trd-screener#${this.id}`);
  }

  /** Waits for the render; `slow` also lets a failed chunk's rejection and the re-render through. */
  async settle(slow = false): Promise<void> {
    await this.el.updateComplete;
    if (!slow) return;
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.el.updateComplete;
    }
  }

  // ---- patient actions -----------------------------------------------------------------------

  private async click(selector: string): Promise<boolean> {
    const b = button(this.el, selector);
    if (!b) return false;
    b.click();
    await this.settle();
    return true;
  }

  async choose(q: number, o: number): Promise<void> {
    if (this.view !== 'step') return;
    const ids = shownQuestionIds(this.el);
    if (!ids.length) return;
    const inputs = inputsOf(this.el, ids[q % ids.length]);
    const first = inputs[0];
    if (isChoice(first)) clickLabel(this.el, inputs[o % inputs.length]);
    else {
      first.value = first.type === 'number' ? String(o % 3 === 0 ? '' : o) : o % 3 === 0 ? '' : 'Zelmora';
      first.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await this.settle();
  }

  /** Answers every unanswered question of the step benignly (earlier choices stay as they are). */
  async fill(): Promise<void> {
    const done = new Set<string>();
    for (let guard = 0; guard < 20 && this.view === 'step'; guard++) {
      const questionId = shownQuestionIds(this.el).find((id) => !done.has(id));
      if (!questionId) return;
      done.add(questionId);
      if (isAnswered(this.el, questionId)) continue;
      const question = shippedQuestion(questionId);
      if (!question) continue;
      const value = benignValue(question);
      const inputs = inputsOf(this.el, questionId);
      if (!Array.isArray(value) && inputs[0] && !isChoice(inputs[0])) {
        inputs[0].value = String(value);
        inputs[0].dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        for (const optionId of Array.isArray(value) ? value : [String(value)]) {
          const input = inputs.find((i) => i.value === optionId);
          if (input && !input.checked) clickLabel(this.el, input);
        }
      }
      await this.settle();
    }
  }

  /**
   * Next, Back or Start over. On a step, the risk answers chosen count when the step is left
   * (CLINICAL §4.3): the model rises and the next view must be the panel (invariant 1).
   */
  async leave(how: 'next' | 'back' | 'restart'): Promise<void> {
    const before = this.view;
    const onStep = before === 'step';
    const risks = onStep ? heldRisks(this.el) : [];
    const complete = onStep && shownQuestionIds(this.el).every((id) => isAnswered(this.el, id));
    const ageUnder18 = onStep && inputsOf(this.el, 'age').some((i) => i.checked && i.value === 'under-18');
    const crisesBefore = this.crises.length;
    const levelBefore = this.model.level;
    if (!(await this.click(how === 'next' ? NEXT : how === 'back' ? BACK : START_OVER))) return;
    if (before === 'review' && how === 'next') await this.awaitResult();
    // Back from the first step does nothing (there is no Back button there).
    const leaves = onStep && (how !== 'next' || complete);
    if (!leaves) return;
    if (risks.length) {
      const top = topLevel(risks);
      const urgentStop = top === 'urgent' || this.model.level === 'urgent';
      raise(this.model, risks);
      if (urgentStop) this.stops += 1;
      const expected = urgentStop ? 'urgent' : 'crisis';
      if (this.view !== expected)
        this.fail('1', `left a step with ${risks.map((r) => r.questionId).join(', ')} (${top}) by ${how}: expected the ${expected} panel`);
      if (this.model.level !== levelBefore) this.expectCrisisEvent(crisesBefore);
    } else if (ageUnder18 && how === 'next' && this.view !== 'stopped') {
      this.fail('6', 'left the age step with "under 18": expected the stopped panel');
    }
  }

  /** The level rose: one `screener-crisis` at the new level arrived during the action (CONTRACT). */
  private expectCrisisEvent(since: number): void {
    const events = this.crises.slice(since);
    if (!events.some((e) => e.level === this.model.level))
      this.fail('2', `the level rose to ${this.model.level}, but screener-crisis reported ${JSON.stringify(events)}`);
  }

  private async awaitResult(): Promise<void> {
    const left = async () => {
      await this.settle();
      return this.view !== 'review' || this.el.shadowRoot!.querySelector('[role="alert"]');
    };
    const LATE = 'See my results: neither the result nor a message after 10 s';
    // Only the timeout is a liveness failure; an error while settling keeps its own message.
    await waitUntil(left, LATE, { timeout: 10_000, interval: 5 }).catch((error: Error) => {
      if (error.message === `Timeout: ${LATE}`) this.fail('liveness', LATE);
      throw error;
    });
  }

  async continue(): Promise<void> {
    await this.click(CONTINUE);
  }

  // ---- host and network actions --------------------------------------------------------------

  async setAttr(name: AttrName, value: string | null): Promise<void> {
    if (value === null) {
      this.attrs.delete(name);
      this.el.removeAttribute(name);
    } else {
      this.attrs.set(name, value);
      this.el.setAttribute(name, value);
    }
    await this.settle();
  }

  async setBank(kind: BankKind): Promise<void> {
    const value = hostBank(kind);
    this.bankValue = value;
    this.el.bank = value as QuestionBank;
    await this.settle(true);
    if (kind.startsWith('valid') && this.view !== 'error') this.accepted = value as QuestionBank;
  }

  /** The host changes the bank object the widget accepted: nothing may change. */
  mutateBank(how: Mutation): void {
    if (this.accepted) mutateBank(this.accepted, how);
  }

  /** A new session for a new person (CLINICAL §4.3): nothing of the old one may come back, even from `persist`. */
  async reset(): Promise<void> {
    this.el.reset();
    this.model = emptyModel();
    this.stored = null;
    await this.settle(true);
  }

  async readd(): Promise<void> {
    const parent = this.el.parentElement!;
    this.el.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    parent.append(this.el);
    await this.settle(true);
  }

  /**
   * A reload of the page: the element goes, a new one with the same id, attributes and bank
   * (`persist="session"` added) comes. Without `persist` on the old one, a new session starts;
   * with it, the level never falls (invariant 2), even one the element had no chance to store.
   */
  async reload(): Promise<void> {
    const persisted = this.attrs.get('persist') === 'session';
    const held = this.view === 'step' ? heldRisks(this.el) : [];
    const heldStep = held.length ? shownQuestionIds(this.el).join() : '';
    const before = copyModel(this.model);
    const crisesBefore = this.crises.length;
    const completesBefore = this.completes.length;
    this.el.remove();
    this.attrs.set('persist', 'session');
    if (this.bankValue !== undefined && this.bankValue === this.accepted) this.bankValue = structuredClone(this.accepted);
    this.stats.reloads += 1;
    this.model = persisted ? copyModel(this.stored ?? before) : emptyModel();
    await this.mount();
    // A stored session that holds a risk answer counts it as left (CLINICAL §4.3).
    if (persisted && held.length && this.view !== 'error') this.countHeldAsLeft(held, heldStep, crisesBefore, completesBefore);
  }

  /** After a reload: the risk answers the old element held on step `heldStep`, if restored, count as left. */
  private countHeldAsLeft(held: Risk[], heldStep: string, crisesBefore: number, completesBefore: number): void {
    const restored = this.view === 'step' && shownQuestionIds(this.el).join() === heldStep && heldRisks(this.el).length > 0;
    if (!restored && this.view !== 'urgent' && this.view !== 'crisis') return;
    const top = topLevel(held);
    const ids = held.map((r) => r.questionId).join(', ');
    const urgentStop = top === 'urgent' || this.model.level === 'urgent';
    raise(this.model, held);
    if (urgentStop) {
      const reported = this.completes.slice(completesBefore).filter((r) => r.status === 'stopped').length;
      if (reported !== 1) this.fail('6', `reloaded holding ${ids} (urgent), which counts as left: ${reported} stopped report(s), expected 1`);
      this.stops += 1;
    }
    if (this.view !== (urgentStop ? 'urgent' : 'crisis'))
      this.fail('1', `reloaded holding ${ids} (${top}), which counts as left: expected the ${urgentStop ? 'urgent' : 'crisis'} panel`);
    this.expectCrisisEvent(crisesBefore);
  }

  /** The next load of a lazy part fails (once), as a dropped connection does. */
  failChunk(which: Chunk): void {
    this.restore.push(failNextLoad(which));
  }
}
