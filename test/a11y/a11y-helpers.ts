/**
 * Tools for the accessibility tests: axe with the WCAG 2.2 AA rule set, real key presses,
 * media emulation (dark, reduced motion, forced colors), colour contrast, a risk answer chosen and
 * its step left, and a tour that stops on every view of a screen (each step, each crisis panel,
 * the review and the result).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { templateIdOf } from '../../src/bank/risk.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { Answers } from '../../src/bank/types.js';
import englishUi from '../../questions/ui.en.js';
import spanishUi from '../../questions/es/ui.es.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { bank, benignValue, MEDICINE_ANSWERS } from '../helpers/journeys.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/**
 * A screen in `lang`, once its content is shown; the driver presses that language's buttons.
 * The first Spanish screen of a test file waits for the Spanish module, which the test server
 * transforms on first request: slow on a busy machine, hence the generous wait.
 */
export async function mountIn(lang: 'en' | 'es', attributes: Record<string, string> = {}): Promise<ScreenerDriver> {
  const d = await mountScreener({ lang, ...attributes });
  await waitUntil(() => d.root.querySelector(`[part="card"][lang="${lang}"]`) && d.heading, `no screen in "${lang}"`, {
    timeout: 10000,
  });
  d.ui = lang === 'es' ? spanishUi : englishUi;
  return d;
}

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  // Off by default in axe; it is WCAG 2.2 AA (2.5.8 target size), so it runs here.
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
};

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
}

/** axe, loaded once per page: the same file open-wc's `accessible()` loads, which registers `window.axe`. */
async function loadAxe(): Promise<typeof window.axe> {
  if (!window.axe) await import('axe-core/axe.min.js');
  return window.axe;
}

/** axe with every WCAG 2.2 AA rule; `options` replace the rule selection (e.g. axe's own defaults: `{}`). */
export async function runAxe(el: HTMLElement, options: RunOptions = AXE_OPTIONS): Promise<AxeResults> {
  return (await loadAxe()).run(el, options);
}

/**
 * axe with every WCAG 2.2 AA rule: no violation. One run per view: it is a superset of the rules
 * open-wc's `accessible()` runs (axe's defaults), which axe.test.ts checks.
 */
export async function expectAccessible(el: HTMLElement, where: string): Promise<void> {
  const results = await runAxe(el);
  expect(results.violations, `${where}:\n${describeViolations(results)}`).to.deep.equal([]);
}

/** Keys reach this page as if it were in front, even while the runner shows another test file. */
export async function emulateFocus(): Promise<void> {
  await executeServerCommand('emulate-focus');
}

export const press = (key: string) => sendKeys({ press: key });

export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

export type MediaFeature = { name: 'forced-colors' | 'prefers-color-scheme' | 'prefers-reduced-motion'; value: string };

/** Emulates CSS media features in this page's Chromium; `[]` returns to the defaults. */
export async function emulate(features: MediaFeature[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}

type Rgba = [r: number, g: number, b: number, a: number];

export function parseColor(css: string): Rgba {
  const numbers = css.match(/[\d.]+/g)?.map(Number) ?? [];
  if (!css.startsWith('rgb') || numbers.length < 3) throw new Error(`cannot read the colour "${css}"`);
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** The colour an element is painted on: the first opaque background up the tree (page: white). */
export function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const color = getComputedStyle(node).backgroundColor;
    if (parseColor(color)[3] === 1) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}

/** Everything a person can operate, as rendered (closed `<details>` content left out). */
export function controls(root: ParentNode): HTMLElement[] {
  const all = root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary, [tabindex="0"]');
  return [...all].filter((el) => el.checkVisibility());
}

/** The answers a tour gives: two medicines (one typed) and a support answer on ASQ item 1. */
export const TOUR_ANSWERS: Answers = { ...MEDICINE_ANSWERS, 'asq-1': 'yes' };

/**
 * Chooses a risk answer and leaves its step with the button `leaveBy` (Next unless said): the
 * answer counts when its step is left (CLINICAL.md §4.3), so choosing alone shows no panel, and
 * leaving shows the crisis panel before any other step.
 */
export async function chooseAndLeave(d: ScreenerDriver, questionId: string, optionId: string, leaveBy = d.ui.nav.next): Promise<void> {
  await d.choose(questionId, optionId);
  expect(d.crisisPanel, `choosing "${optionId}" on "${questionId}" is not yet leaving its step`).to.equal(null);
  await d.click(leaveBy);
  expect(d.crisisPanel, `leaving "${questionId}" with "${optionId}" shows the crisis panel`).to.exist;
}

/**
 * Walks a whole screen, answering as `answers` says (else benignly), and calls `visit` on every
 * view shown: each step, the crisis panel when a step is left with a risk answer (then
 * "Continue" goes on to the next step), the review and the result.
 */
export async function tour(d: ScreenerDriver, answers: Answers, visit: (view: string) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const see = async () => {
    seen.push(d.stepId!);
    await visit(d.stepId!);
  };
  await see();
  for (let i = 0; i < 100 && d.stepId !== 'result'; i++) {
    if (d.stepId === 'review') await d.click(d.ui.nav.seeResults);
    else if (d.crisisPanel) await d.click(d.ui.nav.continue);
    else {
      const done = new Set<string>();
      for (let id = d.questionIds()[0]; id; id = d.questionIds().find((q) => !done.has(q))!) {
        done.add(id);
        const value = answers[id] ?? answers[templateIdOf(id)] ?? benignValue(findQuestion(bank, templateIdOf(id))!);
        if (!d.isAnswered(id)) await d.answer(id, value);
        expect(d.crisisPanel, `an answer to "${id}" counts when its step is left, not when chosen`).to.equal(null);
      }
      await d.click(d.forward!);
    }
    await see();
  }
  return seen;
}
