import { expect } from '@open-wc/testing';
import type { Answers } from '../../src/bank/types.js';
import cautions from '../../questions/cautions.en.js';
import { cautionsFor, cautionsForOption, contraindicationsFor } from '../../src/clinical/cautions.js';

describe('cautions', () => {
  const cases: Array<[string, Answers, string[]]> = [
    ['none of these', { health: ['none'] }, []],
    ['no answer', {}, []],
    ['several, in the data order', { health: ['sedatives', 'vascular', 'bipolar'] }, ['vascular', 'bipolar', 'sedatives']],
    ['an unknown id is ignored', { health: ['vascular', 'made-up'] }, ['vascular']],
  ];
  for (const [name, answers, expected] of cases) {
    it(`cautionsFor: ${name}`, () => expect(cautionsFor(answers, cautions)).to.deep.equal(expected));
  }

  it('maps the chosen cautions to the options they bear on', () => {
    const chosen = ['vascular', 'stimulants-maoi', 'bipolar'];
    expect(cautionsForOption('esketamine-nasal', chosen, cautions).map((c) => c.id)).to.deep.equal(['vascular', 'bipolar', 'stimulants-maoi']);
    expect(cautionsForOption('ketamine-iv', chosen, cautions).map((c) => c.id)).to.deep.equal(['vascular', 'bipolar']);
    expect(cautionsForOption('psychotherapy', chosen, cautions).map((c) => c.id)).to.deep.equal(['bipolar']);
  });

  it('finds the label contraindication only for esketamine', () => {
    expect(contraindicationsFor('esketamine-nasal', ['vascular'], cautions).map((c) => c.id)).to.deep.equal(['vascular']);
    expect(contraindicationsFor('ketamine-iv', ['vascular'], cautions)).to.deep.equal([]);
    expect(contraindicationsFor('esketamine-nasal', ['blood-pressure', 'pregnancy'], cautions)).to.deep.equal([]);
  });
});
