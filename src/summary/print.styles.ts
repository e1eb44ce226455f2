import { css } from 'lit';

/**
 * The printout: black on white (no colour carries meaning), compact enough for one US Letter or
 * A4 page with six medicines. No page size is set, so the printer's paper is used. An escalated
 * safety level is told by a heavy box and capitals, which survive any printer.
 */
export const printStyles = css`
  @page {
    margin: 10mm 12mm;
  }

  html {
    font: 9pt/1.3 system-ui, 'Segoe UI', Roboto, Arial, sans-serif;
    color: #000;
    background: #fff;
  }

  body {
    margin: 0;
  }

  h1 {
    font-size: 14pt;
    line-height: 1.2;
    margin: 0;
  }

  h2 {
    font-size: 10pt;
    margin: 0 0 2pt;
    border-bottom: 0.75pt solid #000;
  }

  p,
  ul,
  ol,
  dl {
    margin: 0 0 2pt;
  }

  ul,
  ol {
    padding-inline-start: 12pt;
  }

  section {
    margin-block-end: 6pt;
    break-inside: avoid;
  }

  header {
    margin-block-end: 6pt;
  }

  .self-report {
    font-weight: 700;
  }

  .label {
    font-weight: 700;
  }

  dt {
    display: inline;
    font-weight: 700;
  }

  dd {
    display: inline;
    margin: 0;
  }

  .inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 10pt;
  }

  /* A blank to fill in by hand: a line to write on. */
  .blank {
    display: inline-block;
    min-inline-size: 45mm;
    border-bottom: 0.75pt solid #000;
  }

  .safety {
    border: 1pt solid #000;
    padding: 3pt 7pt;
  }

  .safety h2 {
    border: 0;
    font-size: 10.5pt;
  }

  .safety--support,
  .safety--urgent {
    border-width: 3pt;
  }

  .safety--support .status,
  .safety--urgent .status {
    text-transform: uppercase;
    font-weight: 800;
  }

  .safety--urgent h2 {
    font-size: 12.5pt;
  }

  .triggers {
    margin: 0 0 2pt;
  }

  .triggers strong {
    font-weight: 800;
  }

  .banner {
    font-style: italic;
    margin: 0;
  }

  /* The clinic's language (clinic-lang) beside the patient's: set apart, never louder. */
  .gloss {
    font-weight: 400;
    font-style: italic;
  }

  th .gloss {
    display: block;
  }

  .safety.bilingual {
    display: grid;
    grid-template-columns: 1fr 1fr;
    column-gap: 7pt;
  }

  .safety .clinic-lang {
    border-inline-start: 0.75pt dashed #000;
    padding-inline-start: 7pt;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 8.5pt;
    line-height: 1.2;
    margin-block-start: 2pt;
  }

  th,
  td {
    border: 0.75pt solid #000;
    padding: 1.5pt 3pt;
    text-align: start;
    vertical-align: top;
  }

  /* A row stays on one line; only the column headings wrap. */
  td,
  tbody th {
    white-space: nowrap;
  }

  thead th,
  tbody th {
    font-weight: 700;
  }

  /* The column headings wrap (twice over with the clinic's language): a size smaller. */
  thead th {
    font-size: 8pt;
  }

  .columns {
    column-count: 2;
    column-gap: 12pt;
  }

  /* Half a page wide: a little smaller, so that a heading in two languages keeps to one line. */
  .columns h2 {
    font-size: 9.5pt;
  }

  /* Lists that run on as one paragraph, entries separated by dots (numbered when ordered). */
  .run-in {
    padding: 0;
    counter-reset: entry;
  }

  .run-in li {
    display: inline;
  }

  .run-in li + li::before {
    content: ' · ';
  }

  ol.run-in li::before {
    counter-increment: entry;
    content: counter(entry) '.\\00a0';
  }

  /* An em space before each number; a number never ends a line. */
  ol.run-in li + li::before {
    content: '\\2003' counter(entry) '.\\00a0';
  }

  .notes h2 {
    border: 0;
  }

  .notes-box {
    block-size: 19mm;
    border: 0.75pt solid #000;
  }

  .run-in-heading > .run-in {
    display: inline;
  }

  /* The options the patient wants to ask about take some of the notes' room: still one page. */
  main:has(.section--want-to-ask) .notes-box,
  main:has(.clinic-lang) .notes-box {
    block-size: 8mm;
  }

  /* Two languages (clinic-lang): a little smaller, sections closer together. */
  html:has(.clinic-lang) {
    font-size: 8.5pt;
  }

  main:has(.clinic-lang) section {
    margin-block-end: 4pt;
  }

  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 12pt;
    font-size: 7.5pt;
  }

  footer p {
    margin: 0;
  }
`;
