/**
 * Spanish: the build's own chunk, loaded only when a screen is shown in Spanish. Words only —
 * the structure (ids, flags, conditions, sources) is the English content it is given.
 */
import spanish from '../../questions/es/index.js';
import { localize } from './translation.js';
import type { LocaleContent, Localized } from './types.js';

export default function toSpanish(english: LocaleContent): Localized {
  return localize(english, spanish);
}
