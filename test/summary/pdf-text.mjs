// Reads the pages of a PDF written by Chromium (Skia): how many there are, and the text on each.
// Enough of the format for our own printouts (Type0 fonts with ToUnicode maps, Flate streams),
// so the suite needs no PDF tool installed.
import { inflateSync } from 'node:zlib';

/** Every `n 0 obj`: its dictionary text and, for a stream, its inflated data (skipped by length). */
function objectsOf(pdf) {
  const text = pdf.toString('latin1');
  const objects = new Map();
  const header = /(\d+) 0 obj\b/g;
  for (let match; (match = header.exec(text)); ) {
    const from = header.lastIndex;
    const end = text.indexOf('endobj', from);
    const streamAt = text.indexOf('stream', from);
    if (streamAt === -1 || streamAt > end) {
      objects.set(match[1], { dict: text.slice(from, end), data: null });
      continue;
    }
    const dict = text.slice(from, streamAt);
    let start = streamAt + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const raw = pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0));
    const data = /\/FlateDecode/.test(dict) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    objects.set(match[1], { dict, data });
    header.lastIndex = start + raw.length;
  }
  return objects;
}

const utf16 = (hex) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

/** A ToUnicode CMap as code → text (bfchar and bfrange entries). */
function cmapOf(source) {
  const map = new Map();
  for (const [, block] of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, text] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), utf16(text));
  for (const [, block] of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, text] of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const first = parseInt(text, 16);
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) map.set(code, String.fromCharCode(first + code - parseInt(from, 16)));
    }
  return map;
}

const refs = (text) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => m[1]);

/** The text a content stream shows, font by font; runs are joined with spaces. */
function textOf(content, fonts) {
  const runs = [];
  let cmap = new Map();
  for (const [, font, hex] of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>/g)) {
    if (font) cmap = fonts.get(font) ?? new Map();
    else {
      let run = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) run += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      runs.push(run);
    }
  }
  return runs.join(' ');
}

/** The pages of the PDF in order, each with its text. */
export function pdfPages(pdf) {
  const objects = objectsOf(pdf);
  const get = (id) => objects.get(id) ?? { dict: '', data: null };
  const pageIds = (id) => {
    const { dict } = get(id);
    if (/\/Type \/Pages/.test(dict)) return refs(/\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '').flatMap(pageIds);
    return /\/Type \/Page\b/.test(dict) ? [id] : [];
  };
  const catalog = [...objects.values()].find(({ dict }) => /\/Type \/Catalog/.test(dict));
  const root = /\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1];
  return (root ? pageIds(root) : []).map((id) => {
    const { dict } = get(id);
    const fontBlock = /\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? '';
    const fonts = new Map(
      [...fontBlock.matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name, fontId]) => {
        const unicode = /\/ToUnicode (\d+) 0 R/.exec(get(fontId).dict)?.[1];
        return [name, cmapOf(unicode ? (get(unicode).data ?? '') : '')];
      }),
    );
    const contents = /\/Contents (\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? '';
    return { text: refs(contents).map((c) => textOf(get(c).data ?? '', fonts)).join(' ') };
  });
}
