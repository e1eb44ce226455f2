import bank from '../../questions/bank.en.js';
import crisis, { resolveRegion } from '../../questions/crisis.js';
import ui from '../../questions/ui.en.js';
import type { Locale, QuestionBank } from '../bank/types.js';
import type { ResultContent } from '../clinical/result-content.js';
import type { CrisisContent, RegionData } from '../crisis/types.js';
import type { Localized } from './translation.js';
import type { UiStrings } from './ui-strings.js';

/** Everything the element shows in one language. */
export interface LocaleContent {
  locale: Locale;
  bank: QuestionBank;
  crisis: CrisisContent;
  ui: UiStrings;
  /**
   * The result's words (option cards, cautions, reasons) in this language. Absent for English,
   * whose words load with the result's code instead of sitting in the embed.
   */
  resultContent?: ResultContent;
}

const ENGLISH: LocaleContent = { locale: 'en', bank, crisis, ui };

/**
 * The other languages, each its own chunk of the build, fetched the first time it is asked for:
 * the embed carries English only. A chunk turns the English content into its language.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: (english: LocaleContent) => Localized }>> = {
  es: () => import('./es.js'),
};

const loaded = new Map<Locale, LocaleContent>([['en', ENGLISH]]);
const loading = new Map<Locale, Promise<LocaleContent>>();

/** The language of a `lang` value (`es`, `es-US`, `ES_mx`), or null when there is no such content. */
export function localeOf(lang: string | null | undefined): Locale | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || Object.hasOwn(LOADERS, primary) ? (primary as Locale) : null;
}

/** The content of a language once loaded, else undefined. */
export function loadedContent(locale: Locale): LocaleContent | undefined {
  return loaded.get(locale);
}

/** Loads a language (once). If it cannot be loaded, the screen goes on in English, with a warning. */
export function loadContent(locale: Locale): Promise<LocaleContent> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale as Exclude<Locale, 'en'>]()
      .then(({ default: translate }) => {
        const { content, problems } = translate(ENGLISH);
        if (problems.length) console.warn(`<trd-screener>: the "${locale}" content is incomplete:\n${problems.join('\n')}`);
        return content;
      })
      .catch((error: unknown) => {
        console.warn(`<trd-screener>: the "${locale}" content could not be loaded; using English.`, error);
        return ENGLISH;
      })
      .then((content) => {
        loaded.set(locale, content);
        return content;
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** The content already loaded for a `lang` value; English (with `fellBack`) when there is none. */
export function contentFor(lang: string | null | undefined): { content: LocaleContent; fellBack: boolean } {
  const content = loaded.get(localeOf(lang) ?? 'en');
  return content ? { content, fellBack: false } : { content: ENGLISH, fellBack: true };
}

export interface Settings {
  content: LocaleContent;
  region: RegionData;
  warnings: string[];
}

/** The crisis region for the `region` attribute in this language, and what to warn about. */
export function settingsFor(content: LocaleContent, region: string | null | undefined): Settings {
  const resolved = resolveRegion(region, content.crisis.regions);
  const warnings = resolved.fellBack ? [`unknown region "${region}"; showing international resources.`] : [];
  return { content, region: resolved.region, warnings };
}
