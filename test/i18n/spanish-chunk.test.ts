/**
 * The built embed (`npm test` builds it first): Spanish is not inside `dist/trd-screener.js`; it
 * is a file of its own under `dist/chunks/`, fetched only by a page that shows Spanish. Part of
 * it (the PHQ-9 and ASQ wording) is in a chunk the Spanish file imports, which the bank check
 * shares (it compares a Spanish bank with the published wording): the Spanish files are the
 * Spanish chunk and the chunks it imports that hold Spanish.
 */
import { expect, waitUntil } from '@open-wc/testing';

const SPANISH_WORDS = ['Ningún día', 'Siguiente', 'Llame al 988 y oprima 2'];

/** The chunks a built chunk imports statically (Vite writes `from"./name-hash.js"`). */
function importsOf(code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => `chunks/${m[1]}`);
}

/** A page with only the built embed and the element; resolves once a heading is shown. */
async function page(lang: string): Promise<{ heading: string; fetched: string[] }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script type="module" src="/dist/trd-screener.js"></script></head><body><trd-screener></trd-screener></body></html>`;
  document.body.append(frame);
  const heading = () => frame.contentDocument?.querySelector('trd-screener')?.shadowRoot?.querySelector('h2');
  await waitUntil(heading, 'no heading', { timeout: 10000 });
  const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  const text = heading()!.textContent ?? '';
  frame.remove();
  return { heading: text, fetched };
}

describe('Spanish in the build', () => {
  it('is its own file, loaded only when a screen is shown in Spanish', async () => {
    const main = await (await fetch('/dist/trd-screener.js')).text();
    const chunk = main.match(/chunks\/es-[\w-]+\.js/)?.[0];
    expect(chunk, 'run `vite build` first').to.be.a('string');
    const spanish = await (await fetch(`/dist/${chunk}`)).text();
    // The Spanish chunk, and those it imports that hold Spanish (the instruments' wording).
    const spanishFiles: Record<string, string> = { [chunk!]: spanish };
    for (const path of importsOf(spanish)) {
      const code = await (await fetch(`/dist/${path}`)).text();
      if (SPANISH_WORDS.some((word) => code.includes(word))) spanishFiles[path] = code;
    }
    const allSpanish = Object.values(spanishFiles).join('\n');
    for (const word of SPANISH_WORDS) expect(allSpanish, `"${word}" in the Spanish files`).to.contain(word);
    for (const word of SPANISH_WORDS) expect(main).not.to.contain(word);

    const english = await page('en');
    expect(english.heading).to.equal('Before you start');
    expect(english.fetched.some((path) => path.includes('/chunks/es-'))).to.equal(false);
    const spanishPaths = Object.keys(spanishFiles).map((path) => `/dist/${path}`);
    expect(english.fetched.filter((path) => spanishPaths.includes(path)), 'an English page fetches no Spanish').to.deep.equal([]);
    const inSpanish = await page('es-US');
    expect(inSpanish.heading).to.equal('Antes de empezar');
    expect(inSpanish.fetched).to.include.members(spanishPaths);
  });
});
