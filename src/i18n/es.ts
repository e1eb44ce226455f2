/**
 * Spanish: the build's own chunk, loaded only when a screen is shown in Spanish. Words only —
 * the structure (ids, flags, conditions, sources) is the English content it is given.
 */
import spanish from '../../questions/es/index.js';
import type { LocaleContent } from './locale-content.js';
import { localize, type Localized } from './translation.js';

export default function toSpanish(english: LocaleContent): Localized {
  return localize(english, spanish);
}
