// A test-runner command that prints an HTML document to PDF in the test's own Chromium, on US
// Letter and on A4, and tells the test how many pages each has and what text is on them.
// The PDFs (and a PNG of each Letter one, when poppler's pdftoppm is installed) are written to
// test-output/summary/ for people to look at; the A4 PDF differs only in its paper.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const SUMMARY_PDF_COMMAND = 'summary-pdf';

/** The text of each page of a PDF, read with Mozilla's PDF.js. */
async function pdfPages(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}
const OUT_DIR = 'test-output/summary';
const FORMATS = ['letter', 'a4'];
const PICTURED = 'letter';

async function pngOf(pdfFile) {
  const base = pdfFile.replace(/\.pdf$/, '');
  try {
    await promisify(execFile)('pdftoppm', ['-png', '-r', '110', '-singlefile', pdfFile, base]);
    return `${base}.png`;
  } catch {
    return null; // pdftoppm is not installed: the PDF alone is kept.
  }
}

/**
 * `payload`: `{ name, html }`. Returns `{ letter: { pages, pdf, png }, a4: { pages, pdf, png: null } }`, or
 * `{ unsupported: true }` outside Chromium (the command must return something to count as run).
 */
export function summaryPdfPlugin() {
  return {
    name: 'summary-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== SUMMARY_PDF_COMMAND) return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return { unsupported: true };
      const name = String(payload.name).replace(/[^a-z0-9-]/gi, '-');
      await mkdir(OUT_DIR, { recursive: true });
      const page = await session.browser.getPage(session.id).browser().newPage();
      try {
        await page.setContent(payload.html, { waitUntil: 'load' });
        const results = {};
        for (const format of FORMATS) {
          const pdf = Buffer.from(await page.pdf({ format }));
          const file = `${OUT_DIR}/${name}-${format}.pdf`;
          await writeFile(file, pdf);
          results[format] = { pages: await pdfPages(pdf), pdf: file, png: format === PICTURED ? await pngOf(file) : null };
        }
        return results;
      } finally {
        await page.close();
      }
    },
  };
}
