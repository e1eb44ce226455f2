import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import cautions from '../../questions/cautions.en.js';
import options from '../../questions/options.en.js';
import reasons from '../../questions/reasons.en.js';
import * as sources from '../../questions/sources.js';
import type { Answers, SafetyLevel } from '../../src/bank/types.js';
import { OPTION_IDS, CAUTION_IDS, type OptionId } from '../../src/clinical/contentTypes.js';
import { preferenceFit, readPreferences } from '../../src/clinical/fit.js';
import { rankOptions } from '../../src/clinical/options.js';
import { ENGLISH_RESULT } from '../../src/i18n/result-content.js';
import type { Pattern } from '../../src/clinical/types.js';

const say = reasons.sentences;
const PATTERNS: Pattern[] = ['trd-pattern', 'one-adequate-trial', 'no-adequate-trial', 'unclear'];
const KETAMINE: OptionId[] = ['ketamine-iv', 'ketamine-im', 'ketamine-oral'];

const rank = (pattern: Pattern, answers: Answers = {}, safetyLevel: SafetyLevel = 'none', allowed?: string[]) =>
  rankOptions({ pattern, answers, safetyLevel, allowed, content: ENGLISH_RESULT });
const ids = (pattern: Pattern, answers: Answers = {}) => rank(pattern, answers).map((o) => o.id);
const reasonsOf = (pattern: Pattern, answers: Answers, id: OptionId) => rank(pattern, answers).find((o) => o.id === id)!.reasons;
const topic = (id: string) => cautions.find((c) => c.id === id)!.topic;

describe('rankOptions: the named cases', () => {
  it('returns no options when the safety level is urgent', () => {
    for (const pattern of PATTERNS) expect(rank(pattern, {}, 'urgent')).to.deep.equal([]);
  });

  it('trd-pattern without preferences: esketamine first, approved and standard options, then ketamine IV, IM, oral', () => {
    expect(ids('trd-pattern')).to.deep.equal([
      'esketamine-nasal',
      'medication-change',
      'psychotherapy',
      'tms',
      'ect',
      'ketamine-iv',
      'ketamine-im',
      'ketamine-oral',
    ]);
    expect(reasonsOf('trd-pattern', {}, 'esketamine-nasal')).to.include(say.trdApproved);
  });

  it('trd-pattern worded "may match": the esketamine card says "may match" too, never "match"', () => {
    const first = rankOptions({ pattern: 'trd-pattern', mayMatch: true, answers: {}, safetyLevel: 'none', content: ENGLISH_RESULT })[0];
    expect(first.id).to.equal('esketamine-nasal');
    expect(first.reasons).to.include(say.trdApprovedMayMatch).and.not.include(say.trdApproved);
  });

  it('trd-pattern + clinic + insurance very important → esketamine first, saying why', () => {
    const answers = { 'pref-setting': 'clinic', 'pref-insurance': 'very' };
    expect(ids('trd-pattern', answers)[0]).to.equal('esketamine-nasal');
    expect(reasonsOf('trd-pattern', answers, 'esketamine-nasal')).to.include.members([
      say.trdApproved,
      say.clinicFits,
      say.coverageLikely,
    ]);
    expect(reasonsOf('trd-pattern', answers, 'ketamine-iv')).to.include(say.coverageUnlikely);
  });

  for (const pattern of PATTERNS) {
    it(`${pattern}: vascular → esketamine listed last with its caution, never dropped`, () => {
      const answers = { health: ['vascular'] };
      const ranked = rank(pattern, answers);
      expect(ranked.map((o) => o.id)).to.have.members([...OPTION_IDS]);
      expect(ranked.at(-1)!.id).to.equal('esketamine-nasal');
      expect(ranked.at(-1)!.reasons).to.include(say.contraindicated.replace('{topic}', topic('vascular')));
      expect(reasonsOf(pattern, answers, 'ketamine-iv')).to.include(`Tell your doctor about ${topic('vascular')}.`);
    });
  }

  it('home + insurance not important → oral ketamine never first, never for "home", FDA warning given', () => {
    for (const pattern of PATTERNS) {
      const answers = { 'pref-setting': 'home', 'pref-insurance': 'not', 'pref-routes': ['oral'] };
      const ranked = rank(pattern, answers);
      expect(ranked[0].id).not.to.equal('ketamine-oral');
      const oral = ranked.find((o) => o.id === 'ketamine-oral')!.reasons;
      expect(oral).to.include(say.fdaWarning);
      expect(oral).to.include(say.homeClash);
      expect(oral).not.to.include(say.homeFits);
    }
    const oralFacts = options.find((o) => o.id === 'ketamine-oral')!.facts;
    expect(oralFacts.some((f) => /FDA warned/.test(f.text) && f.source === sources.S81)).to.equal(true);
  });

  for (const pattern of ['one-adequate-trial', 'no-adequate-trial', 'unclear'] as const) {
    it(`${pattern}: medication change and talk therapy first; ketamine after, "usually after two medicines"`, () => {
      const order = ids(pattern);
      expect(order.slice(0, 2)).to.have.members(['medication-change', 'psychotherapy']);
      expect(order.slice(-3)).to.deep.equal(KETAMINE);
      for (const id of [...KETAMINE, 'esketamine-nasal'] as const)
        expect(reasonsOf(pattern, {}, id)).to.include(say.afterTwoMedicines);
      expect(reasonsOf(pattern, {}, 'medication-change')).to.include(say.usualNextStep);
    });
  }

  it('one adequate trial failed → TMS right after the first steps', () => {
    expect(ids('one-adequate-trial')[2]).to.equal('tms');
    expect(reasonsOf('one-adequate-trial', {}, 'tms')).to.include(say.tmsAfterOne);
    expect(reasonsOf('no-adequate-trial', {}, 'tms')).not.to.include(say.tmsAfterOne);
  });

  for (const pattern of ['one-adequate-trial', 'no-adequate-trial', 'unclear'] as const) {
    it(`${pattern}: esketamine follows with the ketamine options, after TMS and ECT, and says "usually after two medicines"`, () => {
      expect(ids(pattern).slice(-4)).to.deep.equal(['esketamine-nasal', ...KETAMINE]);
      expect(reasonsOf(pattern, {}, 'esketamine-nasal')).to.include(say.afterTwoMedicines);
    });
  }

  it('preferences change the order: IV only, at a clinic, fast → IV ketamine first in trd-pattern', () => {
    const answers = { 'pref-routes': ['iv'], 'pref-setting': 'clinic', 'pref-speed': 'fast' };
    expect(ids('trd-pattern', answers)[0]).to.equal('ketamine-iv');
    expect(reasonsOf('trd-pattern', answers, 'ketamine-iv')).to.include.members([
      say.fastInfusion,
      say.routeFits.replace('{route}', reasons.routes.iv),
    ]);
    expect(reasonsOf('trd-pattern', answers, 'esketamine-nasal')).to.include(
      say.routeClash.replace('{route}', reasons.routes.nasal),
    );
  });

  it('no ride and no time → esketamine is not first in trd-pattern, and says why', () => {
    const answers = { 'pref-ride': 'no', 'pref-time': 'no' };
    expect(ids('trd-pattern', answers)[0]).not.to.equal('esketamine-nasal');
    expect(reasonsOf('trd-pattern', answers, 'esketamine-nasal')).to.include.members([say.rideClash, say.twoHoursClash]);
  });

  it('a clinic restriction keeps only the allowed options, in the same order', () => {
    const ranked = rank('trd-pattern', {}, 'none', ['ketamine-iv', 'tms', 'esketamine-nasal']);
    expect(ranked.map((o) => o.id)).to.deep.equal(['esketamine-nasal', 'tms', 'ketamine-iv']);
  });

  it('support level: esketamine mentions its 2020 approval; the order is unchanged', () => {
    expect(rank('trd-pattern', {}, 'support').map((o) => o.id)).to.deep.equal(ids('trd-pattern'));
    expect(rank('trd-pattern', {}, 'support')[0].reasons).to.include(say.supportApproval);
    expect(rank('trd-pattern', {}, 'none')[0].reasons).not.to.include(say.supportApproval);
  });

  it('other health answers add "tell your doctor" notes without reordering', () => {
    const answers = { health: ['pregnancy', 'stimulants-maoi'] };
    expect(ids('trd-pattern', answers)).to.deep.equal(ids('trd-pattern'));
    expect(reasonsOf('trd-pattern', answers, 'esketamine-nasal')).to.include.members([
      `Tell your doctor about ${topic('pregnancy')}.`,
      `Tell your doctor about ${topic('stimulants-maoi')}.`,
    ]);
    expect(reasonsOf('trd-pattern', answers, 'ketamine-iv')).not.to.include(`Tell your doctor about ${topic('stimulants-maoi')}.`);
    expect(reasonsOf('trd-pattern', answers, 'tms')).to.deep.equal(reasonsOf('trd-pattern', {}, 'tms'));
  });

  it('says when the person has tried an option before', () => {
    const answers = { 'other-treatments': ['ketamine', 'add-on'] };
    for (const id of [...KETAMINE, 'medication-change'] as const) expect(reasonsOf('trd-pattern', answers, id)).to.include(say.triedBefore);
    expect(reasonsOf('trd-pattern', answers, 'esketamine-nasal')).not.to.include(say.triedBefore);
  });
});

describe('rankOptions: rules that hold for any answers', () => {
  const ROUTES = ['nasal', 'iv', 'injection', 'oral', 'non-medicine'];
  const maybe = (...values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
  const arbitraryCase = fc.record({
    pattern: fc.constantFrom(...PATTERNS),
    safety: fc.constantFrom<SafetyLevel>('none', 'support'),
    answers: fc.record({
      'pref-setting': maybe('clinic', 'home', 'either'),
      'pref-routes': fc.subarray(ROUTES),
      'pref-insurance': maybe('very', 'somewhat', 'not'),
      'pref-time': maybe('yes', 'no', 'unsure'),
      'pref-ride': maybe('yes', 'no', 'unsure'),
      'pref-speed': maybe('fast', 'weeks', 'unsure'),
      health: fc.subarray([...CAUTION_IDS]),
      'other-treatments': fc.subarray(['psychotherapy', 'add-on', 'tms', 'ect', 'esketamine', 'ketamine']),
    }),
  });
  const clean = (answers: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers;

  it('lists every option once, whatever the preferences and health answers', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ pattern, safety, answers }) => {
        const ranked = rankOptions({ pattern, safetyLevel: safety, answers: clean(answers), content: ENGLISH_RESULT });
        expect(ranked.map((o) => o.id)).to.have.members([...OPTION_IDS]);
        for (const o of ranked) for (const r of o.reasons) expect(r).to.match(/^[^{}]+$/);
      }),
    );
  });

  it('keeps ketamine IV, IM, oral in that order; oral below every other option that fits; never "home" for oral', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ pattern, safety, answers }) => {
        const given = clean(answers);
        const ranked = rankOptions({ pattern, safetyLevel: safety, answers: given, content: ENGLISH_RESULT });
        const order = ranked.map((o) => o.id);
        const at = (id: OptionId) => order.indexOf(id);
        expect(at('ketamine-iv')).to.be.below(at('ketamine-im'));
        expect(at('ketamine-im')).to.be.below(at('ketamine-oral'));
        const contraindicated = (id: OptionId) => id === 'esketamine-nasal' && answers.health.includes('vascular');
        for (const option of options) {
          const fits = preferenceFit(option, readPreferences(given)).clashes === 0 && !contraindicated(option.id);
          if (fits && option.id !== 'ketamine-oral') expect(at(option.id)).to.be.below(at('ketamine-oral'));
        }
        expect(ranked.find((o) => o.id === 'ketamine-oral')!.reasons).not.to.include(say.homeFits);
      }),
    );
  });

  it('never puts an off-label option above an approved or cleared one that fits equally well', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ pattern, safety, answers }) => {
        const given = clean(answers);
        const order = rankOptions({ pattern, safetyLevel: safety, answers: given, content: ENGLISH_RESULT }).map((o) => o.id);
        const score = (id: OptionId) => preferenceFit(options.find((o) => o.id === id)!, readPreferences(given)).score;
        const approved = options.filter(
          (o) => (o.approval === 'fda-approved' || o.approval === 'fda-cleared') && !(o.id === 'esketamine-nasal' && answers.health.includes('vascular')),
        );
        for (const offLabel of options.filter((o) => o.approval === 'off-label'))
          for (const other of approved)
            if (score(offLabel.id) === score(other.id)) expect(order.indexOf(other.id)).to.be.below(order.indexOf(offLabel.id));
      }),
    );
  });

  it('trd-pattern: esketamine first whenever it fits; with vascular, last', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ safety, answers }) => {
        const given = clean(answers);
        const order = rankOptions({ pattern: 'trd-pattern', safetyLevel: safety, answers: given, content: ENGLISH_RESULT }).map((o) => o.id);
        const esketamine = options.find((o) => o.id === 'esketamine-nasal')!;
        if (answers.health.includes('vascular')) expect(order.at(-1)).to.equal('esketamine-nasal');
        else if (preferenceFit(esketamine, readPreferences(given)).clashes === 0) expect(order[0]).to.equal('esketamine-nasal');
      }),
    );
  });
});
