/**
 * Spanish is complete: every English text has its Spanish counterpart and nothing else differs.
 * Both content trees are walked side by side — every key, every list, every id, flag, score,
 * condition and source must match; every text must be translated, with the same placeholders.
 * Crisis resources are compared by region and resource id: same numbers and links, Spanish words
 * (one documented exception: the Crisis Text Line's Spanish keyword, AYUDA, per CLINICAL.md §11).
 */
import { expect } from '@open-wc/testing';
import crisisSources from '../../questions/crisis-sources.js';
import spanish from '../../questions/es/index.js';
import { instruments } from '../../questions/es/instruments.es.js';
import { REGION_IDS } from '../../src/crisis/types.js';
import { validateRegions } from '../crisis/validate-regions.js';
import { validateBank } from '../../src/bank/validate.js';
import { resultContentOf } from '../../src/i18n/result-content.js';
import { contentFor, type LocaleContent } from '../../src/i18n/locale-content.js';
import { localize } from '../../src/i18n/translation.js';

const english = contentFor('en').content;
const { content: es, problems } = localize(english, spanish);

/** Everything a language says, the result's words included, as one tree. */
const wholeOf = (content: LocaleContent) => ({ ...content, ...resultContentOf(content) });
type Whole = ReturnType<typeof wholeOf>;
const [englishWhole, spanishWhole] = [wholeOf(english), wholeOf(es)];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every difference in shape between two content trees, by path (texts must both be non-empty). */
function differences(en: unknown, other: unknown, path: string): string[] {
  if (typeof en === 'string') {
    if (typeof other !== 'string' || !other.trim()) return [`${path}: no Spanish text`];
    const [a, b] = [placeholders(en), placeholders(other)];
    return a.join() === b.join() ? [] : [`${path}: placeholders {${a.join('}{')}} in English, {${b.join('}{')}} in Spanish`];
  }
  if (Array.isArray(en)) {
    if (!Array.isArray(other) || other.length !== en.length) return [`${path}: a list of ${en.length} in English`];
    return en.flatMap((item, i) => differences(item, other[i], `${path}[${i}]`));
  }
  if (en && typeof en === 'object') {
    if (!other || typeof other !== 'object') return [`${path}: missing in Spanish`];
    const keys = new Set([...Object.keys(en), ...Object.keys(other)]);
    return [...keys].flatMap((key) =>
      key in en
        ? differences((en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`)
        : [`${path}.${key}: only in Spanish`],
    );
  }
  return en === other ? [] : [`${path}: ${JSON.stringify(en)} in English, ${JSON.stringify(other)} in Spanish`];
}

/** Compares everything but the locale tag, which is the one value that must differ. */
function contentDifferences(a: Whole, b: Whole, part: keyof Whole): string[] {
  const strip = (bank: Whole['bank']) => ({ ...bank, locale: undefined });
  return part === 'bank' ? differences(strip(a.bank), strip(b.bank), 'bank') : differences(a[part], b[part], part);
}

describe('Spanish content: complete and the same shape as the English', () => {
  it('translates every English text and nothing else (no gap, no stray id)', () => {
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('leaves the English content as it was', () => {
    expect(english.bank.locale).to.equal('en');
    expect(english.ui.nav.next).to.equal('Next');
    expect(english.bank.sections[0].title).to.equal('Welcome');
  });

  for (const part of ['bank', 'ui', 'options', 'cautions', 'reasons', 'resultCopy'] as const) {
    it(`${part}: same keys, lists, ids, flags and sources; every text in Spanish with the same placeholders`, () => {
      const found = contentDifferences(englishWhole, spanishWhole, part);
      expect(found, found.join('\n')).to.deep.equal([]);
    });
  }

  it('leaves no English behind: a text is the same in both languages only where Spanish says it so', () => {
    const SAME_IN_BOTH = new Set(['No', 'citalopram (Celexa)', 'escitalopram (Lexapro)']);
    const TEXT_KEYS = /^(label|text|help|name|group|title|intro|topic|fact)$/;
    const same: string[] = [];
    const walk = (a: unknown, b: unknown, path: string, copy: boolean) => {
      if (typeof a === 'string') {
        if (a === b && (copy || TEXT_KEYS.test(path.split('.').at(-1)!)) && !SAME_IN_BOTH.has(a)) same.push(`${path}: ${a}`);
      } else if (a && typeof a === 'object') {
        for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)?.[key], `${path}.${key}`, copy);
      }
    };
    for (const part of ['bank', 'options', 'cautions'] as const) walk(englishWhole[part], spanishWhole[part], part, false);
    for (const part of ['ui', 'reasons', 'resultCopy'] as const) walk(englishWhole[part], spanishWhole[part], part, true);
    walk(english.crisis.copy, es.crisis.copy, 'crisis.copy', true);
    expect(same, same.join('\n')).to.deep.equal([]);
  });

  it('fails when a Spanish text is missing (the check itself works)', () => {
    const questions = Object.fromEntries(Object.entries(spanish.bank.questions).filter(([id]) => id !== 'phq9-9'));
    const gap = localize(english, { ...spanish, bank: { ...spanish.bank, questions } });
    expect(gap.problems).to.include('no translation for bank.questions.phq9-9.text');
    expect(gap.problems).to.include('no translation for bank.questions.phq9-9.options.several-days.label');
    const ui = { ...spanish.ui, nav: { ...spanish.ui.nav, next: undefined as unknown as string } };
    expect(localize(english, { ...spanish, ui }).problems).to.include('no translation for ui.nav.next');
    const stray = { ...spanish.bank.questions, 'phq9-10': { text: 'Otra' } };
    expect(localize(english, { ...spanish, bank: { ...spanish.bank, questions: stray } }).problems).to.include(
      'the translation bank.questions.phq9-10.text matches no text',
    );
    expect(differences({ a: 'x {n}' }, { a: 'y' }, 'copy')).to.deep.equal(['copy.a: placeholders {n} in English, {} in Spanish']);
  });

  it('keeps every suicide-risk flag: the Spanish bank passes the safety guard and validation', () => {
    const checked = validateBank(es.bank);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(es.bank.locale).to.equal('es');
    const risky = (bank: LocaleContent['bank']) =>
      bank.sections.flatMap((s) => s.steps.flatMap((st) => st.questions.flatMap((q) => (q.options ?? []).filter((o) => o.risk).map((o) => `${q.id}#${o.id}:${o.risk}`))));
    expect(risky(es.bank)).to.deep.equal(risky(english.bank));
    expect(risky(es.bank)).to.have.length.greaterThan(10);
  });

  it('takes the PHQ-9 and ASQ wording only from the instruments file, verbatim', () => {
    const verbatim = es.bank.sections.flatMap((s) => s.steps.flatMap((st) => st.questions.filter((q) => q.verbatim)));
    expect(verbatim.map((q) => q.id)).to.include.members(['phq9-1', 'phq9-9', 'phq9-difficulty', 'asq-1', 'asq-5']);
    for (const question of verbatim) {
      expect(question.text, question.id).to.equal(instruments.questions[question.id].text);
      for (const option of question.options ?? [])
        expect(option.label, `${question.id}#${option.id}`).to.equal(instruments.questions[question.id].options![option.id].label);
    }
    const phq9 = verbatim.find((q) => q.id === 'phq9-9')!;
    expect(phq9.text).to.equal('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(phq9.options!.map((o) => o.label)).to.deep.equal(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
    expect(verbatim.find((q) => q.id === 'asq-5')!.text).to.equal('¿Está pensando en suicidarse en este momento?');
    const stems = es.bank.sections.flatMap((s) => s.steps.filter((st) => st.introVerbatim).map((st) => st.intro));
    expect(new Set(stems)).to.deep.equal(
      new Set(['Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?']),
    );
  });
});

describe('Spanish crisis resources', () => {
  const enRegions = english.crisis.regions;
  const esRegions = es.crisis.regions;
  const linksById = (region: (typeof enRegions)['US']) =>
    Object.fromEntries(region.resources.map((r) => [r.id, r.links.map((l) => l.href)]));
  /** The Spanish keyword of a text line that has one (CLINICAL.md §11), by region and resource. */
  const SPANISH_KEYWORDS: Record<string, string> = { 'US crisis-text-line sms:741741?body=HOME': 'sms:741741?body=AYUDA' };
  const inSpanish = (region: (typeof enRegions)['US']) =>
    Object.fromEntries(
      Object.entries(linksById(region)).map(([id, hrefs]) => [id, hrefs.map((href) => SPANISH_KEYWORDS[`${region.id} ${id} ${href}`] ?? href)]),
    );

  it('validate like the English ones (numbers dialable, keywords visible, sources for each)', () => {
    const result = validateRegions(esRegions, crisisSources);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(es.crisis.locale).to.equal('es');
  });

  it('have the same resources, numbers and links as the English, region by region (Spanish keywords aside)', () => {
    for (const id of REGION_IDS) {
      expect(linksById(esRegions[id]), id).to.deep.equal(inSpanish(enRegions[id]));
      expect(esRegions[id].emergency.tel, id).to.equal(enRegions[id].emergency.tel);
    }
    expect(differences(english.crisis.copy, es.crisis.copy, 'crisis.copy')).to.deep.equal([]);
  });

  it('put the 988 Spanish line first after 911 in the US, and say how: press 2 for Spanish, or text AYUDA', () => {
    const us = esRegions.US;
    expect(us.resources.map((r) => r.id).slice(0, 2)).to.deep.equal(['emergency', 'spanish']);
    expect(us.crisisLine.resource).to.equal('spanish');
    expect(us.crisisLine.reach).to.equal('llamar al 988 y oprimir 2 para hablar en español, o enviar AYUDA por mensaje de texto al 988');
    expect(us.resources[1].description).to.equal('Llame al 988 y oprima 2 para hablar en español, o envíe AYUDA por mensaje de texto al 988.');
    expect(us.resources[1].links).to.deep.equal([
      { href: 'tel:988', label: 'Llame al 988 y oprima 2 para español' },
      { href: 'sms:988?body=AYUDA', label: 'Envíe AYUDA al 988' },
    ]);
  });

  it('say in which language every line answers: Spanish where it does, English where it does not', () => {
    for (const id of REGION_IDS) {
      const reach = esRegions[id].crisisLine.reach;
      if (id !== 'INTL') expect(reach, id).to.match(/en español|en inglés/);
    }
    const descriptionOf = (id: (typeof REGION_IDS)[number], resource: string) => esRegions[id].resources.find((r) => r.id === resource)!.description;
    for (const [id, resource] of [['US', 'veterans'], ['GB', 'samaritans'], ['GB', 'shout'], ['IE', '50808'], ['AU', 'lifeline'], ['NZ', '1737']] as const)
      expect(descriptionOf(id, resource), `${id} ${resource}`).to.contain('Atienden en inglés.');
  });

  it('fill every panel sentence in every region without a placeholder left', () => {
    const fills = (text: string, region: (typeof esRegions)['US']) =>
      text.replaceAll('{line}', region.crisisLine.reach).replaceAll('{emergency}', region.emergency.number).replaceAll('{place}', region.emergency.place);
    const sentences = [...Object.values(es.crisis.copy).flatMap((group) => Object.values(group as Record<string, string>)), es.ui.banner, es.ui.welcome.emergency, es.ui.welcome.crisisLine];
    for (const id of REGION_IDS) for (const sentence of sentences) expect(fills(sentence, esRegions[id])).not.to.match(/[{}]/);
    expect(fills(es.crisis.copy.urgent.act, esRegions.US)).to.equal(
      'Si siente que podría quitarse la vida o hacerse daño, llame al 911 ahora o vaya a la sala de emergencias más cercana.',
    );
    expect(fills(es.crisis.copy.urgent.act, esRegions.GB)).to.equal('Si siente que podría quitarse la vida o hacerse daño, llame al 999 ahora o vaya a urgencias (A&E).');
    expect(fills(es.crisis.copy.support.tellDoctor, esRegions.US)).to.contain('puede llamar al 988 y oprimir 2 para hablar en español');
  });
});
