import { transform as transformCss } from 'lightningcss';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside lit's css`…` templates in the style modules at build time: the bundler
 * minifies the JavaScript around them but keeps template text as written (indentation, comments).
 * Interpolations `${…}` stay as they are: each is a placeholder while the CSS is minified. Only
 * one in a declaration's value is safe that way (the minifier merges rules, and would move one
 * standing for a selector or whole rules), and its placeholder must come back once, in order;
 * any other template is left as written.
 */

const STYLE_MODULE = /[\\/]src[\\/](?:.+\.styles\.ts|styles[\\/][^\\/]+\.ts)$/;
const placeholder = (index: number) => `--trd-css-slot-${index}--`;

interface Span {
  start: number;
  end: number;
}
interface TemplateElement extends Span {
  value: { raw: string; cooked: string | null };
}
interface CssTemplate {
  quasis: TemplateElement[];
}

/** Every css`…` template in a module's syntax tree. */
function cssTemplates(node: unknown, found: CssTemplate[] = []): CssTemplate[] {
  if (Array.isArray(node)) {
    for (const child of node) cssTemplates(child, found);
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown> & { type?: string; tag?: { type?: string; name?: string } };
    if (record.type === 'TaggedTemplateExpression' && record.tag?.type === 'Identifier' && record.tag.name === 'css') {
      found.push(record.quasi as CssTemplate);
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'parent') cssTemplates(child, found);
  }
  return found;
}

/** Whether a placeholder between these texts stands in a declaration's value (`color: ${…};`). */
function inDeclarationValue(before: string, after: string): boolean {
  const text = before.replace(/\/\*[\s\S]*?\*\//g, '');
  const declaration = text.slice(Math.max(text.lastIndexOf('{'), text.lastIndexOf('}'), text.lastIndexOf(';')) + 1);
  return /^\s*[-\w]+\s*:/.test(declaration) && after.match(/[{};]/)?.[0] !== '{';
}

/** The template's text parts minified as one style sheet, or why that cannot be done safely. */
function minifiedParts(parts: string[], file: string): string[] | string {
  const sheet = parts.reduce((text, part, index) => text + placeholder(index - 1) + part);
  const slots = parts.slice(1).map((_, index) => sheet.indexOf(placeholder(index)));
  if (slots.some((at, index) => !inDeclarationValue(sheet.slice(0, at), sheet.slice(at + placeholder(index).length)))) {
    return 'an interpolation stands outside a declaration value';
  }
  const minified = new TextDecoder().decode(
    transformCss({ filename: file, code: new TextEncoder().encode(sheet), minify: true }).code,
  );
  const pieces = minified.split(/--trd-css-slot-(\d+)--/);
  const slotsInOrder = pieces.filter((_, index) => index % 2 === 1).every((slot, index) => Number(slot) === index);
  if (pieces.length !== parts.length * 2 - 1 || !slotsInOrder) return 'its interpolations did not stay in place';
  return pieces.filter((_, index) => index % 2 === 0);
}

/** Text as it must be written inside a template literal. */
const asTemplateText = (text: string) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/** Where each text part of a template is in the code, and its minified text (or why not). */
function minifiedTemplate(code: string, quasis: TemplateElement[], file: string) {
  // Some parsers start a text part's span at the "`" or "}" before it, others just after.
  const shift = code[quasis[0].start] === '`' ? 1 : 0;
  const spans = quasis.map((q) => [q.start + shift, q.start + shift + q.value.raw.length] as const);
  if (quasis.some((q, index) => q.value.cooked === null || code.slice(...spans[index]) !== q.value.raw)) {
    return { spans, texts: 'its text could not be read' };
  }
  try {
    return { spans, texts: minifiedParts(quasis.map((q) => q.value.cooked!), file) };
  } catch (error) {
    return { spans, texts: (error as Error).message };
  }
}

export function minifyCssLiterals(): Plugin {
  return {
    name: 'trd-minify-css-literals',
    apply: 'build',
    transform: {
      filter: { id: STYLE_MODULE },
      handler(code, id) {
        const file = id.replace(/\?.*$/, '');
        const source = new MagicString(code);
        for (const { quasis } of cssTemplates(this.parse(code, { lang: 'ts' }))) {
          const { spans, texts } = minifiedTemplate(code, quasis, file);
          if (typeof texts === 'string') {
            this.warn(`${file}: a css\`…\` template is left as written: ${texts}`);
            continue;
          }
          spans.forEach(([start, end], index) => {
            const text = asTemplateText(texts[index]);
            if (start === end) source.appendLeft(start, text);
            else source.overwrite(start, end, text);
          });
        }
        if (!source.hasChanged()) return null;
        return { code: source.toString(), map: source.generateMap({ hires: true, source: file }) };
      },
    },
  };
}
