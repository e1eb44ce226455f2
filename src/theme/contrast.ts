/**
 * WCAG 2 colour contrast. Colours are [red, green, blue, alpha]: channels 0–255 in sRGB, alpha
 * 0–1, as a canvas reads them back.
 */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** The least contrast for text, and for the edges of controls (WCAG 1.4.3 and 1.4.11). */
export const TEXT_CONTRAST = 4.5;
export const EDGE_CONTRAST = 3;

/** Relative luminance: 0 for black, 1 for white. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

/** What `top` looks like painted over the opaque colour `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (i: number) => top[i] * top[3] + bottom[i] * (1 - top[3]);
  return [mix(0), mix(1), mix(2), 1];
}

/** `#rrggbb`, as a clinic writes its colours (alpha left out: the colour is the painted one). */
export function hex(colour: Rgba): string {
  return `#${colour.slice(0, 3).map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
