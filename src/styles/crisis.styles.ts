import { css } from 'lit';

/** Crisis panel, banner and resource lists: calm blue, clear links, large targets. */
export const crisisStyles = css`
  .crisis {
    background: var(--trd-crisis-surface);
    border-inline-start: 6px solid var(--trd-crisis-accent);
    border-radius: calc(var(--trd-radius) * 0.75);
    padding: clamp(calc(var(--trd-space) * 0.75), 4vw, calc(var(--trd-space) * 1.5));
  }

  /* The urgent panel differs at a glance (CLINICAL.md §4.3): a full frame, a larger heading, an icon. */
  .crisis--urgent {
    border: 3px solid var(--trd-crisis-accent);
    border-inline-start-width: 10px;
  }

  .crisis--urgent h2 {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-size: clamp(1.4em, 1.1em + 2vw, 1.75em);
  }

  .crisis-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: var(--trd-crisis-accent);
  }

  .crisis .hint {
    color: var(--trd-muted);
    margin-block-start: var(--trd-space);
  }

  .resources {
    list-style: none;
    margin: var(--trd-space) 0;
    padding: 0;
    display: grid;
    gap: calc(var(--trd-space) * 0.75);
  }

  .resource {
    padding-block-end: calc(var(--trd-space) * 0.75);
    border-block-end: 1px solid var(--trd-border);
  }

  .resource:last-child {
    border-block-end: 0;
  }

  .resource-name {
    font-weight: 700;
  }

  .resource p {
    margin: 0;
  }

  .resource-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.4em calc(var(--trd-space) * 0.75);
  }

  .resource .resource-links {
    margin-block-end: 0;
  }

  .resource-link,
  .call {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0.35em 0.8em;
    border: 2px solid var(--trd-crisis-accent);
    border-radius: var(--trd-radius);
    color: var(--trd-crisis-accent);
    background: var(--trd-background);
    font-weight: 700;
    text-decoration: none;
  }

  .call {
    background: var(--trd-crisis-accent);
    color: var(--trd-on-accent);
    font-size: 1.15em;
    padding-inline: 1.4em;
  }

  .crisis-banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    background: var(--trd-crisis-surface);
    border-inline-start: 4px solid var(--trd-crisis-accent);
    border-radius: calc(var(--trd-radius) * 0.5);
    padding: 0.5em 0.85em;
    margin-block-end: var(--trd-space);
    font-size: 0.95em;
  }

  .crisis-banner p {
    margin: 0;
  }

  .crisis-banner .resource-link {
    min-block-size: 2.25rem;
    padding-block: 0.15em;
  }

  @media (forced-colors: active) {
    .crisis,
    .crisis-banner {
      border: 2px solid CanvasText;
    }

    .crisis-icon {
      fill: CanvasText;
    }
  }
`;
