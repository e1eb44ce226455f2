import { expect } from '@open-wc/testing';
import { answerOf, toggleChoice } from '../../src/bank/answers.js';
import { conditionHolds, isEnabled } from '../../src/bank/conditions.js';
import { answerRisk, higherLevel, templateIdOf } from '../../src/bank/risk.js';
import { missingAnswers, optionName, visibleSteps } from '../../src/bank/steps.js';
import type { Answers, AnswerOption, QuestionBank, SafetyLevel } from '../../src/bank/types.js';
import { bank } from '../helpers/journeys.js';

describe('toggleChoice', () => {
  const options: AnswerOption[] = [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
    { id: 'none', label: 'None of these', exclusive: true },
  ];

  it('adds a choice in the options’ order and removes it when unchecked', () => {
    expect(toggleChoice(options, [], 'b', true)).to.deep.equal(['b']);
    expect(toggleChoice(options, ['c'], 'a', true)).to.deep.equal(['a', 'c']);
    expect(toggleChoice(options, ['a', 'c'], 'a', true)).to.deep.equal(['a', 'c']);
    expect(toggleChoice(options, ['a', 'c'], 'a', false)).to.deep.equal(['c']);
    expect(toggleChoice(options, ['c'], 'a', false)).to.deep.equal(['c']);
  });

  it('clears the others when an exclusive option is checked, and clears it when another is', () => {
    expect(toggleChoice(options, ['a', 'b'], 'none', true)).to.deep.equal(['none']);
    expect(toggleChoice(options, ['none'], 'b', true)).to.deep.equal(['b']);
    expect(toggleChoice(options, ['none'], 'none', false)).to.deep.equal([]);
  });

  it('ignores an unknown option and never changes the list it was given', () => {
    const current = ['a'];
    expect(toggleChoice(options, current, 'zzz', true)).to.deep.equal(['a']);
    toggleChoice(options, current, 'b', true);
    toggleChoice(options, current, 'none', true);
    expect(current).to.deep.equal(['a']);
  });

  it('keeps "I have not taken an antidepressant" alone in the real medicine list', () => {
    const medsTried = bank.sections.flatMap((s) => s.steps).flatMap((s) => s.questions).find((q) => q.id === 'meds-tried')!;
    const picked = toggleChoice(medsTried.options!, ['sertraline', 'other'], 'none', true);
    expect(picked).to.deep.equal(['none']);
    expect(toggleChoice(medsTried.options!, picked, 'bupropion', true)).to.deep.equal(['bupropion']);
  });
});

describe('higherLevel', () => {
  const levels: SafetyLevel[] = ['none', 'support', 'urgent'];

  it('returns the higher of two levels, in either order', () => {
    for (const [i, a] of levels.entries())
      for (const [j, b] of levels.entries()) expect(higherLevel(a, b), `${a} ${b}`).to.equal(levels[Math.max(i, j)]);
  });
});

describe('answerRisk', () => {
  it('reads PHQ-9 item 9: any answer but "not at all" is support', () => {
    expect(answerRisk(bank, 'phq9-9', 'not-at-all')).to.equal(null);
    for (const value of ['several-days', 'more-than-half', 'nearly-every-day'])
      expect(answerRisk(bank, 'phq9-9', value)).to.equal('support');
    expect(answerRisk(bank, 'phq9-8', 'nearly-every-day')).to.equal(null);
  });

  it('reads the ASQ: "yes" or a refusal on 1–4 is support, on 5 urgent', () => {
    for (const id of ['asq-1', 'asq-2', 'asq-3', 'asq-4']) {
      expect(answerRisk(bank, id, 'yes')).to.equal('support');
      expect(answerRisk(bank, id, 'decline')).to.equal('support');
      expect(answerRisk(bank, id, 'no')).to.equal(null);
    }
    expect(answerRisk(bank, 'asq-5', 'yes')).to.equal('urgent');
    expect(answerRisk(bank, 'asq-5', 'decline')).to.equal('urgent');
    expect(answerRisk(bank, 'asq-5', 'no')).to.equal(null);
  });

  it('finds no risk in other questions, repeated instances or unknown ids', () => {
    expect(answerRisk(bank, 'med-response:sertraline', 'none')).to.equal(null);
    expect(answerRisk(bank, 'meds-tried', ['sertraline', 'none'])).to.equal(null);
    expect(answerRisk(bank, 'no-such-question', 'yes')).to.equal(null);
  });

  it('takes the highest flag among several choices, in a repeated instance too', () => {
    const flagged: QuestionBank = {
      version: 'test',
      locale: 'en',
      sections: [
        {
          id: 'safety',
          title: 'Flags',
          steps: [
            {
              id: 'flags',
              questions: [
                {
                  id: 'flags',
                  type: 'multiple',
                  text: 'Flags',
                  options: [
                    { id: 'calm', label: 'Calm' },
                    { id: 'low', label: 'Low', risk: 'support' },
                    { id: 'high', label: 'High', risk: 'urgent' },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(answerRisk(flagged, 'flags', ['calm'])).to.equal(null);
    expect(answerRisk(flagged, 'flags', ['calm', 'low'])).to.equal('support');
    expect(answerRisk(flagged, 'flags', ['high', 'low'])).to.equal('urgent');
    expect(answerRisk(flagged, 'flags:x', ['low'])).to.equal('support');
    expect(templateIdOf('med-weeks:sertraline')).to.equal('med-weeks');
    expect(templateIdOf('phq9-9')).to.equal('phq9-9');
  });
});

describe('answers are read as own properties only', () => {
  // Question ids that name something every object inherits.
  const inherited = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];

  it('answerOf reads an answer the record holds, never one it inherits', () => {
    for (const id of inherited) expect(answerOf({}, id), id).to.equal(undefined);
    expect(answerOf({ constructor: 'yes' }, 'constructor')).to.equal('yes');
    expect(answerOf({ age: 'adult' }, 'age')).to.equal('adult');
  });

  /** A one-step bank whose questions carry these ids. */
  const bankWith = (...ids: string[]): QuestionBank => ({
    version: 'test',
    locale: 'en',
    typedNames: { other: 'other-name' },
    sections: [
      {
        id: 'health',
        title: 'Health',
        steps: [
          {
            id: 'one',
            questions: ids.map((id) => ({ id, type: 'single' as const, text: id, required: true, options: [{ id: 'yes', label: 'Yes' }] })),
          },
        ],
      },
    ],
  });

  it('a required question with an id such as `constructor` is still required', () => {
    const ids = ['constructor', 'toString', 'valueOf'];
    const [step] = visibleSteps(bankWith(...ids), {});
    expect(missingAnswers(step, {})).to.deep.equal(ids);
    expect(missingAnswers(step, { constructor: 'yes' })).to.deep.equal(['toString', 'valueOf']);
  });

  it('a condition on an unanswered `toString` or `constructor` sees no answer', () => {
    const answers: Answers = {};
    expect(conditionHolds({ question: 'toString', operator: 'exists', answer: false }, answers)).to.equal(true);
    expect(conditionHolds({ question: 'constructor', operator: 'exists', answer: true }, answers)).to.equal(false);
    expect(conditionHolds({ question: 'constructor', operator: '!=', answer: 'yes' }, answers)).to.equal(false);
    expect(isEnabled({ enableWhen: [{ question: 'valueOf', operator: 'excludes', answer: 'yes' }] }, answers)).to.equal(false);
  });

  it('a typed name is read only from an answer the record holds', () => {
    const shown = optionName(bankWith('other-name'), { id: 'constructor', label: 'Constructor' }, {});
    expect(shown).to.equal('Constructor');
    expect(optionName(bankWith('other-name'), { id: 'other', label: 'Other' }, { 'other-name': ' Zelmora ' })).to.equal('Zelmora');
  });
});
