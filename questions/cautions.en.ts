/**
 * Health questions to raise with a doctor (English), one per option of the `health` question:
 * the id is the option's id, and the bank's label is the only wording of the question. Each
 * says "tell your doctor", never "you can't": only a label contraindication moves an option to
 * the end of the list, and none removes it.
 */
import type { Caution, OptionId } from '../src/content-types.js';
import * as s from './sources.js';

const esketamineAndKetamine: OptionId[] = ['esketamine-nasal', 'ketamine-iv', 'ketamine-im', 'ketamine-oral'];

const cautions: Caution[] = [
  {
    id: 'vascular',
    topic: 'your blood vessel problem or bleeding in the brain',
    appliesTo: esketamineAndKetamine,
    contraindicates: ['esketamine-nasal'],
    fact: "Esketamine's label says it must not be used by people with a bulging blood vessel (aneurysm), an AV malformation, or bleeding in the brain in the past. Tell your doctor about this.",
    sources: [s.S72],
  },
  {
    id: 'blood-pressure',
    topic: 'your blood pressure, heart, or head pressure problem',
    appliesTo: esketamineAndKetamine,
    fact: 'Esketamine raises blood pressure. Its label warns about this when a rise in blood pressure, or in pressure inside the head, is a serious risk. Doctors may wait to give a dose if your blood pressure is high. Tell your doctor about this.',
    sources: [s.S69],
  },
  {
    id: 'psychosis',
    topic: 'any psychosis or schizophrenia that you have had',
    appliesTo: esketamineAndKetamine,
    fact: "Esketamine's label asks doctors to weigh the risks with care for people who have had psychosis. A large ketamine study left out people with psychosis. Tell your doctor about this.",
    sources: [s.S70b, s.S77c],
  },
  {
    id: 'bipolar',
    topic: 'any bipolar disorder or mania you have had',
    appliesTo: ['esketamine-nasal', 'ketamine-iv', 'ketamine-im', 'ketamine-oral', 'medication-change', 'psychotherapy', 'tms', 'ect'],
    fact: 'Bipolar depression is left out of how treatment-resistant depression is defined. Tell your doctor about this.',
    sources: [s.S56, s.S77c],
  },
  {
    id: 'pregnancy',
    topic: 'pregnancy, plans to get pregnant, or breastfeeding',
    appliesTo: esketamineAndKetamine,
    fact: 'Esketamine is not recommended during pregnancy or while breastfeeding. Tell your doctor about this.',
    sources: [s.S76],
  },
  {
    id: 'substance-use',
    topic: 'any problems with alcohol or drugs',
    appliesTo: esketamineAndKetamine,
    fact: "Misuse is part of esketamine's boxed warning. Tell your doctor about any problems with alcohol or drugs.",
    sources: [s.S67],
  },
  {
    id: 'bladder',
    topic: 'problems with your bladder or with passing urine',
    appliesTo: esketamineAndKetamine,
    fact: "Ketamine can cause bladder problems, mostly with frequent or long-term use. Bladder problems are also listed among esketamine's effects. Tell your doctor about this.",
    sources: [s.S81, s.S94, s.S63],
  },
  {
    id: 'sedatives',
    topic: 'the pills for sleep, opioids for pain, or benzodiazepines you take',
    appliesTo: esketamineAndKetamine,
    fact: 'Other medicines that make you sleepy can add to the sleepiness from esketamine or ketamine. Tell your doctor about this.',
    sources: [s.S76b],
  },
  {
    id: 'stimulants-maoi',
    topic: 'the stimulant or the MAOI antidepressant that you take',
    appliesTo: ['esketamine-nasal'],
    fact: 'Blood pressure can rise more when esketamine is used with a stimulant or an MAOI. Tell your doctor about this.',
    sources: [s.S76b],
  },
];

export default cautions;
