import { expect } from '@open-wc/testing';
import { BANK_CODE_SYSTEM, LOINC, RESULT_CODE_SYSTEM } from '../../src/fhir/codes.js';
import { toQuestionnaire } from '../../src/fhir/questionnaire.js';
import type { Coding, Questionnaire } from '../../src/fhir/types.js';
import { loadContent } from '../../src/i18n/locale-content.js';
import { wholeUiOf } from '../../src/i18n/result-content.js';
import { bank } from '../helpers/journeys.js';
import { itemsOf } from './structure.js';

/** The codes on the exported Questionnaire: LOINC for the PHQ-9 (CLINICAL.md §3), ours for the rest. */

const find = (q: Questionnaire, linkId: string) => itemsOf(q).get(linkId)?.item;

/** A code of the bank's own code system, at the bank's version. */
const own = (code: string, display: string) => ({ system: BANK_CODE_SYSTEM, version: bank.version, code, display });

/** Every coding in the questionnaire: items' codes, answer options' and enableWhen's. */
function codingsOf(questionnaire: Questionnaire): Coding[] {
  const codings: Coding[] = [];
  JSON.stringify(questionnaire, (key, value: unknown) => {
    if (key === 'valueCoding' || key === 'answerCoding') codings.push(value as Coding);
    if (key === 'code' && Array.isArray(value)) codings.push(...(value as Coding[]));
    return value;
  });
  return codings;
}

describe('FHIR codes', () => {
  const questionnaire = toQuestionnaire(bank);

  it('codes the PHQ-9 with LOINC (panel, items, difficulty, total); every other coding is the bank’s or the result’s own', () => {
    const loinc = (linkId: string) => find(questionnaire, linkId)!.code;
    expect(loinc('section:feeling')).to.deep.equal([{ system: LOINC, code: '44249-1', display: 'PHQ-9 quick depression assessment panel' }]);
    const items = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
    expect(items.map((_, i) => loinc(`phq9-${i + 1}`))).to.deep.equal(items.map((code) => [{ system: LOINC, code }]));
    expect(loinc('phq9-difficulty')).to.deep.equal([{ system: LOINC, code: '69722-7' }]);
    expect(find(questionnaire, 'phq9-difficulty')!.answerOption!.map((o) => o.valueCoding.code)).to.deep.equal([
      'LA6572-7',
      'LA6573-5',
      'LA6575-0',
      'LA6574-3',
    ]);
    expect(loinc('result:phq9-total')).to.deep.equal([{ system: LOINC, code: '44261-6' }]);
    expect(find(questionnaire, 'asq-1')!.answerOption!.map((o) => o.valueCoding)).to.deep.equal([
      own('yes', 'Yes'),
      own('no', 'No'),
      own('decline', "I'd rather not answer"),
    ]);
    expect(find(questionnaire, 'result:pattern')!.answerOption![0].valueCoding).to.include({ system: RESULT_CODE_SYSTEM, version: '2' });
    const codings = codingsOf(questionnaire);
    const withoutSystem = codings.filter((c) => ![LOINC, BANK_CODE_SYSTEM, RESULT_CODE_SYSTEM].includes(c.system!));
    expect(withoutSystem).to.deep.equal([]);
    expect(codings.filter((c) => c.system === BANK_CODE_SYSTEM && c.version !== bank.version)).to.deep.equal([]);
  });

  it('the Spanish questionnaire carries the same codes, in the same places', async () => {
    const content = await loadContent('es');
    const spanish = toQuestionnaire(content.bank, wholeUiOf(content), content.resultContent!.options);
    const codes = (q: Questionnaire) => codingsOf(q).map(({ system, version, code }) => `${system}|${version}|${code}`);
    expect(codes(spanish)).to.deep.equal(codes(questionnaire));
    expect(find(spanish, 'phq9-1')!.answerOption![1].valueCoding).to.deep.equal({ system: LOINC, code: 'LA6569-3', display: 'Varios días' });
  });
});
