/**
 * Reading a `<trd-screener>`'s shadow DOM as a person sees it: which view shows, the crisis
 * banner and resources, the questions on the step and the risk answers chosen, the buttons.
 */
import type { SafetyLevel } from '../../src/bank/types.js';
import type { TrdScreener } from '../../src/trd-screener.component.js';
import { higher, optionRisk } from './element-bank.js';
import type { Risk } from './element-model.js';

export type View = 'step' | 'crisis' | 'urgent' | 'stopped' | 'review' | 'result' | 'error' | 'busy' | 'unknown';

export function viewOf(el: TrdScreener): View {
  const root = el.shadowRoot;
  if (!root) return 'unknown';
  const panel = root.querySelector('section[part="crisis"]');
  if (panel?.classList.contains('crisis--support')) return 'crisis';
  if (panel?.classList.contains('crisis--urgent')) return 'urgent';
  if (panel?.classList.contains('crisis--stopped')) return 'stopped';
  if (root.querySelector('.error-detail')) return 'error';
  if (root.querySelector('.review-section')) return 'review';
  if (root.querySelector('[part="result"]')) return 'result';
  if (root.querySelector('.card > .actions')) return 'step';
  if (root.querySelector('.card[aria-busy="true"]')) return 'busy';
  return 'unknown';
}

export const hasBanner = (el: TrdScreener) => !!el.shadowRoot?.querySelector('[part="crisis-banner"]');

/** Crisis resources a person can use at once: a call or text link (INTL has only a web link). */
export function resourceLinks(scope: ParentNode | null | undefined, region: string | null): number {
  if (!scope) return 0;
  const intl = !['US', 'CA', 'GB', 'IE', 'AU', 'NZ', ''].includes((region ?? '').trim().toUpperCase());
  const selector = intl ? 'a[href^="https://findahelpline.com"]' : 'a[href^="tel:"], a[href^="sms:"]';
  return scope.querySelectorAll(selector).length;
}

/** A radio or checkbox (named by its question), as opposed to a typed field (`in-` + its question). */
export const isChoice = (input: HTMLInputElement) => input.type === 'radio' || input.type === 'checkbox';

// A list's filter box (type="search") is no question.
const questionInputs = (el: TrdScreener) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.question input:not([type="search"])')];

export function shownQuestionIds(el: TrdScreener): string[] {
  return [...new Set(questionInputs(el).map((i) => (isChoice(i) ? i.name : i.id.slice('in-'.length))))];
}

export function inputsOf(el: TrdScreener, questionId: string): HTMLInputElement[] {
  return questionInputs(el).filter((i) => i.name === questionId || i.id === `in-${questionId}`);
}

export function isAnswered(el: TrdScreener, questionId: string): boolean {
  return inputsOf(el, questionId).some((i) => (isChoice(i) ? i.checked : i.value.trim() !== ''));
}

/** The risk answers chosen on the step shown (question id and the level its checked options carry). */
export function heldRisks(el: TrdScreener): Risk[] {
  const risks: Risk[] = [];
  for (const questionId of shownQuestionIds(el)) {
    let level: SafetyLevel = 'none';
    for (const input of inputsOf(el, questionId)) if (input.checked) level = higher(level, optionRisk(questionId, input.value));
    if (level !== 'none') risks.push({ questionId, level });
  }
  return risks;
}

/** Chooses an option as a person does: by its label. */
export function clickLabel(el: TrdScreener, input: HTMLInputElement): void {
  el.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(input.id)}"]`)?.click();
}

export function button(el: TrdScreener, selector: string): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(selector);
}

export const NEXT = '.card > .actions button.primary';
export const BACK = '.card > .actions button.secondary';
export const CONTINUE = 'section.crisis--support .actions button';
export const START_OVER = [
  '.card > .saved-note button',
  'section.crisis--urgent .actions button',
  'section.crisis--stopped .actions button',
  '.start-over button',
].join(', ');
