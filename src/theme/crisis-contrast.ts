/**
 * The check behind CrisisContrastController, fetched as its own chunk: the resolved colours of
 * the crisis panel, the banner and the welcome notice against WCAG's minimums.
 */
import type { ReactiveElement } from 'lit';
import { contrast, EDGE_CONTRAST, hex, over, TEXT_CONTRAST, type Rgba } from './contrast.js';
import { CRISIS_PALETTE } from './crisis-palette.js';

/** What must stay readable whatever the theme: the crisis panel, the banner, the welcome notice. */
const CRISIS_PARTS = '[part="crisis"], [part="crisis-banner"], .notice';
/** What lies under the widget when nothing in it is opaque: the page, taken as white. */
const PAGE: Rgba = [255, 255, 255, 1];

let pen: OffscreenCanvasRenderingContext2D | undefined;

/** Any CSS colour a browser computes (rgb(), oklch(), color(…)) as sRGB, read from a canvas. */
function rgba(colour: string): Rgba {
  pen ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  pen.clearRect(0, 0, 1, 1);
  pen.fillStyle = colour;
  pen.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pen.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The colour an element is painted on: its own and its ancestors' backgrounds, layered. */
function backdrop(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node && layers.at(-1)?.[3] !== 1; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    layers.push(rgba(getComputedStyle(node).backgroundColor));
  }
  return layers.reduceRight((under, layer) => over(layer, under), PAGE);
}

/** "text "Call 911" #e9eef2 on #f3edf7 is 1.02:1, under 4.5:1", or nothing when the pair reaches `least`. */
function shortfall(what: string, colour: string, on: Rgba, least: number): string | undefined {
  const painted = over(rgba(colour), on);
  const ratio = contrast(painted, on);
  if (ratio < least) return `${what} ${hex(painted)} on ${hex(on)} is ${ratio.toFixed(2)}:1, under ${least}:1`;
}

/** The first text (4.5:1) or edge of a link or button (3:1) in `part` that is too faint. */
function firstShortfall(part: Element): string | undefined {
  for (const el of [part, ...part.querySelectorAll('*')]) {
    if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    const name = JSON.stringify(el.textContent.trim().slice(0, 40));
    const text = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    const edge = el.matches('a, button') && style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0;
    const found =
      (text && shortfall(`text ${name}`, style.color, backdrop(el), TEXT_CONTRAST)) ||
      (edge && rgba(style.borderTopColor)[3] > 0 && shortfall(`the edge of ${name}`, style.borderTopColor, backdrop(el.parentElement), EDGE_CONTRAST));
    if (found) return found;
  }
}

/** The pairs each widget has warned about: each once. */
const warned = new WeakMap<Element, Set<string>>();

/**
 * Measures the clinic's own colours in the crisis parts `host` shows (none shown: nothing to do).
 * A text under 4.5:1 or an edge under 3:1 switches those parts to the built-in palette and is
 * named on the console; a theme that reaches both gets its colours back.
 */
export function checkCrisisContrast(host: ReactiveElement): void {
  const parts = [...host.renderRoot.querySelectorAll(CRISIS_PARTS)];
  if (!parts.length) return;
  // The fallback is off while measuring and set again at once: no paint in between.
  host.removeAttribute(CRISIS_PALETTE);
  const failure = parts.map(firstShortfall).find(Boolean);
  host.toggleAttribute(CRISIS_PALETTE, !!failure);
  const seen = warned.get(host) ?? new Set<string>();
  warned.set(host, seen);
  if (!failure || seen.has(failure)) return;
  seen.add(failure);
  console.warn(`<trd-screener>: the theme makes crisis text hard to read: ${failure}. The crisis parts use the built-in colours.`);
}
