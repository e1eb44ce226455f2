/**
 * What a person sees in the crisis parts (crisis panel, banner, welcome notice) or the whole
 * card: every text on what it is painted on, and every bordered link or button against what is
 * around it, as contrast ratios. Colours are read through a canvas, so any CSS colour counts, translucent
 * ones layered over what lies beneath.
 */
import { contrast, over, type Rgba } from '../../src/theme/contrast.js';
import { chooseAndLeave } from '../a11y/a11y-helpers.js';
import type { ScreenerDriver } from '../helpers/element-driver.js';

export const CRISIS_PARTS = '[part="crisis"], [part="crisis-banner"], .notice';

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

function read(colour: string): Rgba {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** The backgrounds from `el` up to the first opaque one (the test page itself is white). */
function paintedOn(el: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const layer = read(getComputedStyle(node).backgroundColor);
    layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((under, layer) => over(layer, under), [255, 255, 255, 1]);
}

export interface Pair {
  what: string;
  ratio: number;
  least: number;
}

const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

/** Every text and every link or button edge shown in `parts` (the crisis parts), with its contrast. */
export function colourPairs(root: ShadowRoot, parts = CRISIS_PARTS): Pair[] {
  const pairs: Pair[] = [];
  for (const part of root.querySelectorAll(parts)) {
    for (const el of [part, ...part.querySelectorAll('*')]) {
      if (!el.checkVisibility() || el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      const name = `${part.getAttribute('part') ?? part.className} "${el.textContent.trim().slice(0, 30)}"`;
      if (ownText(el)) {
        const back = paintedOn(el);
        pairs.push({ what: `text ${name}`, ratio: contrast(over(read(style.color), back), back), least: 4.5 });
      }
      const edge = read(style.borderTopColor);
      if (el.matches('a, button') && style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0 && edge[3] > 0) {
        const around = paintedOn(el.parentElement);
        pairs.push({ what: `edge of ${name}`, ratio: contrast(over(edge, around), around), least: 3 });
      }
    }
  }
  return pairs;
}

/** The pairs under their least contrast, as lines for an assertion message. */
export function faint(root: ShadowRoot, parts = CRISIS_PARTS): string[] {
  return colourPairs(root, parts)
    .filter((p) => p.ratio < p.least)
    .map((p) => `${p.what}: ${p.ratio.toFixed(2)}:1`);
}

type View = [name: string, reach: (d: ScreenerDriver) => Promise<void>];

/** Views holding every crisis part: the welcome notice, both panels, the banner on a step. */
export const CRISIS_VIEWS: View[] = [
  ['welcome notice', async () => {}],
  ['support panel', async (d) => {
    await d.walkTo('asq-1');
    await chooseAndLeave(d, 'asq-1', 'yes');
  }],
  ['banner on a step', async (d) => {
    await d.walkTo('asq-1');
    await chooseAndLeave(d, 'asq-1', 'yes');
    await d.click(d.ui.nav.continue);
  }],
  ['urgent panel', async (d) => {
    await d.walkTo('asq-5', { 'asq-1': 'yes' });
    await chooseAndLeave(d, 'asq-5', 'yes');
  }],
];

/** A question with its answer chosen (the chosen row takes the surface colour). */
export const CHOSEN_ANSWER: View = ['chosen answer', async (d) => {
  await d.walkTo('phq9-1');
  await d.choose('phq9-1', 'several-days');
}];
