/**
 * Treatment options a person may discuss with a doctor (English). Every fact is taken from the
 * clinical notes' option table and carries its source. The order here is the default order
 * used to break ties in the ranking.
 */
import type { TreatmentOption } from '../src/content-types.js';
import * as s from './sources.js';

const offLabel = {
  text: 'The FDA has not approved ketamine for depression. It is approved to put people to sleep for surgery and other procedures. Using it for depression is called "off-label."',
  source: s.S80,
};

const options: TreatmentOption[] = [
  {
    id: 'esketamine-nasal',
    title: 'Esketamine (Spravato), a spray for the nose',
    approval: 'fda-approved',
    routes: ['nasal'],
    clinicVisits: true,
    coverage: 'may-cover',
    visit: 'two-hours',
    noDrivingAfter: true,
    triedAs: 'esketamine',
    facts: [
      {
        text: 'In March 2019, the FDA approved it for adults with treatment-resistant depression. It is used with an antidepressant pill.',
        source: s.S61,
      },
      { text: 'Since January 2025, it is also approved on its own.', source: s.S65 },
      {
        text: 'Since August 2020, it is also approved for adults with depression who have sudden suicidal thoughts or actions. It is used with an antidepressant pill.',
        source: s.S64,
      },
      {
        text: 'It has not been shown to prevent suicide or to reduce suicidal thoughts. It does not replace care in a hospital.',
        source: s.S64b,
      },
      {
        text: "It has the FDA's strongest kind of warning. The warning is about sleepiness, feeling disconnected (dissociation), and misuse.",
        source: s.S67,
      },
      { text: 'It is only given in certified clinics. You spray it yourself while staff watch.', source: s.S68 },
      {
        text: 'You stay at the clinic at least 2 hours, so staff can check for these effects and for changes in breathing and blood pressure.',
        source: s.S69,
      },
      { text: 'Do not drive until the next day, after a good night of sleep. Plan a ride home.', source: s.S69 },
      {
        text: 'It is used twice a week for weeks 1 to 4, once a week for weeks 5 to 8, then once a week or every 2 weeks.',
        source: s.S74,
      },
      {
        text: 'Common effects are feeling disconnected, dizzy, sick to your stomach, or sleepy. Blood pressure can also go up.',
        source: s.S61,
      },
      {
        // No single primary page says what plans cover: the fact stands without a link.
        text: 'Insurance may cover it, including Medicare plans. Plans often need to approve it first, so check with your plan.',
      },
      { text: 'It is for adults only.', source: s.S61 },
      {
        text: 'In the study of esketamine on its own, 22.5% of people felt well again at 4 weeks, compared with 7.6% on a dummy spray.',
        source: s.S65trial,
      },
    ],
  },
  {
    id: 'ketamine-iv',
    title: 'Ketamine infusion (IV)',
    approval: 'off-label',
    routes: ['iv'],
    clinicVisits: true,
    coverage: 'usually-not',
    visit: 'infusion',
    fast: 'fastInfusion',
    triedAs: 'ketamine',
    facts: [
      offLabel,
      { text: 'It is usually given through a vein over 40 minutes.', source: s.S83 },
      { text: 'People often get about 6 infusions over 2 to 3 weeks.', source: s.S77 },
      {
        text: 'A large study looked at 403 people with treatment-resistant depression who had been sent for ECT. 55.4% improved a lot with ketamine, compared with 41.2% with ECT.',
        source: s.S77,
      },
      { text: 'After one infusion, about half of people had improved a lot at 24 hours.', source: s.S86 },
      { text: 'The effect of one infusion lasts about a week on average.', source: s.S87 },
      {
        text: 'In a small study of 24 people, half of those who improved after 6 infusions had their depression come back within 18 days. This varies a lot from person to person.',
        source: s.S84,
      },
      { text: 'It is usually not covered by insurance.' },
      { text: 'It is given during clinic visits, with staff watching you.', source: s.S83 },
    ],
  },
  {
    id: 'ketamine-im',
    title: 'Ketamine injection (IM)',
    approval: 'off-label',
    routes: ['injection'],
    clinicVisits: true,
    triedAs: 'ketamine',
    facts: [
      offLabel,
      {
        text: 'Reviews report it as safe and helpful, but it has been studied much less than IV ketamine.',
        source: s.S83,
      },
      { text: 'It is given during a clinic visit, with staff watching you.', source: s.S83 },
    ],
  },
  {
    id: 'ketamine-oral',
    title: 'Ketamine by mouth or under the tongue (lozenges)',
    approval: 'off-label',
    routes: ['oral'],
    clinicVisits: true,
    triedAs: 'ketamine',
    facts: [
      offLabel,
      { text: 'The evidence comes only from small reports on a few people.', source: s.S89 },
      {
        text: 'In October 2023, the FDA warned about ketamine mixed by special pharmacies (compounded). This includes ketamine taken by mouth at home, where no one checks on your safety.',
        source: s.S81,
      },
    ],
  },
  {
    id: 'medication-change',
    title: 'Changing or adding a medicine',
    approval: 'standard-care',
    routes: ['oral'],
    clinicVisits: false,
    triedAs: 'add-on',
    facts: [
      {
        text: 'In a large study (STAR*D), about 25 to 27 in 100 people felt well again after switching medicines. No one medicine was clearly best.',
        source: s.S57e,
      },
      {
        text: 'In the same study, adding bupropion to the first medicine helped 39 in 100 people feel well again.',
        source: s.S57e,
      },
      {
        text: 'The FDA approved some medicines to add to an antidepressant. Three of them are aripiprazole, brexpiprazole, and quetiapine XR.',
        source: s.S95,
      },
      { text: 'Cariprazine was approved for this in 2022.', source: s.S96 },
      { text: 'Lithium and thyroid hormone are also used as add-ons.', source: s.S57f },
    ],
  },
  {
    id: 'psychotherapy',
    title: 'Talk therapy (for example, CBT)',
    approval: 'standard-care',
    routes: ['non-medicine'],
    clinicVisits: false,
    triedAs: 'psychotherapy',
    facts: [
      {
        text: 'In a large study (STAR*D), talk therapy did about as well as medicine. This was true when it replaced the first medicine and when it was added to it.',
        source: s.S57e,
      },
    ],
  },
  {
    id: 'tms',
    title: 'Magnetic stimulation of the brain (TMS)',
    approval: 'fda-cleared',
    routes: ['non-medicine'],
    clinicVisits: true,
    triedAs: 'tms',
    facts: [
      {
        text: 'The FDA cleared it in October 2008 for adults whose depression did not get better with one antidepressant.',
        source: s.S97,
      },
      { text: 'It is done in sessions at a clinic.', source: s.S97 },
    ],
  },
  {
    id: 'ect',
    title: 'Electroconvulsive therapy (ECT)',
    approval: 'standard-care',
    routes: ['non-medicine'],
    clinicVisits: true,
    fast: 'fastEct',
    triedAs: 'ect',
    facts: [
      {
        text: 'A 2018 FDA rule covers its use for severe depression that has not improved with other treatment, or that needs a fast response.',
        source: s.S98,
      },
      {
        text: 'In a study of people treated in a hospital, more felt well again with ECT than with ketamine (63% compared with 46%).',
        source: s.S88,
      },
      { text: 'You are put to sleep for it (anesthesia). It can cause short-term memory problems.', source: s.S77 },
    ],
  },
];

export default options;
