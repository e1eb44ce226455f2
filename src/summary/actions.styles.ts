import { css } from 'lit';

/** The summary's actions: the optional printout fields, the notice and the copy-by-hand text. */
export const summaryActionsStyles = css`
  .summary-actions .actions {
    margin-block-start: calc(var(--trd-space) * 0.75);
  }

  /* On a phone each wraps to its own line: all as wide as the line, none narrower than the rest. */
  .summary-actions .actions > button {
    flex: 1 1 auto;
  }

  .summary-actions > .help {
    font-size: 0.9em;
    margin-block-start: calc(var(--trd-space) * 0.5);
  }

  .personal .help {
    margin-block-start: 0;
  }

  .summary-field label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }

  .summary-field .help {
    display: block;
    margin-block-end: 0.25em;
  }

  .summary-notice:empty {
    margin: 0;
  }

  .summary-notice:not(:empty) {
    font-weight: 600;
  }

  .summary-text {
    max-inline-size: none;
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    resize: vertical;
  }
`;
