import { css } from 'lit';

/** The review page and the result: answer lists, option cards, sources. */
export const resultStyles = css`
  .review-section {
    margin-block-end: var(--trd-space);
  }

  .review-step {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0 var(--trd-space);
    padding-block: calc(var(--trd-space) * 0.6);
    border-block-end: 1px solid var(--trd-border);
  }

  .review-step dl {
    flex: 1 1 16rem;
    margin: 0;
  }

  .review-step dt {
    color: var(--trd-muted);
    font-size: 0.95em;
  }

  .review-step dd {
    margin: 0 0 0.4em;
    font-weight: 600;
  }

  .not-diagnosis {
    font-style: italic;
  }

  .options {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--trd-space);
  }

  .option-card {
    border: 1px solid var(--trd-border);
    border-radius: calc(var(--trd-radius) * 0.75);
    padding: var(--trd-space);
  }

  .option-card ul,
  .option-row ul,
  .cautions {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  .option-card li,
  .option-row li,
  .cautions li {
    margin-block-end: 0.35em;
  }

  .option-card .label,
  .option-row .label {
    font-weight: 600;
    color: var(--trd-muted);
    margin-block-end: 0.25em;
  }

  .option-card .want-to-ask {
    margin-block-start: 0.75em;
  }

  /* Options after the first three: one line each, opening to the full card. */
  .other-options {
    margin-block: var(--trd-space) 0.5em;
  }

  .options.compact {
    gap: 0.5em;
  }

  .option-row {
    border-block-end: 1px solid var(--trd-border);
    padding-block-end: 0.5em;
  }

  .option-row > details > summary {
    cursor: pointer;
    padding-block: 0.25em;
  }

  .option-row .want-to-ask {
    margin-block-start: 0.25em;
  }

  .result .ask {
    margin-block-start: var(--trd-space);
    font-weight: 600;
  }

  /* Small, but still a 24 px target; long web addresses wrap at 320 px. */
  .source {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    font-size: 0.85em;
    color: var(--trd-muted);
  }

  .start-over {
    margin-block-start: var(--trd-space);
  }

  /* The clinic's link starts where the summary's buttons start, not at the end like Next. */
  .contact .primary {
    margin-inline-start: 0;
  }
`;
