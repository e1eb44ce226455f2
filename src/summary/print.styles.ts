import { css } from 'lit';

/** The printed summary: black on white, compact, one page where it fits. */
export const printStyles = css`
  body {
    font: 11pt/1.45 system-ui, sans-serif;
    color: #111;
    margin: 0;
  }

  h1 {
    font-size: 16pt;
    margin: 0 0 4pt;
  }

  h2 {
    font-size: 12.5pt;
    margin: 14pt 0 4pt;
    border-bottom: 1px solid #999;
  }

  h3 {
    font-size: 11pt;
    margin: 10pt 0 2pt;
  }

  p,
  ul {
    margin: 0 0 4pt;
  }

  .subtitle {
    color: #333;
  }

  .banner {
    border: 2px solid #111;
    padding: 6pt 8pt;
    margin: 8pt 0;
    font-weight: 600;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(10em, 40%);
    gap: 3pt 12pt;
    margin: 0 0 4pt;
  }

  dt,
  dd {
    margin: 0;
    break-inside: avoid;
  }

  dd {
    font-weight: 600;
  }

  footer {
    margin-top: 16pt;
    font-size: 9.5pt;
    color: #333;
  }
`;
