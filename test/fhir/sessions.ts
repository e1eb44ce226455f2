/**
 * The sessions whose FHIR export the validator and the round trip read: every persona that
 * completes the screen (test/helpers/personas.ts) and every summary persona (the urgent one
 * stopped at ASQ item 5), each in English and in Spanish, as the real machine leaves them.
 */
import type { LocaleContent } from '../../src/i18n/locale-content.js';
import { contentFor, loadContent } from '../../src/i18n/locale-content.js';
import type { ScreenerContext } from '../../src/machine/types.js';
import { startScreener, type ScreenerActor } from '../helpers/journeys.js';
import { personas } from '../helpers/personas.js';
import { SUMMARY_PERSONAS, walkPersona, type SummaryPersona } from '../summary/personas.js';

export interface ExportedSession {
  name: string;
  content: LocaleContent;
  context: ScreenerContext;
}

/** A screener in `content`'s language, as the element starts it (its result in that language too). */
export const screenerIn = (content: LocaleContent): ScreenerActor =>
  startScreener({ bank: content.bank, locale: content.locale, content: content.resultContent });

/** The machine's context at the end of the persona's screen (stopped at ASQ item 5 when it says so). */
export const sessionIn = (persona: SummaryPersona, content: LocaleContent): ScreenerContext => walkPersona(screenerIn(content), persona);

const PEOPLE: SummaryPersona[] = [...personas.map(({ name, answers }) => ({ name, answers })), ...SUMMARY_PERSONAS];

/** Every persona's session in both languages. */
export async function exportedSessions(): Promise<ExportedSession[]> {
  const languages = [contentFor('en').content, await loadContent('es')];
  return languages.flatMap((content) =>
    PEOPLE.map((person) => ({ name: `${person.name} (${content.locale})`, content, context: sessionIn(person, content) })),
  );
}
