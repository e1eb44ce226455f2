/**
 * Hostile input for the property tests: text with markup and script, very long text, control
 * characters, and links in every scheme a careless or malicious embed could pass.
 */
import fc from 'fast-check';

/** Markup that would run script or add elements if it were ever parsed as HTML. */
export const MARKUP = [
  '<img src=x onerror="window.fuzzHit=1">',
  '<script>window.fuzzHit=1</script>',
  '<b data-fuzz>bold</b>',
  '"><svg data-fuzz onload="window.fuzzHit=1">',
  "'><iframe data-fuzz srcdoc='x'></iframe>",
  '<style>*{display:none}</style>',
  '${window.fuzzHit=1}',
  '&amp; &lt;b&gt; &#60;i&#62;',
  '<!-- -->',
  '\u202e\u200b\u0000\u0007',
];

/** Exactly 10 KiB of text made of `unit`. */
const tenKiB = (unit: string) => unit.repeat(Math.ceil(10240 / unit.length)).slice(0, 10240);

/** Text a host page or a bank could hold: random, markup, markup in text, or 10 KiB long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...MARKUP),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...MARKUP), fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
  fc.constantFrom(...MARKUP).map(tenKiB),
  fc.string({ minLength: 1, maxLength: 4 }).map(tenKiB),
);

/** Text that is not empty once trimmed (what a bank's text fields must hold). */
export const hostileWords = hostileText.filter((text) => text.trim() !== '');

const SCHEMES = [
  'javascript:', 'JavaScript:', ' javascript:', 'java\tscript:', 'java\nscript:', '\u0001javascript:', 'javascript&colon;',
  'data:', 'vbscript:', 'file:', 'blob:', 'ftp:', 'mailto:', 'tel:', 'sms:', 'about:', 'http:', 'https:', 'HTTPS:', '',
];
const RESTS = ['alert(1)', '//clinic.example/book', 'text/html,<script>alert(1)</script>', '#book', '/book?a=1', 'clinic.example', ''];

/** A `contact-href` value: any scheme (script-running ones included) before any rest. */
export const anyHref: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...RESTS)).map(([scheme, rest]) => scheme + rest),
  fc.webUrl(),
  fc.string(),
);

/** True when `href` names its own script-running scheme, however it is disguised. */
export function isScriptScheme(href: string): boolean {
  // The URL parser drops leading control characters and spaces and any tab or newline.
  // eslint-disable-next-line no-control-regex -- those control characters are what is matched
  const compact = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/** Tag names that only hostile text could have added to the widget. */
export const INJECTED = 'img, script, svg, iframe, style, [data-fuzz]';
