/** The clinical content data: complete, sourced, worded as "tell your doctor", placeholders known. */
import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import cautions from '../../questions/cautions.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import * as sources from '../../questions/sources.js';
import medicineBrands from '../../questions/medicine-brands.js';
import medicines from '../../questions/medicines.en.js';
import spanishCautions from '../../questions/es/cautions.es.js';
import spanishOptions from '../../questions/es/options.es.js';
import spanishReasons from '../../questions/es/reasons.es.js';
import spanishCopy from '../../questions/es/result-copy.es.js';
import { findQuestion } from '../../src/bank/steps.js';
import { CAUTION_IDS, OPTION_IDS } from '../../src/clinical/contentTypes.js';

const SOURCE_URLS: string[] = Object.values(sources);
/** Claims the product must never make (see the clinical notes' words section). */
const FORBIDDEN = [/you qualify/i, /you are eligible/i, /you have (trd|treatment-resistant|severe|depression)/i, /\bcure/i, /guarantee/i, /FDA-approved ketamine/i, /1-800-273-8255/];

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

describe('clinical content', () => {
  it('has the eight options, each with sourced facts and routes', () => {
    expect(options.map((o) => o.id)).to.deep.equal([...OPTION_IDS]);
    for (const option of options) {
      expect(option.facts, option.id).not.to.be.empty;
      expect(option.routes, option.id).not.to.be.empty;
      for (const fact of option.facts) {
        // Insurance coverage has no primary page: the clinical notes say to state it without a link.
        if (fact.source === undefined) expect(fact.text, 'a fact without a source').to.match(/insurance/i);
        else expect(SOURCE_URLS, fact.text).to.include(fact.source);
      }
    }
  });

  it('marks only esketamine FDA-approved, TMS FDA-cleared, and every ketamine off-label', () => {
    const approval = Object.fromEntries(options.map((o) => [o.id, o.approval]));
    expect(approval).to.deep.equal({
      'esketamine-nasal': 'fda-approved',
      'ketamine-iv': 'off-label',
      'ketamine-im': 'off-label',
      'ketamine-oral': 'off-label',
      'medication-change': 'standard-care',
      psychotherapy: 'standard-care',
      tms: 'fda-cleared',
      ect: 'standard-care',
    });
  });

  it('has one caution per health option of the bank, each sourced and saying "tell your doctor"', () => {
    expect(cautions.map((c) => c.id)).to.deep.equal([...CAUTION_IDS]);
    const healthOptions = findQuestion(bank, 'health')!.options!.filter((o) => !o.exclusive).map((o) => o.id);
    expect(healthOptions).to.deep.equal([...CAUTION_IDS]);
    for (const caution of cautions) {
      expect(caution.fact, caution.id).to.match(/tell your doctor/i);
      expect(caution.sources, caution.id).not.to.be.empty;
      for (const url of caution.sources) expect(SOURCE_URLS).to.include(url);
      for (const id of [...caution.appliesTo, ...(caution.contraindicates ?? [])]) expect(OPTION_IDS).to.include(id);
    }
  });

  it('has exactly one label contraindication: vascular → esketamine', () => {
    const contraindications = cautions.filter((c) => c.contraindicates).map((c) => [c.id, c.contraindicates]);
    expect(contraindications).to.deep.equal([['vascular', ['esketamine-nasal']]]);
  });

  it('uses only known placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const text of allText(reasons.sentences)) expect(['route', 'topic']).to.include.members(placeholders(text));
    for (const text of allText(resultCopy)) expect(['medicine', 'medicines', 'answers']).to.include.members(placeholders(text));
    for (const text of allText([options, cautions])) expect(placeholders(text), text).to.deep.equal([]);
  });

  it('never makes a forbidden claim', () => {
    for (const text of allText([options, cautions, reasons, resultCopy]))
      for (const pattern of FORBIDDEN) expect(text).not.to.match(pattern);
  });

  it('says what the sources say, in both languages: what definitions leave out, and "at 24 hours"', () => {
    const overstated = [/most doctors/i, /within (24 hours|a day)/i, /mayoría de los médicos/i, /\ben (24 horas|un día)\b/i];
    for (const text of allText([options, cautions, reasons, resultCopy, spanishOptions, spanishCautions, spanishReasons, spanishCopy]))
      for (const pattern of overstated) expect(text).not.to.match(pattern);
    const ivFacts = [options.find((o) => o.id === 'ketamine-iv')!.facts.map((f) => f.text), spanishOptions['ketamine-iv'].facts];
    expect(ivFacts.flat().filter((fact) => /24 (hours|horas)/.test(fact))).to.have.length(2);
    expect(cautions.find((c) => c.id === 'bipolar')!.fact).to.match(/^Bipolar depression is left out of how treatment-resistant depression is defined/);
    expect(spanishCautions.bipolar.fact).to.match(/^La depresión bipolar queda fuera de la definición/);
  });

  it('matches typed names by the brands the list shows, and their short forms only', () => {
    const listed = new Map(medicines.map((m) => [m.id, /\((.+)\)$/.exec(m.label)?.[1]]));
    for (const [id, shown] of listed) if (shown) expect(medicineBrands[id], id).to.include(shown);
    for (const [id, brands] of Object.entries(medicineBrands)) {
      const shown = listed.get(id);
      expect(shown, `${id} shows a brand`).to.be.a('string');
      for (const brand of brands) expect(brand.split(' ')[0], brand).to.equal(shown!.split(' ')[0]);
    }
  });
});
