/**
 * The instrument guard: PHQ-9 and ASQ items in a bank must read and score as the published
 * forms do, in the bank's language. Changed wording changes what a validated instrument
 * measures (and a clinician reading the summary trusts it as the form); changed scores change
 * the PHQ-9 band. The verbatim texts are read from the shipped instrument files, so there is one
 * copy of each to review against the publishers' forms.
 */
import { feeling, safety } from '../../questions/instruments.en.js';
import { instruments as spanish } from '../../questions/es/instruments.es.js';
import { isRecord, quote, type Json, type Located, type Report } from './bank-errors.js';
import type { Locale, Question } from './types.js';

/** The shipped instrument items (PHQ-9 1–9 and its difficulty item, ASQ 1–5): those marked verbatim. */
const ITEMS: readonly Question[] = [...feeling.steps, ...safety.steps]
  .flatMap((step) => step.questions)
  .filter((question) => question.verbatim);

export const INSTRUMENT_ITEM_IDS: readonly string[] = ITEMS.map((item) => item.id);

const LANGUAGE: Record<Locale, string> = { en: 'English', es: 'Spanish' };

interface Wording {
  text: string | undefined;
  /** By option id. */
  labels: Record<string, string | undefined>;
}

/** The item's words in `locale`: English from the English bank, Spanish from its translation. */
function wordingOf(item: Question, locale: Locale): Wording {
  const options = item.options ?? [];
  if (locale === 'en') return { text: item.text, labels: Object.fromEntries(options.map((o) => [o.id, o.label])) };
  const words = spanish.questions[item.id];
  return { text: words?.text, labels: Object.fromEntries(options.map((o) => [o.id, words?.options?.[o.id]?.label])) };
}

/** Compared as a reader sees them: spaces and Unicode composition do not count. */
const sameWords = (a: unknown, b: string | undefined) =>
  typeof a === 'string' && b !== undefined && normalized(a) === normalized(b);
const normalized = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const listed = (values: readonly unknown[]) => values.map(quote).join(', ');
/** Compared item by item: `join()` would call a bank value's own `toString`, which may throw. */
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);

function checkItem(item: Question, question: Json, locale: Locale, report: Report): void {
  const name = `Question "${item.id}"`;
  const instrument = item.id.startsWith('asq') ? 'the ASQ' : 'the PHQ-9';
  const wording = wordingOf(item, locale);
  if (!sameWords(question.text, wording.text))
    report(`${name}: the text must be ${instrument}'s own ${LANGUAGE[locale]} wording, ${quote(wording.text)}.`, item.id);
  if (!Array.isArray(question.options)) return; // reported by the validator
  const options = question.options.filter(isRecord);
  const expected = item.options ?? [];
  const ids = expected.map((o) => o.id);
  if (!sameList(options.map((o) => o.id), ids))
    report(`${name}: the answers must be exactly ${listed(ids)}, in this order (${instrument}'s).`, item.id);
  for (const option of options) {
    const label = typeof option.id === 'string' && ids.includes(option.id) ? wording.labels[option.id] : undefined;
    if (label !== undefined && !sameWords(option.label, label))
      report(`${name}: option ${quote(option.id)} must read ${quote(label)} (${instrument}'s own wording).`, item.id);
  }
  const scores = expected.map((o) => o.score);
  if (scores.some((score) => score !== undefined) && !sameList(options.map((o) => o.score), scores))
    report(`${name}: the answers must score ${listed(scores)}, in this order (${instrument}'s scoring).`, item.id);
}

/** Checks every instrument item the bank holds (the safety guard requires the risk items). */
export function checkInstruments(questions: Located[], locale: unknown, report: Report): void {
  // An unknown locale is reported by the validator; there is no wording to compare with.
  if (locale !== 'en' && locale !== 'es') return;
  for (const item of ITEMS) {
    const found = questions.find((located) => located.question.id === item.id);
    if (found) checkItem(item, found.question, locale, report);
  }
}
