import { expect } from '@open-wc/testing';
import type { Question, Section } from '../../src/bank/types.js';
import { formatBankErrors, validateBank } from '../../src/bank/validate.js';
import { bank, brokenBank, expectRefused, expectValid, question, removeStep, step } from './bank-helpers.js';

describe('validateBank: the shipped bank', () => {
  it('validates, and gives back a copy', () => {
    const checked = expectValid(bank);
    // A copy since the bank guard (checked then frozen), not the object passed in.
    expect(checked).to.deep.equal(bank);
    expect(checked).to.not.equal(bank);
  });

  it('has the fixed sections and steps in order', () => {
    expect(bank.sections.map((s) => s.id)).to.deep.equal([
      'welcome', 'feeling', 'safety', 'medicines', 'other-treatments', 'health', 'preferences',
    ]);
    expect(bank.sections.flatMap((s) => s.steps.map((st) => st.id))).to.deep.equal([
      'welcome',
      'phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9', 'phq9-difficulty',
      'asq-1', 'asq-2', 'asq-3', 'asq-4', 'asq-5',
      'period', 'meds', 'med',
      'other-treatments', 'health',
      'pref-setting', 'pref-routes', 'pref-insurance', 'pref-time', 'pref-ride', 'pref-speed',
    ]);
  });

  it('flags every escalating answer and nothing else', () => {
    const flagged = bank.sections
      .flatMap((s) => s.steps.flatMap((st) => st.questions))
      .flatMap((q) => (q.options ?? []).filter((o) => o.risk).map((o) => `${q.id}/${o.id}/${o.risk}`));
    expect(flagged).to.deep.equal([
      'phq9-9/several-days/support', 'phq9-9/more-than-half/support', 'phq9-9/nearly-every-day/support',
      'asq-1/yes/support', 'asq-1/decline/support', 'asq-2/yes/support', 'asq-2/decline/support',
      'asq-3/yes/support', 'asq-3/decline/support', 'asq-4/yes/support', 'asq-4/decline/support',
      'asq-5/yes/urgent', 'asq-5/decline/urgent',
    ]);
  });

  it('quotes the instruments verbatim and marks them', () => {
    expect(question(bank, 'phq9-9').text).to.equal(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(question(bank, 'asq-5').text).to.equal('Are you having thoughts of killing yourself right now?');
    for (const id of ['phq9-1', 'phq9-8', 'phq9-difficulty', 'asq-1', 'asq-5'])
      expect(question(bank, id).verbatim, id).to.equal(true);
    expect(step(bank, 'phq9-4').introVerbatim).to.equal(true);
    expect(question(bank, 'phq9-1').help).to.include('Robert L. Spitzer');
  });

  it('lists every medicine once, unconfirmed brands left out', () => {
    const options = question(bank, 'meds-tried').options!;
    expect(options).to.have.length(29);
    expect(options.find((o) => o.id === 'sertraline')).to.include({ label: 'sertraline (Zoloft)', group: 'Medicines like sertraline (SSRIs)' });
    expect(options.find((o) => o.id === 'fluvoxamine')!.label).to.equal('fluvoxamine');
    // The dose range is the dose question's hint, never shown in the list.
    expect(options.find((o) => o.id === 'selegiline-patch')).to.deep.include({ hint: 'Usual dose range: 6–12 mg per 24 hours' });
    expect(options.some((o) => o.help), 'no hint in the list').to.equal(false);
    expect(options.find((o) => o.id === 'none')!.exclusive).to.equal(true);
    expect(step(bank, 'med').repeatFor).to.equal('meds-tried');
    expect(bank.typedNames).to.deep.equal({ other: 'meds-other-name' });
  });

  it('asks asq-5 only after a positive or declined asq-1…4', () => {
    expect(question(bank, 'asq-5').enableBehavior).to.equal('any');
    expect(question(bank, 'asq-5').enableWhen!.map((c) => `${c.question}${c.operator}${String(c.answer)}`)).to.deep.equal([
      'asq-1!=no', 'asq-2!=no', 'asq-3!=no', 'asq-4!=no',
    ]);
  });
});

describe('validateBank: broken banks are refused with a message naming the problem', () => {
  it('refuses what is not a bank', () => {
    expectRefused(null, 'The bank must be an object.');
    expectRefused({ version: '1', locale: 'fr', sections: [] }, 'The bank: "locale" must be "en" or "es".');
    expectRefused({ locale: 'en', sections: [] }, 'The bank has no version.');
    expectRefused({ version: '1', locale: 'en', sections: [] }, 'The bank has no sections.');
  });

  it('a question without an id', () => {
    expectRefused(brokenBank((b) => delete (question(b, 'age') as Partial<Question>).id), 'Question 1 of step "welcome" has no id.');
  });

  it('a duplicate question id', () => {
    expectRefused(brokenBank((b) => (question(b, 'pref-ride').id = 'pref-time')), 'Question id "pref-time" is used more than once.', 'pref-time');
  });

  it('a duplicate step id', () => {
    expectRefused(brokenBank((b) => (step(b, 'pref-ride').id = 'pref-time')), 'Step id "pref-time" is used more than once.');
  });

  it('an id with spaces or a colon', () => {
    expectRefused(brokenBank((b) => (question(b, 'health').id = 'my health')), 'has an invalid id "my health"');
    expectRefused(brokenBank((b) => (question(b, 'health').options![0].id = 'a:b')), 'option 1 has an invalid id "a:b"');
  });

  it('a condition on an unknown question', () => {
    const input = brokenBank((b) => (question(b, 'meds-other-name').enableWhen![0].question = 'nope'));
    expectRefused(input, 'Question "meds-other-name": condition 1 refers to unknown question "nope".', 'meds-other-name');
  });

  it('a condition on a later question', () => {
    const input = brokenBank((b) => (question(b, 'meds-other-name').enableWhen![0].question = 'health'));
    expectRefused(input, 'refers to "health", which comes later in the bank.', 'meds-other-name');
  });

  it('a condition whose answer is not an option', () => {
    const input = brokenBank((b) => (question(b, 'meds-other-name').enableWhen![0].answer = 'others'));
    expectRefused(input, 'condition 1 answers "others", which is not an option of question "meds-tried".', 'meds-other-name');
  });

  it('a condition with an unknown operator', () => {
    const input = brokenBank((b) => {
      (question(b, 'meds-other-name').enableWhen![0] as { operator: string }).operator = 'contains';
    });
    expectRefused(input, 'condition 1: "operator" must be "=" or "!=" or "includes" or "excludes" or "exists".', 'meds-other-name');
  });

  it('an option without an id', () => {
    const input = brokenBank((b) => delete (question(b, 'phq9-3').options![1] as { id?: string }).id);
    expectRefused(input, 'Question "phq9-3": option 2 has no id.', 'phq9-3');
  });

  it('a duplicate option id', () => {
    const input = brokenBank((b) => (question(b, 'pref-speed').options![1].id = 'fast'));
    expectRefused(input, 'Question "pref-speed": option id "fast" is used more than once.', 'pref-speed');
  });

  it('empty text and empty labels', () => {
    expectRefused(brokenBank((b) => (question(b, 'pref-time').text = '  ')), 'Question "pref-time": "text" must be non-empty text.', 'pref-time');
    expectRefused(brokenBank((b) => delete (question(b, 'pref-time') as Partial<Question>).text), 'Question "pref-time" has no text.', 'pref-time');
    expectRefused(brokenBank((b) => (question(b, 'pref-time').options![0].label = '')), 'Question "pref-time": option "yes": "label" must be non-empty text.');
    expectRefused(brokenBank((b) => delete (b.sections[0] as Partial<Section>).title), 'Section "welcome" has no title.');
  });

  it('an unknown section', () => {
    const input = brokenBank((b) => ((b.sections[4] as { id: string }).id = 'extras'));
    expectRefused(input, 'Section 5 has an unknown id "extras"');
  });

  it('sections out of order or twice', () => {
    expectRefused(brokenBank((b) => b.sections.reverse()), 'is out of order');
    const twice = brokenBank((b) => b.sections.splice(6, 0, { ...structuredClone(b.sections[5]), steps: [] }));
    expectRefused(twice, 'Section "health" appears more than once.');
  });

  it('a step without questions', () => {
    expectRefused(brokenBank((b) => (step(b, 'pref-time').questions = [])), 'Step "pref-time" has no questions.');
  });

  it('repeatFor on a question that is not multiple-choice', () => {
    const input = brokenBank((b) => (step(b, 'med').repeatFor = 'period-length'));
    expectRefused(input, 'Step "med": repeatFor "period-length" is not a multiple-choice question.');
  });

  it('repeatFor on an unknown question', () => {
    expectRefused(brokenBank((b) => (step(b, 'med').repeatFor = 'pills')), 'repeatFor refers to "pills", which is not an earlier question.');
  });

  it('a bad risk level', () => {
    const input = brokenBank((b) => ((question(b, 'health').options![0] as { risk?: string }).risk = 'high'));
    expectRefused(input, 'Question "health": option "vascular": "risk" must be "support" or "urgent".', 'health');
  });

  it('a choice question without options', () => {
    expectRefused(brokenBank((b) => (question(b, 'pref-speed').options = [])), 'Question "pref-speed" has no options.', 'pref-speed');
    expectRefused(brokenBank((b) => delete question(b, 'pref-speed').options), 'Question "pref-speed" has no options.', 'pref-speed');
  });

  it('a text question with options, and an unknown type', () => {
    const withOptions = brokenBank((b) => (question(b, 'meds-other-name').options = [{ id: 'x', label: 'X' }]));
    expectRefused(withOptions, 'Question "meds-other-name": a text question cannot have options.');
    const unknownType = brokenBank((b) => ((question(b, 'pref-time') as { type: string }).type = 'radio'));
    expectRefused(unknownType, 'Question "pref-time": "type" must be "single" or "multiple" or "text" or "number".', 'pref-time');
  });

  it('typedNames pointing nowhere', () => {
    const input = brokenBank((b) => (b.typedNames = { other: 'meds-name', spare: 'meds-other-name' }));
    const errors = expectRefused(input, 'typedNames: "other" names "meds-name", which is not a text question.');
    expect(errors.map((e) => e.message)).to.include('typedNames: "spare" is not an option of a question that a step repeats for.');
  });

  it('records that are not objects, and conditions that are not a list', () => {
    expectRefused(brokenBank((b) => ((b.sections[5].steps as unknown[])[0] = 'health')), 'Step 1 of section "health" is not an object.');
    expectRefused(brokenBank((b) => ((question(b, 'pref-time').options as unknown[])[1] = null)), 'Question "pref-time": option 2 is not an object.', 'pref-time');
    expectRefused(brokenBank((b) => (question(b, 'meds-other-name').enableWhen = [])), 'Question "meds-other-name" has no enableWhen.', 'meds-other-name');
    expectRefused(brokenBank((b) => ((question(b, 'asq-5') as { enableBehavior: string }).enableBehavior = 'some')), 'Question "asq-5": "enableBehavior" must be "all" or "any".', 'asq-5');
  });

  it('wrongly typed fields', () => {
    expectRefused(brokenBank((b) => ((question(b, 'age') as { required: unknown }).required = 'yes')), 'Question "age": "required" must be true or false.');
    expectRefused(brokenBank((b) => ((question(b, 'phq9-1').options![0] as { score: unknown }).score = '0')), 'option "not-at-all": "score" must be a number.');
  });
});

describe('validateBank: the safety guard', () => {
  it('refuses a bank without asq-5', () => {
    const input = brokenBank((b) => removeStep(b, 'asq-5'));
    expectRefused(input, 'Question "asq-5" is missing', 'asq-5');
  });

  it('refuses a bank without the safety section, naming every ASQ question', () => {
    const result = validateBank(brokenBank((b) => (b.sections = b.sections.filter((s) => s.id !== 'safety'))));
    expect(result.ok).to.equal(false);
    const ids = result.ok ? [] : result.errors.map((e) => e.questionId);
    expect(ids).to.include.members(['asq-1', 'asq-2', 'asq-3', 'asq-4', 'asq-5']);
  });

  it('refuses an unflagged phq9-9 option', () => {
    const input = brokenBank((b) => delete question(b, 'phq9-9').options![2].risk);
    expectRefused(input, 'Question "phq9-9": option "more-than-half" must have risk "support".', 'phq9-9');
  });

  it('refuses asq-5 flagged below urgent', () => {
    const input = brokenBank((b) => (question(b, 'asq-5').options![2].risk = 'support'));
    expectRefused(input, 'Question "asq-5": option "decline" must have risk "urgent".', 'asq-5');
  });

  it('refuses an ASQ item without "I\'d rather not answer"', () => {
    const input = brokenBank((b) => (question(b, 'asq-2').options = question(b, 'asq-2').options!.slice(0, 2)));
    expectRefused(input, 'Question "asq-2" needs a "decline" option with risk "support".', 'asq-2');
  });

  it('refuses a conditional or optional ASQ item 1–4', () => {
    const conditional = brokenBank((b) => (question(b, 'asq-3').enableWhen = [{ question: 'phq9-9', operator: '!=', answer: 'not-at-all' }]));
    expectRefused(conditional, 'Question "asq-3" must always be asked', 'asq-3');
    expectRefused(brokenBank((b) => (question(b, 'asq-1').required = false)), 'Question "asq-1" must be required.', 'asq-1');
    expectRefused(brokenBank((b) => (step(b, 'asq-4').enableWhen = [{ question: 'age', operator: '=', answer: 'adult' }])), 'Question "asq-4" must always be shown');
  });

  it('refuses asq-5 hidden behind a narrower condition', () => {
    const input = brokenBank((b) => (question(b, 'asq-5').enableBehavior = 'all'));
    expectRefused(input, 'Question "asq-5" must be asked whenever any of asq-1 to asq-4 is not "no".', 'asq-5');
  });

  it('refuses phq9-9 moved out of the feeling section', () => {
    const input = brokenBank((b) => {
      const moved = step(b, 'phq9-9');
      removeStep(b, 'phq9-9');
      b.sections[6].steps.push(moved);
    });
    expectRefused(input, 'Question "phq9-9" must be in the "feeling" section.', 'phq9-9');
  });

  it('accepts a stronger flag than required', () => {
    const stronger = brokenBank((b) => (question(b, 'asq-1').options![0].risk = 'urgent'));
    expect(validateBank(stronger).ok).to.equal(true);
  });
});

describe('formatBankErrors', () => {
  it('gives one readable message, listing at most ten problems', () => {
    const errors = Array.from({ length: 12 }, (_, i) => ({ message: `Problem ${i + 1}.` }));
    const text = formatBankErrors(errors);
    expect(text.split('\n')[0]).to.equal('The question bank is not valid (12 problems):');
    expect(text).to.include('- Problem 10.').and.not.include('Problem 11.');
    expect(text).to.include('…and 2 more');
    expect(formatBankErrors([{ message: 'One.' }])).to.equal('The question bank is not valid (1 problem):\n- One.');
  });
});

describe('formatBankErrors: a short message, whatever the errors', () => {
  it('cuts long messages and stops at about 1,000 characters', () => {
    const errors = Array.from({ length: 50 }, (_, i) => ({ message: `Problem ${i + 1}: ${'x'.repeat(10_000)}` }));
    const text = formatBankErrors(errors);
    expect(text.length).to.be.at.most(1000);
    for (const line of text.split('\n')) expect(line.length).to.be.at.most(165);
    expect(text).to.match(/…and \d+ more$/);
  });
});
