import bank from '../../questions/bank.en.js';
import crisis from '../../questions/crisis.js';
import { resolveRegion } from '../crisis/regions.js';
import ui from '../../questions/ui.en.js';
import type { Locale } from '../bank/types.js';
import type { RegionData } from '../crisis/types.js';
import { lazyChunk, type LazyChunk } from '../lazy-chunk.js';
import type { LocaleContent, Localized } from './types.js';

export type { LocaleContent } from './types.js';

const ENGLISH: LocaleContent = { locale: 'en', bank, crisis, ui };

/**
 * The other languages, each its own chunk of the build, fetched the first time it is asked for:
 * the embed carries English only. A chunk turns the English content into its language.
 */
export const LANGUAGE_CHUNKS: Record<Exclude<Locale, 'en'>, LazyChunk<{ default: (english: LocaleContent) => Localized }>> = {
  es: lazyChunk(() => import('./es.js')),
};

const loaded = new Map<Locale, LocaleContent>([['en', ENGLISH]]);

/** The language of a `lang` value (`es`, `es-US`, `ES_mx`), or null when there is no such content. */
export function localeOf(lang: string | null | undefined): Locale | null {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || Object.hasOwn(LANGUAGE_CHUNKS, primary) ? (primary as Locale) : null;
}

/** The content of a language once loaded, else undefined. */
export function loadedContent(locale: Locale): LocaleContent | undefined {
  return loaded.get(locale);
}

/** Loads a language (once); rejects when its chunk cannot be fetched (see `lazyChunk`). */
export async function loadContent(locale: Locale): Promise<LocaleContent> {
  const ready = loaded.get(locale);
  if (ready) return ready;
  const { default: translate } = await LANGUAGE_CHUNKS[locale as Exclude<Locale, 'en'>].load();
  if (!loaded.has(locale)) {
    const { content, problems } = translate(ENGLISH);
    if (problems.length) console.warn(`<trd-screener>: the "${locale}" content is incomplete:\n${problems.join('\n')}`);
    loaded.set(locale, content);
  }
  return loaded.get(locale)!;
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
