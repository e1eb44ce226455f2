import bank from '../../questions/bank.en.js';
import cautions from '../../questions/cautions.en.js';
import crisis, { resolveRegion } from '../../questions/crisis.js';
import options from '../../questions/options.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import ui from '../../questions/ui.en.js';
import type { Locale, QuestionBank } from '../bank/types.js';
import type { Caution, ResultCopy, TreatmentOption } from '../clinical/contentTypes.js';
import type { CrisisContent } from '../crisis/types.js';
import type { UiStrings } from './ui-strings.js';

/** Everything the element shows in one language. */
export interface LocaleContent {
  locale: Locale;
  bank: QuestionBank;
  crisis: CrisisContent;
  ui: UiStrings;
  options: readonly TreatmentOption[];
  cautions: readonly Caution[];
  resultCopy: ResultCopy;
}

const ENGLISH: LocaleContent = { locale: 'en', bank, crisis, ui, options, cautions, resultCopy };

/** Languages compiled in. Spanish will be added here as a lazily loaded module. */
const AVAILABLE: Partial<Record<string, LocaleContent>> = { en: ENGLISH };

/**
 * The content for a `lang` attribute (`en`, `en-US`, any case). Absent → English; a language
 * not available → English with `fellBack: true`, so that the caller can warn.
 */
export function contentFor(lang: string | null | undefined): { content: LocaleContent; fellBack: boolean } {
  const primary = (lang ?? '').trim().toLowerCase().split('-')[0] || 'en';
  const content = AVAILABLE[primary];
  return content ? { content, fellBack: false } : { content: ENGLISH, fellBack: true };
}

/** The content and crisis region for the element's `lang` and `region`, and what to warn about. */
export function settingsFor(lang: string | null | undefined, region: string | null | undefined) {
  const { content, fellBack: langFellBack } = contentFor(lang);
  const resolved = resolveRegion(region, content.crisis.regions);
  const warnings = [
    ...(langFellBack ? [`language "${lang}" is not available; using English.`] : []),
    ...(resolved.fellBack ? [`unknown region "${region}"; showing international resources.`] : []),
  ];
  return { content, region: resolved.region, warnings };
}
