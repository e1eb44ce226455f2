import { expect } from '@open-wc/testing';
import bank from '../questions/bank.en.js';
import { COMPILE_HINT } from '../scripts/compile-hint.js';
import { loadFrame, until } from './helpers/frames.js';

/** Checks the built files themselves (`npm test` builds them first), not the sources. */

const ENTRY = '/dist/trd-screener.js';
const ALL_IN_ONE = '/dist/trd-screener.all.js';
const TOOLS = '/dist/tools.js';

/** The public contract's budget for the embed. */
const CONTRACT_BUDGET_BYTES = 40 * 1024;
/**
 * The one-file build has no budget in the contract: it is the embed with every lazy part and
 * Spanish inside (about 79 KB, of which the FHIR export's LOINC codes ≈ 0.9 KB). The ceiling
 * keeps it from growing unnoticed.
 */
const ALL_IN_ONE_CEILING_BYTES = 80 * 1024;

/** A static `import … from "…"`, `import "…"` or `export … from "…"` in minified code. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^;]*?)?\bfrom\s*["'`]|(?:^|[;}\s])import\s*["'`]/m;
const DYNAMIC_IMPORT = /\bimport\(([^)]*)\)/g;
const OWN_CHUNK = /^(["'`])\.\/chunks\/[\w-]+\.js\1$/;

/**
 * Gzip size at zlib's default level (what CompressionStream uses): a few dozen bytes above
 * `gzip -9` at this size, so never kinder than the figures the README gives.
 */
async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function builtFile(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path}: run \`npm run build\` first`).to.equal(true);
  return response.text();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunks the embed can load, found by following the file names in the built code. */
async function chunkPaths(): Promise<string[]> {
  const found = new Set<string>();
  const queue = [...(await builtFile(ENTRY)).matchAll(/chunks\/[\w-]+\.js/g)].map(([path]) => path);
  for (let path = queue.pop(); path; path = queue.pop()) {
    if (found.has(path)) continue;
    found.add(path);
    for (const [, sibling] of (await builtFile(`/dist/${path}`)).matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)) {
      queue.push(`chunks/${sibling}`);
    }
  }
  return [...found].sort();
}

/** Waits until a page's widget shows a titled step with a button of that name. */
async function showsStepWith(element: Element, buttonName: string): Promise<void> {
  const buttons = () => [...(element.shadowRoot?.querySelectorAll('button') ?? [])];
  await until(() => buttons().some((button) => button.textContent?.trim() === buttonName));
  expect(element.shadowRoot!.querySelector('h2, h1')?.textContent).to.match(/\S/);
}

const pageErrors = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { pageErrors: string[] }).pageErrors;

/** Loads a fixture page: its `<trd-screener>` shows the first English step, and the page has no errors. */
async function showsEnglishScreenOn(page: string): Promise<void> {
  const frame = await loadFrame(page);
  const win = frame.contentWindow!;
  await until(() => win.customElements.get('trd-screener'));
  await showsStepWith(win.document.querySelector('trd-screener')!, 'Start');
  expect(pageErrors(frame)).to.deep.equal([]);
  frame.remove();
}

describe('built embed dist/trd-screener.js', () => {
  it(`is at most ${CONTRACT_BUDGET_BYTES / 1024} KB gzip, the contract's budget`, async () => {
    const size = await gzipSize(await builtFile(ENTRY));
    expect(size, `${kb(size)} gzip (npm run size lists every file)`).to.be.at.most(CONTRACT_BUDGET_BYTES);
  });

  it('imports no other file statically, and lazily only its own chunks', async () => {
    const code = await builtFile(ENTRY);
    expect(code.match(STATIC_IMPORT)?.[0], 'a static import').to.equal(undefined);
    const lazy = [...code.matchAll(DYNAMIC_IMPORT)].map(([, specifier]) => specifier.trim());
    expect(lazy.filter((specifier) => !OWN_CHUNK.test(specifier))).to.deep.equal([]);
    // Preload hints too name chunks relative to the file, which a clinic may host anywhere.
    const named = [...code.matchAll(/(["'`])[^"'`]*chunks\/[\w-]+\.js\1/g)].map(([specifier]) => specifier);
    expect(named.filter((specifier) => !OWN_CHUNK.test(specifier))).to.deep.equal([]);
  });

  it('asks the browser, on its first line, to compile its functions while it downloads', async () => {
    expect((await builtFile(ENTRY)).split('\n', 1)[0]).to.equal(COMPILE_HINT);
  });

  it('works on a plain HTML page that only loads the file (twice) and uses the tag', async () => {
    await showsEnglishScreenOn('/test/fixtures/plain-page.html');
  });
});

describe('lazy chunks dist/chunks/', () => {
  it('are found from the embed; their sizes are printed', async () => {
    const paths = await chunkPaths();
    expect(paths, 'at least the Spanish chunk').to.not.be.empty;
  });

  it('carry no compile hint, and neither does the one-file build: most visits never run all of them', async () => {
    for (const path of [...(await chunkPaths()).map((chunk) => `/dist/${chunk}`), ALL_IN_ONE])
      expect(await builtFile(path), path).to.not.include(COMPILE_HINT);
  });
});

describe('one-file build dist/trd-screener.all.js', () => {
  it(`stays under its ${ALL_IN_ONE_CEILING_BYTES / 1024} KB gzip ceiling`, async () => {
    const size = await gzipSize(await builtFile(ALL_IN_ONE));
    expect(size).to.be.at.most(ALL_IN_ONE_CEILING_BYTES);
  });

  it('imports nothing, statically or lazily', async () => {
    const code = await builtFile(ALL_IN_ONE);
    expect(code.match(STATIC_IMPORT)?.[0], 'a static import').to.equal(undefined);
    expect([...code.matchAll(DYNAMIC_IMPORT)].map(([call]) => call)).to.deep.equal([]);
  });

  it('works alone on a plain HTML page, in English and in Spanish, fetching nothing else', async () => {
    const frame = await loadFrame('/test/fixtures/all-in-one-page.html');
    const win = frame.contentWindow!;
    await until(() => win.customElements.get('trd-screener'));
    const [english, spanish] = win.document.querySelectorAll('trd-screener');
    await showsStepWith(english, 'Start');
    await showsStepWith(spanish, 'Empezar');
    const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(fetched.filter((path) => path.startsWith('/dist/'))).to.deep.equal([ALL_IN_ONE]);
    expect(pageErrors(frame)).to.deep.equal([]);
    frame.remove();
  });

  it('shares a page with the embed (each defines the tag only if it is not yet defined)', async () => {
    await showsEnglishScreenOn('/test/fixtures/both-builds-page.html');
  });
});

describe('tools build dist/tools.js', () => {
  it('is one module that imports nothing and gives the helpers', async () => {
    const code = await builtFile(TOOLS);
    expect(code.match(STATIC_IMPORT)?.[0], 'a static import').to.equal(undefined);
    expect(code.match(DYNAMIC_IMPORT)).to.equal(null);
    const tools = (await import(/* @vite-ignore */ TOOLS)) as typeof import('../src/tools.js');
    expect(tools.validateBank(bank).ok).to.equal(true);
    expect(tools.validateBank({}).ok).to.equal(false);
    const questionnaire = tools.toQuestionnaire(bank);
    expect(questionnaire.resourceType).to.equal('Questionnaire');
    expect(questionnaire.item?.length).to.be.greaterThan(0);
  });
});
