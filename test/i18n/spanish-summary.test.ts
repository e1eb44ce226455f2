/**
 * The doctor's summary in Spanish: built from the Spanish content like the English one, with
 * no English left in it (the summary's own words come from the Spanish `UiStrings`).
 */
import { expect } from '@open-wc/testing';
import englishUi from '../../questions/ui.en.js';
import { loadContent } from '../../src/i18n/locale-content.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { MEDICINE_ANSWERS, startScreener, walkToResult } from '../helpers/journeys.js';

/** Every English interface sentence or phrase of 2+ words (single words like "No" are shared). */
const englishPhrases = (value: unknown): string[] =>
  typeof value === 'string'
    ? value.split(/\{\w+\}/).map((part) => part.trim()).filter((part) => part.split(' ').length >= 2)
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(englishPhrases)
      : [];

describe('the printed summary in Spanish', () => {
  it('is all Spanish: headings, labels, answers, result, resources', async () => {
    const es = await loadContent('es');
    const actor = startScreener({ bank: es.bank, locale: 'es', content: es.resultContent });
    walkToResult(actor, { ...MEDICINE_ANSWERS, 'phq9-9': 'several-days' });
    const { context } = actor.getSnapshot();
    const summary = summaryOf({ context, content: es, region: es.crisis.regions.US, clinicName: 'Clínica del Valle', now: new Date('2026-03-03T10:00:00Z') });
    const text = summaryText(summary);
    expect(summary.lang).to.equal('es');
    expect(text).to.contain('LA AUTOEVALUACIÓN DE LA DEPRESIÓN: UN RESUMEN PARA MI MÉDICO');
    expect(text).to.contain('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(text).to.contain('sertralina (Zoloft)');
    expect(text).to.contain('Llame al 988 y oprima 2');
    expect(text).to.contain('marzo');
    const leftovers = englishPhrases({ ui: englishUi }).filter((phrase) => text.includes(phrase));
    expect(leftovers, 'English interface text in the Spanish summary').to.deep.equal([]);
    const englishWords = text.match(/\b(the|and|your|with|you|of|not)\b/gi) ?? [];
    expect(englishWords, `English words in:\n${text}`).to.deep.equal([]);
  });
});
