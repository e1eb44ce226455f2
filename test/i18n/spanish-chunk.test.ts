/**
 * The built embed (`npm test` builds it first): Spanish is not inside `dist/trd-screener.js`; it
 * is a file of its own under `dist/chunks/`, fetched only by a page that shows Spanish.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
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
    expect(spanish).to.contain('Ningún día');
    for (const word of ['Ningún día', 'Siguiente', 'Llame al 988 y oprima 2']) expect(main).not.to.contain(word);
    console.log(
      `dist/trd-screener.js ${((await gzipSize(main)) / 1024).toFixed(1)} KB gzip; dist/${chunk} ${((await gzipSize(spanish)) / 1024).toFixed(1)} KB gzip`,
    );

    const english = await page('en');
    expect(english.heading).to.equal('Before you start');
    expect(english.fetched.some((path) => path.includes('/chunks/es-'))).to.equal(false);
    const inSpanish = await page('es-US');
    expect(inSpanish.heading).to.equal('Antes de empezar');
    expect(inSpanish.fetched).to.include(`/dist/${chunk}`);
  });
});
