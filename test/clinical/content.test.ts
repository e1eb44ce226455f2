/** The clinical content data: complete, sourced, worded as "tell your doctor", placeholders known. */
import { expect } from '@open-wc/testing';
import bank from '../../questions/bank.en.js';
import cautions from '../../questions/cautions.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import resultCopy from '../../questions/result-copy.en.js';
import * as sources from '../../questions/sources.js';
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
      for (const fact of option.facts) expect(SOURCE_URLS, fact.text).to.include(fact.source);
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
    for (const text of allText(resultCopy)) expect(['medicine', 'answers']).to.include.members(placeholders(text));
    for (const text of allText([options, cautions])) expect(placeholders(text), text).to.deep.equal([]);
  });

  it('never makes a forbidden claim', () => {
    for (const text of allText([options, cautions, reasons, resultCopy]))
      for (const pattern of FORBIDDEN) expect(text).not.to.match(pattern);
  });
});
