import { css } from 'lit';
import { crisisStyles } from './styles/crisis.styles.js';
import { formStyles } from './styles/form.styles.js';
import { paletteStyles } from './styles/palette.styles.js';
import { resultStyles } from './styles/result.styles.js';
import { summaryActionsStyles } from './summary/actions.styles.js';

/**
 * Calm, readable defaults a clinic can restyle through `--trd-*` properties and parts. Crisis
 * colours are a quiet blue, never an alarm red; every target is at least 44 px tall (24 px for
 * the smallest links), text and controls keep 4.5:1 in light and dark schemes, focus rings 3:1.
 */
const base = css`
  /* The colours come from palette.styles.ts; the crisis parts keep its text colour too. */
  :host,
  :host([crisis-palette]) :is(.crisis, .crisis-banner, .notice) {
    color: var(--trd-text);
  }

  :host {
    --trd-radius: 12px;
    --trd-font-family: inherit;
    --trd-font-size: 1.0625rem;
    --trd-space: 1rem;

    display: block;
    font-family: var(--trd-font-family);
    font-size: var(--trd-font-size);
    line-height: 1.5;
    text-align: start;
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    background: var(--trd-background);
    border: 1px solid var(--trd-border);
    border-radius: var(--trd-radius);
    padding: clamp(calc(var(--trd-space) * 0.75), 4vw, calc(var(--trd-space) * 2));
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--trd-space) * 0.5);
  }

  h2 {
    font-size: clamp(1.25em, 1em + 1.5vw, 1.5em);
  }

  h3 {
    font-size: 1.15em;
    margin-block-start: calc(var(--trd-space) * 1.5);
  }

  h4 {
    font-size: 1.05em;
  }

  p {
    margin: 0 0 calc(var(--trd-space) * 0.75);
  }

  /* Headings and panels take focus only to be announced; they are not controls. */
  [data-view-focus]:focus {
    outline: none;
  }

  :focus-visible {
    outline: 3px solid var(--trd-accent);
    outline-offset: 2px;
  }

  a {
    color: var(--trd-accent);
    text-underline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .progress {
    color: var(--trd-muted);
    margin-block-end: var(--trd-space);
  }

  .progress-bar {
    display: block;
    block-size: 4px;
    margin-block-start: 0.4em;
    background: var(--trd-surface);
    border-radius: 2px;
    overflow: hidden;
  }

  .progress-bar > span {
    display: block;
    block-size: 100%;
    background: var(--trd-accent);
  }

  /* A panel inside the card: the welcome notice, the result's summary. */
  .notice,
  .summary {
    background: var(--trd-surface);
    border-radius: calc(var(--trd-radius) * 0.75);
    padding: var(--trd-space);
    margin-block: var(--trd-space);
  }

  .notice h3,
  .summary h3 {
    margin-block-start: 0;
  }

  /* Narrower sides, so that the call and text buttons sit side by side on a 320 px phone. */
  .notice {
    padding-inline: calc(var(--trd-space) * 0.625);
  }

  .notice h3 {
    font-size: 1em;
  }

  .notice p:last-child,
  .summary p:last-child {
    margin-block-end: 0;
  }

  /* The first words of a crisis panel or of a result after a support answer. */
  .lead {
    font-size: 1.1em;
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--trd-space) * 0.75);
    align-items: center;
    margin-block-start: calc(var(--trd-space) * 1.5);
  }

  .actions .primary {
    margin-inline-start: auto;
  }

  button,
  a[part='button'] {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1.4em;
    border-radius: var(--trd-radius);
    border: 2px solid var(--trd-accent);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
  }

  .primary {
    background: var(--trd-accent);
    color: var(--trd-on-accent);
  }

  .secondary {
    background: transparent;
    color: var(--trd-accent);
  }

  /* A link-like button (Edit, Start over): its text lines up with the text around it. */
  .quiet {
    background: transparent;
    border-color: transparent;
    border-inline-width: 0;
    color: var(--trd-accent);
    font-weight: 400;
    text-decoration: underline;
    padding-inline: 0;
    min-inline-size: max(24px, 1.5rem);
    min-block-size: max(24px, 1.5rem);
    justify-content: flex-start;
  }

  /* persist="session": answers are kept in the tab, with the button that clears them. */
  .saved-note {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.5em;
    margin-block: var(--trd-space) 0;
    color: var(--trd-muted);
    font-size: 0.9em;
  }

  .help-now {
    margin-block-start: calc(var(--trd-space) * 1.5);
    border-block-start: 1px solid var(--trd-border);
    padding-block-start: calc(var(--trd-space) * 0.5);
  }

  summary {
    cursor: pointer;
    color: var(--trd-accent);
    font-weight: 700;
    padding-block: 0.6em;
  }

  .error-detail {
    white-space: pre-line;
    background: var(--trd-surface);
    padding: var(--trd-space);
    border-radius: calc(var(--trd-radius) * 0.5);
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .progress-bar > span {
      transition: inline-size 0.3s ease;
    }
  }

  /* High contrast themes drop backgrounds and shadows: keep every box, bar and ring visible. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }

    .progress-bar {
      border: 1px solid CanvasText;
    }

    .progress-bar > span {
      background: Highlight;
    }

    .notice,
    .summary {
      border: 1px solid CanvasText;
    }

    .quiet {
      border-color: transparent;
    }
  }
`;

export const styles = [paletteStyles, base, formStyles, crisisStyles, resultStyles, summaryActionsStyles];
