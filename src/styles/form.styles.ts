import { css } from 'lit';

/** Questions: a fieldset per question, large choice rows, inline errors. */
export const formStyles = css`
  fieldset,
  .question {
    border: 0;
    margin: 0 0 calc(var(--trd-space) * 1.25);
    padding: 0;
    min-inline-size: 0;
  }

  .question-text {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--trd-space) * 0.5);
    padding: 0;
  }

  .help {
    color: var(--trd-muted);
  }

  .credit {
    font-size: 0.85em;
  }

  .choices {
    display: grid;
    gap: calc(var(--trd-space) * 0.5);
  }

  .choices + .choices {
    margin-block-start: var(--trd-space);
  }

  /* Long grouped lists (medicines) use two columns where there is room. */
  .choices[role='group'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }

  /* The filter box hides rows and groups with the hidden attribute, which display: grid overrides. */
  [hidden] {
    display: none !important;
  }

  .group-heading {
    grid-column: 1 / -1;
    font-size: 0.95em;
    color: var(--trd-muted);
    text-transform: none;
    margin: calc(var(--trd-space) * 0.5) 0 0;
  }

  /*
   * Box and text sit at the top, the box centred on the first line: in two columns, a row beside
   * a longer one (a name on two lines) keeps its text on the same line as its neighbour's.
   */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    align-content: start;
    column-gap: 0.75em;
    border: 1px solid var(--trd-border);
    border-radius: calc(var(--trd-radius) * 0.66);
    background: var(--trd-background);
    padding-inline: 0.85em;
  }

  .choice:hover {
    border-color: var(--trd-accent);
  }

  /* Set by the template from the answers (the row of a checked input). */
  .choice.checked {
    border-color: var(--trd-accent);
    background: var(--trd-surface);
    box-shadow: inset 0 0 0 1px var(--trd-accent);
  }

  .choice:has(input:focus-visible) {
    outline: 3px solid var(--trd-accent);
    outline-offset: 2px;
  }

  .choice input {
    inline-size: max(24px, 1.3em);
    block-size: max(24px, 1.3em);
    margin: 0;
    /* In the label's font size (an input's own is smaller), to meet its first line. */
    font-size: inherit;
    margin-block-start: calc(0.6em + (1.5em - max(24px, 1.3em)) / 2);
    accent-color: var(--trd-accent);
    cursor: pointer;
  }

  .choice input:focus-visible {
    outline: none;
  }

  .choice label {
    min-block-size: 2.75rem;
    padding-block: 0.6em;
    display: flex;
    align-items: flex-start;
    cursor: pointer;
  }

  .option-help {
    grid-column: 2;
    color: var(--trd-muted);
    font-size: 0.875em;
    margin-block: -0.4em 0.6em;
  }

  .text-input {
    font: inherit;
    inline-size: 100%;
    max-inline-size: 28rem;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--trd-muted);
    border-radius: calc(var(--trd-radius) * 0.5);
    color: inherit;
    background: var(--trd-background);
  }

  .field-error {
    color: var(--trd-error);
    font-weight: 600;
    border-inline-start: 4px solid var(--trd-error);
    padding-inline-start: 0.6em;
  }

  [aria-invalid='true'].text-input {
    border-color: var(--trd-error);
  }

  /* Only hovering eases: a row reused for the next step must not fade out the last choice. */
  @media (prefers-reduced-motion: no-preference) {
    .choice:hover {
      transition: border-color 0.15s ease;
    }
  }

  @media (forced-colors: active) {
    .choice.checked {
      outline: 2px solid Highlight;
    }

    .choice:has(input:focus-visible) {
      outline: 3px solid Highlight;
    }
  }
`;
