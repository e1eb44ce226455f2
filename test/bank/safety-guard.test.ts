/**
 * The safety and instrument guards: no bank can skip PHQ-9 item 9 or the ASQ (conditions,
 * `endsScreen`, order), leave a risk answer unflagged, change the PHQ-9's scores, or change the
 * instruments' wording in the bank's language (English or Spanish).
 */
import { expect } from '@open-wc/testing';
import spanishWords from '../../questions/es/index.js';
import { INSTRUMENT_ITEM_IDS } from '../../src/bank/instrument-guard.js';
import type { QuestionBank } from '../../src/bank/types.js';
import { contentFor } from '../../src/i18n/locale-content.js';
import { localize } from '../../src/i18n/translation.js';
import { bank, brokenBank, expectRefused, expectValid, question, step } from './bank-helpers.js';

const spanish: QuestionBank = localize(contentFor('en').content, spanishWords).content.bank;

describe('safety guard: nothing ends the screen before the risk questions', () => {
  it('refuses endsScreen outside the welcome section', () => {
    const inFeeling = brokenBank((b) => (question(b, 'phq9-difficulty').options![3].endsScreen = true));
    expectRefused(inFeeling, 'Question "phq9-difficulty": option "extremely" cannot end the screen: "endsScreen" is only allowed in the "welcome" section.', 'phq9-difficulty');
    const later = brokenBank((b) => (question(b, 'pref-time').options![1].endsScreen = true));
    expectRefused(later, 'Question "pref-time": option "no" cannot end the screen', 'pref-time');
  });

  it('accepts endsScreen in the welcome section (the age question), and endsScreen: false anywhere', () => {
    expect(question(bank, 'age').options![1].endsScreen).to.equal(true);
    expectValid(brokenBank((b) => (question(b, 'pref-time').options![1].endsScreen = false)));
  });

  it('refuses the ASQ out of its order', () => {
    const swapped = brokenBank((b) => {
      const steps = b.sections.find((s) => s.id === 'safety')!.steps;
      [steps[0], steps[1]] = [steps[1], steps[0]];
    });
    expectRefused(swapped, 'Question "asq-2" must come after question "asq-1"', 'asq-2');
    const threeFour = brokenBank((b) => {
      const steps = b.sections.find((s) => s.id === 'safety')!.steps;
      [steps[2], steps[3]] = [steps[3], steps[2]];
    });
    expectRefused(threeFour, 'Question "asq-4" must come after question "asq-3"', 'asq-4');
  });

  it('refuses a condition or repeat on the step of asq-5 or phq9-9', () => {
    expectRefused(brokenBank((b) => (step(b, 'asq-5').enableWhen = [{ question: 'asq-1', operator: '=', answer: 'yes' }])), 'Question "asq-5" must always be shown', 'asq-5');
    expectRefused(brokenBank((b) => (step(b, 'phq9-9').repeatFor = 'meds-tried')), 'Question "phq9-9" must always be shown', 'phq9-9');
  });
});

describe('safety guard: every answer but "no" (ASQ) or "not at all" (item 9) escalates', () => {
  it('refuses an extra unflagged asq-5 option "Not sure"', () => {
    const notSure = brokenBank((b) => question(b, 'asq-5').options!.push({ id: 'unsure', label: 'Not sure' }));
    expectRefused(notSure, 'Question "asq-5": option "unsure" must have risk "urgent". Every answer but "no" escalates.', 'asq-5');
  });

  it('refuses an extra unflagged option on ASQ 1–4', () => {
    const maybe = brokenBank((b) => question(b, 'asq-2').options!.splice(1, 0, { id: 'maybe', label: 'Maybe' }));
    expectRefused(maybe, 'Question "asq-2": option "maybe" must have risk "support".', 'asq-2');
  });

  it('refuses asq-5\'s urgent answers flagged as support only', () => {
    expectRefused(brokenBank((b) => (question(b, 'asq-5').options![0].risk = 'support')), 'Question "asq-5": option "yes" must have risk "urgent".', 'asq-5');
  });
});

describe('instrument guard: PHQ-9 scores', () => {
  it('refuses scores that are not 0, 1, 2, 3 in order', () => {
    const allZero = brokenBank((b) => question(b, 'phq9-4').options!.forEach((o) => (o.score = 0)));
    expectRefused(allZero, 'Question "phq9-4": the answers must score 0, 1, 2, 3, in this order (the PHQ-9\'s scoring).', 'phq9-4');
    const reversed = brokenBank((b) => question(b, 'phq9-1').options!.forEach((o, i) => (o.score = 3 - i)));
    expectRefused(reversed, 'Question "phq9-1": the answers must score 0, 1, 2, 3', 'phq9-1');
    const unscored = brokenBank((b) => delete question(b, 'phq9-9').options![3].score);
    expectRefused(unscored, 'Question "phq9-9": the answers must score 0, 1, 2, 3', 'phq9-9');
  });
});

describe('instrument guard: the instruments\' own wording in the bank\'s language', () => {
  it('covers PHQ-9 1–9, its difficulty item and ASQ 1–5', () => {
    expect(INSTRUMENT_ITEM_IDS).to.deep.equal([
      'phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9', 'phq9-difficulty',
      'asq-1', 'asq-2', 'asq-3', 'asq-4', 'asq-5',
    ]);
  });

  it('refuses changed English question texts', () => {
    const softened = brokenBank((b) => (question(b, 'asq-3').text = 'Lately, have you been thinking about ending things?'));
    expectRefused(softened, 'Question "asq-3": the text must be the ASQ\'s own English wording, "In the past week, have you been having thoughts about killin…".', 'asq-3');
    expectRefused(brokenBank((b) => (question(b, 'phq9-2').text = 'Feeling sad')), 'Question "phq9-2": the text must be the PHQ-9\'s own English wording', 'phq9-2');
  });

  it('refuses changed answer labels, "I\'d rather not answer" included', () => {
    expectRefused(brokenBank((b) => (question(b, 'asq-1').options![1].label = 'Yes')), 'Question "asq-1": option "no" must read "No" (the ASQ\'s own wording).', 'asq-1');
    expectRefused(brokenBank((b) => (question(b, 'phq9-5').options![1].label = 'Some days')), 'Question "phq9-5": option "several-days" must read "Several days"', 'phq9-5');
    expectRefused(brokenBank((b) => (question(b, 'asq-4').options![2].label = 'Skip')), 'Question "asq-4": option "decline" must read "I\'d rather not answer"', 'asq-4');
  });

  it('refuses answers in another order or missing', () => {
    const reordered = brokenBank((b) => question(b, 'asq-2').options!.reverse());
    expectRefused(reordered, 'Question "asq-2": the answers must be exactly "yes", "no", "decline", in this order (the ASQ\'s).', 'asq-2');
    const noNo = brokenBank((b) => question(b, 'asq-1').options!.splice(1, 1));
    expectRefused(noNo, 'Question "asq-1": the answers must be exactly "yes", "no", "decline"', 'asq-1');
  });

  it('ignores spacing and Unicode composition', () => {
    expectValid(brokenBank((b) => (question(b, 'phq9-8').text = `  ${question(b, 'phq9-8').text.replace(/ /g, '  ')}\n`)));
    const decomposed = brokenBank((b) => (question(b, 'asq-1').text = question(b, 'asq-1').text.normalize('NFD')), spanish);
    expectValid(decomposed);
  });

  it('accepts the shipped Spanish bank, and refuses English wording under locale "es"', () => {
    expect(spanish.locale).to.equal('es');
    expectValid(spanish);
    const english = brokenBank((b) => (b.locale = 'es'));
    expectRefused(english, 'Question "phq9-9": the text must be the PHQ-9\'s own Spanish wording, "Pensamientos de que estaría mejor muerto(a) o de lastimarse', 'phq9-9');
    expectRefused(english, 'Question "asq-1": option "yes" must read "Sí"', 'asq-1');
    expectRefused(english, 'Question "phq9-1": option "not-at-all" must read "Ningún día"', 'phq9-1');
  });

  it('refuses another Spanish PHQ-9 scale ("Para nada") or a Spanish text under locale "en"', () => {
    const otherScale = brokenBank((b) => (question(b, 'phq9-3').options![0].label = 'Para nada'), spanish);
    expectRefused(otherScale, 'Question "phq9-3": option "not-at-all" must read "Ningún día"', 'phq9-3');
    const mixed = brokenBank((b) => (b.locale = 'en'), spanish);
    expectRefused(mixed, 'Question "asq-5": the text must be the ASQ\'s own English wording', 'asq-5');
  });
});
