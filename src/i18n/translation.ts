/**
 * A translation is words only. The English content keeps every id, flag, score, condition,
 * route and source; a translation gives the words for them by id (`questions/es/`), and
 * `localize()` lays those words over the English structure. So a translated bank cannot lose a
 * suicide-risk flag or a condition, and every text without a translation (or a translation that
 * matches no text) is listed, for the tests to refuse and the loader to warn about.
 * Crisis resources are the exception: each language lists them in its own order (e.g. the
 * Spanish line first in Spanish), so a translation gives them whole; the tests hold their
 * numbers and links to the English ones.
 */
import type { AnswerOption, Locale, Question, QuestionBank, Step } from '../bank/types.js';
import type { ResultContent } from '../clinical/contentTypes.js';
import { ENGLISH_RESULT } from './result-content.js';
import type { LocaleContent, Localized, Translation } from './types.js';


type Tree = { [key: string]: unknown };

/** Every string leaf of a nested object, by its dotted path. */
function leaves(value: unknown, path: string, into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(path, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) leaves(child, path ? `${path}.${key}` : key, into);
  return into;
}

/** The translated words by path; remembers what was asked for, to list the gaps and leftovers. */
class Words {
  private readonly words: Map<string, string>;
  private readonly used = new Set<string>();
  readonly missing: string[] = [];

  constructor(translation: Tree) {
    this.words = leaves(translation, '');
  }

  get(path: string, english: string): string {
    const word = this.words.get(path);
    if (word === undefined) {
      this.missing.push(path);
      return english;
    }
    this.used.add(path);
    return word;
  }

  /** The same object with each of `keys` that holds English text replaced by its translation. */
  over<T extends object>(path: string, record: T, keys: ReadonlyArray<keyof T & string>): T {
    const copy = { ...record } as Tree;
    for (const key of keys) {
      const english = record[key];
      if (typeof english === 'string') copy[key] = this.get(`${path}.${key}`, english);
    }
    return copy as T;
  }

  /** A copy of a copy object (UI strings, reasons) with every string leaf translated. */
  mirror<T>(path: string, english: T): T {
    if (typeof english === 'string') return this.get(path, english) as T;
    if (!english || typeof english !== 'object') return english;
    return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, this.mirror(`${path}.${key}`, value)])) as T;
  }

  unused(): string[] {
    return [...this.words.keys()].filter((path) => !this.used.has(path));
  }
}

const OPTION_WORDS = ['label', 'name', 'help', 'hint', 'group'] as const;

function localizeQuestion(words: Words, question: Question): Question {
  const path = `bank.questions.${question.id}`;
  const localized = words.over(path, question, ['text', 'help']);
  if (!question.options) return localized;
  const options = question.options.map((option: AnswerOption) => words.over(`${path}.options.${option.id}`, option, OPTION_WORDS));
  return { ...localized, options };
}

function localizeBank(words: Words, bank: QuestionBank, locale: Locale): QuestionBank {
  const sections = bank.sections.map((section) => ({
    ...section,
    title: words.get(`bank.sections.${section.id}`, section.title),
    steps: section.steps.map(
      (step): Step => ({
        ...words.over(`bank.steps.${step.id}`, step, ['title', 'intro']),
        questions: step.questions.map((question) => localizeQuestion(words, question)),
      }),
    ),
  }));
  return { ...bank, locale, sections };
}

function localizeResult(words: Words, english: ResultContent): ResultContent {
  return {
    reasons: words.mirror('reasons', english.reasons),
    resultCopy: words.mirror('resultCopy', english.resultCopy),
    ui: words.mirror('ui', english.ui),
    options: english.options.map((option) => ({
      ...words.over(`options.${option.id}`, option, ['title']),
      facts: option.facts.map((fact, index) => ({ ...fact, text: words.get(`options.${option.id}.facts.${index}`, fact.text) })),
    })),
    cautions: english.cautions.map((caution) => words.over(`cautions.${caution.id}`, caution, ['topic', 'fact'])),
  };
}

/** The English content in another language: same ids and structure, the translation's words. */
export function localize(english: LocaleContent, translation: Translation): Localized {
  const { locale, crisis, bank, ...copy } = translation;
  const words = new Words({ bank, ...copy });
  const content: LocaleContent = {
    locale,
    crisis,
    bank: localizeBank(words, english.bank, locale),
    ui: words.mirror('ui', english.ui),
    resultContent: localizeResult(words, ENGLISH_RESULT),
  };
  const problems = [
    ...words.missing.map((path) => `no translation for ${path}`),
    ...words.unused().map((path) => `the translation ${path} matches no text`),
  ];
  return { content, problems };
}
