import { expect } from '@open-wc/testing';
import { conditionHolds, isEnabled } from '../../src/bank/conditions.js';
import { instanceId, missingAnswers, optionName, pruneAnswers, visibleSteps } from '../../src/bank/steps.js';
import type { Answers, Condition, Question, QuestionBank } from '../../src/bank/types.js';
import { bank, MEDICINE_ANSWERS, TYPED_MEDICINE_NAME } from '../helpers/journeys.js';

const single = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  type: 'single',
  text: id,
  required: true,
  options: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  ...extra,
});

/** A small bank exercising every visibility feature: step and question conditions, a chain, a repeat. */
const miniBank: QuestionBank = {
  version: 'test',
  locale: 'en',
  typedNames: { other: 'fruit-name' },
  sections: [
    {
      id: 'welcome',
      title: 'Start',
      steps: [
        { id: 'first', questions: [single('first')] },
        // Chain: second shows when first = a, third when second = b.
        { id: 'second', questions: [single('second', { enableWhen: [{ question: 'first', operator: '=', answer: 'a' }] })] },
        {
          id: 'third',
          enableWhen: [{ question: 'second', operator: '=', answer: 'b' }],
          questions: [single('third', { required: false })],
        },
      ],
    },
    {
      id: 'medicines',
      title: 'Fruit',
      steps: [
        {
          id: 'fruits',
          questions: [
            {
              id: 'fruits',
              type: 'multiple',
              text: 'Fruits',
              required: true,
              options: [
                { id: 'apple', label: 'Apple' },
                { id: 'other', label: 'Another fruit' },
                { id: 'none', label: 'None', exclusive: true },
              ],
            },
            {
              id: 'fruit-name',
              type: 'text',
              text: 'Name it',
              required: true,
              enableWhen: [{ question: 'fruits', operator: 'includes', answer: 'other' }],
            },
          ],
        },
        {
          id: 'fruit',
          title: 'About {name}',
          repeatFor: 'fruits',
          questions: [single('liked', { text: 'Did you like {name}?' }), { id: 'count', type: 'number', text: 'How many?', min: 0 }],
        },
      ],
    },
  ],
};

describe('conditionHolds', () => {
  const holds = (operator: Condition['operator'], answer: string | boolean, answers: Answers) =>
    conditionHolds({ question: 'q', operator, answer }, answers);

  it('"=" is true only for that single answer', () => {
    expect(holds('=', 'a', { q: 'a' })).to.equal(true);
    expect(holds('=', 'a', { q: 'b' })).to.equal(false);
    expect(holds('=', 'a', { q: ['a'] })).to.equal(true);
    expect(holds('=', 'a', { q: ['a', 'b'] })).to.equal(false);
    expect(holds('=', '3', { q: 3 })).to.equal(true);
    expect(holds('=', 'a', {})).to.equal(false);
  });

  it('"!=" is true for another answer, false when unanswered', () => {
    expect(holds('!=', 'a', { q: 'b' })).to.equal(true);
    expect(holds('!=', 'a', { q: 'a' })).to.equal(false);
    expect(holds('!=', 'a', { q: ['a', 'b'] })).to.equal(true);
    expect(holds('!=', 'a', {})).to.equal(false);
  });

  it('"includes" and "excludes" test a list, and are false when unanswered', () => {
    expect(holds('includes', 'a', { q: ['b', 'a'] })).to.equal(true);
    expect(holds('includes', 'a', { q: ['b'] })).to.equal(false);
    expect(holds('includes', 'a', { q: 'a' })).to.equal(true);
    expect(holds('includes', 'a', {})).to.equal(false);
    expect(holds('excludes', 'a', { q: ['b'] })).to.equal(true);
    expect(holds('excludes', 'a', { q: [] })).to.equal(true);
    expect(holds('excludes', 'a', { q: ['a'] })).to.equal(false);
    expect(holds('excludes', 'a', {})).to.equal(false);
  });

  it('"exists" tests presence either way', () => {
    expect(holds('exists', true, { q: 'a' })).to.equal(true);
    expect(holds('exists', true, {})).to.equal(false);
    expect(holds('exists', false, {})).to.equal(true);
    expect(holds('exists', false, { q: [] })).to.equal(false);
  });
});

describe('isEnabled', () => {
  const conditions: Condition[] = [
    { question: 'x', operator: '=', answer: 'yes' },
    { question: 'y', operator: '=', answer: 'yes' },
  ];

  it('needs every condition by default, any one with enableBehavior "any"', () => {
    expect(isEnabled({}, {})).to.equal(true);
    expect(isEnabled({ enableWhen: conditions }, { x: 'yes' })).to.equal(false);
    expect(isEnabled({ enableWhen: conditions }, { x: 'yes', y: 'yes' })).to.equal(true);
    expect(isEnabled({ enableWhen: conditions, enableBehavior: 'any' }, { x: 'yes' })).to.equal(true);
    expect(isEnabled({ enableWhen: conditions, enableBehavior: 'any' }, {})).to.equal(false);
  });

  it('asks ASQ item 5 when any of items 1–4 is not "no" (and not before they are answered)', () => {
    const asq5 = bank.sections.find((s) => s.id === 'safety')!.steps.find((s) => s.id === 'asq-5')!.questions[0];
    const allNo = { 'asq-1': 'no', 'asq-2': 'no', 'asq-3': 'no', 'asq-4': 'no' };
    expect(isEnabled(asq5, {})).to.equal(false);
    expect(isEnabled(asq5, allNo)).to.equal(false);
    expect(isEnabled(asq5, { ...allNo, 'asq-3': 'decline' })).to.equal(true);
    expect(isEnabled(asq5, { 'asq-1': 'yes' })).to.equal(true);
  });
});

describe('visibleSteps', () => {
  const keys = (answers: Answers) => visibleSteps(miniBank, answers).map((s) => s.key);

  it('shows only steps and questions whose conditions hold, and drops emptied steps', () => {
    expect(keys({})).to.deep.equal(['first', 'fruits']);
    expect(keys({ first: 'a' })).to.deep.equal(['first', 'second', 'fruits']);
    expect(keys({ first: 'a', second: 'b' })).to.deep.equal(['first', 'second', 'third', 'fruits']);
    const fruits = visibleSteps(miniBank, { fruits: ['other'] }).find((s) => s.key === 'fruits')!;
    expect(fruits.questions.map((q) => q.id)).to.deep.equal(['fruits', 'fruit-name']);
  });

  it('repeats a step per chosen option, in option order, never for an exclusive one', () => {
    expect(keys({ fruits: ['other', 'apple'] })).to.deep.equal(['first', 'fruits', 'fruit:apple', 'fruit:other']);
    expect(keys({ fruits: ['none'] })).to.deep.equal(['first', 'fruits']);
    expect(keys({ fruits: 'apple' })).to.deep.equal(['first', 'fruits']);
  });

  it('fills {name} with the label or the typed name, and suffixes question ids', () => {
    const steps = visibleSteps(miniBank, { fruits: ['apple', 'other'], 'fruit-name': '  Kiwi ' });
    const [apple, other] = steps.filter((s) => s.repeatOption);
    expect(apple).to.include({ key: 'fruit:apple', title: 'About Apple', sectionId: 'medicines', repeatOption: 'apple' });
    expect(apple.questions.map((q) => [q.id, q.templateId, q.text])).to.deep.equal([
      ['liked:apple', 'liked', 'Did you like Apple?'],
      ['count:apple', 'count', 'How many?'],
    ]);
    expect(other.title).to.equal('About Kiwi');
    expect(visibleSteps(miniBank, { fruits: ['other'], 'fruit-name': ' ' })[2].title).to.equal('About Another fruit');
  });

  it('lays out the real bank: sections in order, ASQ 5 only after a positive, a step per medicine', () => {
    const steps = visibleSteps(bank, { ...MEDICINE_ANSWERS, 'asq-2': 'yes' });
    const sections = [...new Set(steps.map((s) => s.sectionId))];
    expect(sections).to.deep.equal(['welcome', 'feeling', 'safety', 'medicines', 'other-treatments', 'health', 'preferences']);
    expect(steps.map((s) => s.key)).to.include.members(['asq-5', 'med:sertraline', 'med:other']);
    expect(steps.find((s) => s.key === 'med:other')!.title).to.equal(`About ${TYPED_MEDICINE_NAME}`);
    expect(visibleSteps(bank, {}).map((s) => s.key)).to.not.include('asq-5');
  });

  it('builds instance ids and names', () => {
    expect(instanceId('med-weeks', 'sertraline')).to.equal('med-weeks:sertraline');
    const other = miniBank.sections[1].steps[0].questions[0].options![1];
    expect(optionName(miniBank, other, { 'fruit-name': 'Kiwi' })).to.equal('Kiwi');
    expect(optionName(miniBank, other, {})).to.equal('Another fruit');
  });
});

describe('pruneAnswers', () => {
  it('keeps answers to shown questions', () => {
    const answers = { first: 'a', second: 'b', third: 'a', fruits: ['apple'], 'liked:apple': 'a' };
    expect(pruneAnswers(miniBank, answers)).to.deep.equal(answers);
  });

  it('drops hidden answers until nothing else changes (a chain of conditions)', () => {
    const answers = { first: 'b', second: 'b', third: 'a', fruits: ['none'] };
    expect(pruneAnswers(miniBank, answers)).to.deep.equal({ first: 'b', fruits: ['none'] });
  });

  it('drops the answers of an un-picked option and its typed name', () => {
    const answers = {
      fruits: ['apple'],
      'fruit-name': 'Kiwi',
      'liked:apple': 'a',
      'liked:other': 'b',
      'count:other': 2,
      unknown: 'x',
    };
    expect(pruneAnswers(miniBank, answers)).to.deep.equal({ fruits: ['apple'], 'liked:apple': 'a' });
  });
});

describe('missingAnswers', () => {
  const stepOf = (key: string, answers: Answers) => visibleSteps(miniBank, answers).find((s) => s.key === key)!;

  it('lists required questions without a usable answer', () => {
    expect(missingAnswers(stepOf('first', {}), {})).to.deep.equal(['first']);
    expect(missingAnswers(stepOf('first', {}), { first: 'a' })).to.deep.equal([]);
    expect(missingAnswers(stepOf('fruits', {}), { fruits: [] })).to.deep.equal(['fruits']);
    const answers = { fruits: ['other'], 'fruit-name': '   ' };
    expect(missingAnswers(stepOf('fruits', answers), answers)).to.deep.equal(['fruit-name']);
  });

  it('never lists an optional question', () => {
    const answers = { first: 'a', second: 'b', fruits: ['apple'] };
    expect(missingAnswers(stepOf('third', answers), answers)).to.deep.equal([]);
    expect(missingAnswers(stepOf('fruit:apple', answers), answers)).to.deep.equal(['liked:apple']);
    expect(missingAnswers(stepOf('fruit:apple', answers), { ...answers, 'liked:apple': 'b', 'count:apple': 0 })).to.deep.equal([]);
  });
});
