/**
 * Drives a real `<trd-screener>` through its shadow DOM the way a person does: clicking labels
 * and buttons, typing. Answers default to the shared journeys' benign ones, so a bank change
 * needs one change there, not here.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import englishUi from '../../questions/ui.en.js';
import { bankCheckChunk } from '../../src/bank/bank-check-chunk.js';
import { templateIdOf } from '../../src/bank/risk.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { Answers, AnswerValue } from '../../src/bank/types.js';
import type { ScreenerCompleteDetail, ScreenerCrisisDetail, ScreenerStepDetail } from '../../src/events.js';
import type { UiStrings } from '../../src/i18n/ui-strings.js';
import type { TrdScreener } from '../../src/trd-screener.component.js';
import '../../src/trd-screener.js';
import { bank, benignValue } from './journeys.js';

const MAX_STEPS = 200;

export class ScreenerDriver {
  readonly steps: ScreenerStepDetail[] = [];
  readonly crises: ScreenerCrisisDetail[] = [];
  readonly completes: ScreenerCompleteDetail[] = [];
  readonly errors: string[] = [];
  /** The copy whose button names the walks press (Spanish tests set the Spanish copy). */
  ui: UiStrings = englishUi;

  constructor(readonly el: TrdScreener) {
    el.addEventListener('screener-step', (e) => this.steps.push(e.detail));
    el.addEventListener('screener-crisis', (e) => this.crises.push(e.detail));
    el.addEventListener('screener-complete', (e) => this.completes.push(e.detail));
    el.addEventListener('screener-error', (e) => this.errors.push(e.detail.message));
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** The id of the step or panel shown last (from `screener-step`). */
  get stepId(): string | undefined {
    return this.steps.at(-1)?.stepId;
  }

  get heading(): HTMLElement | null {
    return this.root.querySelector('h2');
  }

  get crisisPanel(): HTMLElement | null {
    return this.root.querySelector('[part="crisis"]');
  }

  /** Text with spaces collapsed, as a person reads it. */
  text(node: Node | null = this.root): string {
    return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** A button by its visible name (exactly). */
  button(name: string): HTMLButtonElement | undefined {
    return [...this.root.querySelectorAll('button')].find((b) => this.text(b) === name);
  }

  buttonNames(): string[] {
    return [...this.root.querySelectorAll('button')].map((b) => this.text(b));
  }

  /** Waits for the render; a clinic's bank is checked by code fetched first, so for that too. */
  async settle(): Promise<void> {
    if (this.el.bank !== undefined) await bankCheckChunk.load();
    await this.el.updateComplete;
  }

  async click(name: string): Promise<void> {
    const button = this.button(name);
    if (!button) throw new Error(`no button "${name}" (have: ${this.buttonNames().join(', ')})`);
    button.click();
    if (name === this.ui.nav.seeResults) await this.leaveReview();
    await this.settle();
  }

  /** "See my results" shows the result once its code has loaded: wait for that (or an error). */
  private async leaveReview(): Promise<void> {
    const left = async () => {
      await this.settle();
      return this.stepId !== 'review' || this.root.querySelector('[role="alert"]');
    };
    await waitUntil(left, 'the result never came', { timeout: 10_000, interval: 10 });
  }

  input(questionId: string, optionId?: string): HTMLInputElement | null {
    const id = optionId === undefined ? `in-${questionId}` : `in-${questionId}-${optionId}`;
    return this.root.getElementById(id) as HTMLInputElement | null;
  }

  /** Clicks the visible label of an option. */
  async choose(questionId: string, optionId: string): Promise<void> {
    const label = this.root.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(`in-${questionId}-${optionId}`)}"]`);
    if (!label) throw new Error(`no option "${optionId}" for "${questionId}" on "${this.stepId}"`);
    label.click();
    await this.settle();
  }

  async type(questionId: string, text: string): Promise<void> {
    const input = this.input(questionId);
    if (!input) throw new Error(`no text field "${questionId}"`);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await this.settle();
  }

  /** Ids of the questions shown on the current step, in order. */
  questionIds(): string[] {
    // A list's filter box (type="search") is no question.
    const ids = [...this.root.querySelectorAll<HTMLInputElement>('.question input:not([type="search"])')].map((i) =>
      i.type === 'radio' || i.type === 'checkbox' ? i.name : i.id.slice('in-'.length),
    );
    return [...new Set(ids)];
  }

  async answer(questionId: string, value: AnswerValue): Promise<void> {
    if (!Array.isArray(value) && this.input(questionId)) return this.type(questionId, String(value));
    for (const optionId of Array.isArray(value) ? value : [String(value)]) {
      if (!this.input(questionId, optionId)?.checked) await this.choose(questionId, optionId);
    }
  }

  /** True when the question shows an answer (a checked choice or typed text). */
  isAnswered(questionId: string): boolean {
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>('.question input')];
    return inputs.some((i) => (i.name === questionId && i.checked) || (i.id === `in-${questionId}` && i.value.trim() !== ''));
  }

  /**
   * Answers the step's questions (`overrides` by id, else benignly, leaving earlier answers as
   * they are), including questions that appear on the way; acknowledges a support panel.
   */
  async answerStep(overrides: Answers = {}): Promise<void> {
    const done = new Set<string>();
    for (;;) {
      if (this.button(this.ui.nav.continue)) await this.click(this.ui.nav.continue);
      const id = this.questionIds().find((q) => !done.has(q));
      if (!id || this.crisisPanel) return;
      done.add(id);
      const value = overrides[id] ?? overrides[templateIdOf(id)];
      if (value !== undefined) await this.answer(id, value);
      else if (!this.isAnswered(id)) await this.answer(id, benignValue(findQuestion(bank, templateIdOf(id))!));
    }
  }

  /** The step's forward button's label: Start on the welcome, Next after it; undefined when there is none. */
  get forward(): string | undefined {
    return [this.ui.nav.next, this.ui.nav.start].find((label) => this.button(label));
  }

  /** Answers and presses Next until `stepId` is shown. */
  async walkTo(stepId: string, overrides: Answers = {}): Promise<void> {
    for (let i = 0; i < MAX_STEPS && this.stepId !== stepId; i++) {
      // A risk answer left on its step shows the support panel first: the patient carries on.
      if (this.stepId === 'crisis' && this.button(this.ui.nav.continue)) {
        await this.click(this.ui.nav.continue);
        continue;
      }
      const forward = this.forward;
      if (!forward) throw new Error(`walking to "${stepId}", stuck on "${this.stepId}"`);
      await this.answerStep(overrides);
      await this.click(forward);
    }
    if (this.stepId !== stepId) throw new Error(`never reached "${stepId}"`);
  }

  /** Answers every step, then asks for the result from the review. */
  async walkToResult(overrides: Answers = {}): Promise<void> {
    await this.walkTo('review', overrides);
    await this.click(this.ui.nav.seeResults);
    if (this.stepId !== 'result') throw new Error(`asked for the result, got "${this.stepId}"`);
  }
}

/** A fresh `<trd-screener>` in the document, with its driver. */
export async function mountScreener(
  attributes: Record<string, string> = {},
  properties: Partial<Pick<TrdScreener, 'bank'>> = {},
): Promise<ScreenerDriver> {
  const el = document.createElement('trd-screener');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  // Listen before the element connects, so the first step's event is recorded too.
  const driver = new ScreenerDriver(el);
  await fixture(html`${el}`);
  await driver.settle();
  return driver;
}
