import { unsafeCSS } from 'lit';

/**
 * The default colours, each a light and a dark value. Browsers with light-dark() (Chrome 123,
 * Firefox 120, Safari 17.5) get both and follow the page's color-scheme; older ones get the light
 * values, instead of custom properties that resolve to nothing (transparent buttons and panels).
 * The same defaults are the crisis parts' own palette when a theme leaves their text too faint
 * (CrisisContrastController sets `crisis-palette` on the host).
 */
const COLOURS = [
  ['accent', '#1b5e8a', '#8cc8f2'],
  ['text', '#1e2a33', '#e9eef2'],
  ['muted', '#4a5863', '#b7c3cd'],
  ['background', '#ffffff', '#15212b'],
  ['surface', '#f3f6f9', '#1f2d39'],
  ['border', '#c5d0da', '#5a6b79'],
  ['crisis-accent', '#34508f', '#b3c4f5'],
  ['crisis-surface', '#eef1fa', '#202a45'],
  ['on-accent', '#ffffff', '#0e1a24'],
  ['error', '#8f1d1d', '#ffb3aa'],
] as const;

const SCOPE = ':host,:host([crisis-palette]) :is(.crisis,.crisis-banner,.notice)';

const rule = (value: (light: string, dark: string) => string) =>
  `${SCOPE}{${COLOURS.map(([name, light, dark]) => `--trd-${name}:${value(light, dark)}`).join(';')}}`;

export const paletteStyles = unsafeCSS(
  `${rule((light, dark) => `light-dark(${light},${dark})`)}@supports not (color:light-dark(#000,#fff)){${rule((light) => light)}}`,
);
