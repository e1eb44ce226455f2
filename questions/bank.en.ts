/**
 * The English question bank, version printed on the summary. The instruments (PHQ-9, ASQ) and
 * the medicine list live in their own files; every suicide-risk flag is in the instruments file.
 */
import type { AnswerOption, QuestionBank, Step } from '../src/content-types.js';
import { feeling, safety } from './instruments.en.js';
import medicines from './medicines.en.js';

const yesNoUnsure: AnswerOption[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'Not sure' },
];

/** A step holding one required single-choice question with the same id. */
const singleStep = (id: string, text: string, options: AnswerOption[], help?: string): Step => ({
  id,
  questions: [{ id, type: 'single', text, required: true, options, ...(help ? { help } : {}) }],
});

const bank: QuestionBank = {
  version: '2026.12.1',
  locale: 'en',
  typedNames: { other: 'meds-other-name' },
  sections: [
    {
      id: 'welcome',
      title: 'Welcome',
      steps: [
        {
          id: 'welcome',
          title: 'Before you start',
          intro:
            'This self-screen helps you get ready to talk with your doctor about what to try next for depression. It asks how you have been feeling, what you have tried, and what matters to you.',
          questions: [
            {
              id: 'age',
              type: 'single',
              text: 'Are you 18 or older?',
              required: true,
              options: [
                { id: 'adult', label: 'Yes, I am 18 or older' },
                { id: 'under-18', label: 'No, I am under 18', endsScreen: true },
              ],
            },
          ],
        },
      ],
    },
    feeling,
    safety,
    {
      id: 'medicines',
      title: 'Medicines you have tried',
      steps: [
        {
          id: 'period',
          questions: [
            {
              id: 'period-length',
              type: 'single',
              text: 'How long has this period of depression lasted?',
              required: true,
              options: [
                { id: 'under-6-months', label: 'Less than 6 months' },
                { id: '6-to-24-months', label: '6 months to 2 years' },
                { id: 'over-2-years', label: 'More than 2 years' },
                { id: 'unsure', label: 'Not sure' },
              ],
            },
          ],
        },
        {
          id: 'meds',
          questions: [
            {
              id: 'meds-tried',
              type: 'multiple',
              text: 'Which of these medicines have you ever taken for depression? Choose all that apply.',
              help: 'Include ones you took in the past. Next, we will ask a few questions about each one.',
              required: true,
              // "None" first: someone who took none answers without reading the list.
              options: [
                { id: 'none', label: 'I have not taken an antidepressant', exclusive: true },
                ...medicines,
                { id: 'other', label: 'Another medicine' },
                { id: 'unsure-name', label: "I took one but I'm not sure of the name", name: 'the medicine whose name you are not sure of' },
              ],
            },
            {
              id: 'meds-other-name',
              type: 'text',
              text: 'What is the name of the other medicine?',
              help: 'If you are not sure how to spell it, type what you remember.',
              required: true,
              enableWhen: [{ question: 'meds-tried', operator: 'includes', answer: 'other' }],
            },
          ],
        },
        {
          id: 'med',
          title: 'About {name}',
          repeatFor: 'meds-tried',
          questions: [
            {
              id: 'med-period',
              type: 'single',
              text: 'Did you take {name} during this period of depression?',
              required: true,
              options: [
                { id: 'this', label: 'Yes' },
                { id: 'earlier', label: 'No, during an earlier one' },
                { id: 'unsure', label: 'Not sure' },
              ],
            },
            {
              id: 'med-weeks',
              type: 'single',
              text: 'About how long did you take {name}?',
              required: true,
              options: [
                { id: 'under-4', label: 'Less than 4 weeks' },
                { id: '4-5', label: '4 weeks up to 6 weeks' },
                { id: '6-plus', label: '6 weeks or more' },
                { id: 'unsure', label: 'Not sure' },
              ],
            },
            {
              id: 'med-dose',
              type: 'single',
              text: 'Did you reach the dose your doctor aimed for?',
              help: 'Doctors often start with a low dose and raise it over time. This asks if you got to the dose your doctor planned for you. {hint}',
              required: true,
              options: yesNoUnsure,
            },
            {
              id: 'med-response',
              type: 'single',
              text: 'How much did {name} help?',
              required: true,
              options: [
                { id: 'none', label: 'Not at all, or only a little' },
                { id: 'some', label: 'Somewhat, but I still did not feel well' },
                { id: 'good-then-lost', label: 'A lot, but then it stopped working' },
                { id: 'remission', label: 'I felt well again' },
                { id: 'unsure', label: 'Not sure' },
              ],
            },
            {
              id: 'med-side-effects',
              type: 'single',
              text: 'Did you stop {name} because of side effects?',
              required: true,
              options: [
                { id: 'yes', label: 'Yes' },
                { id: 'no', label: 'No' },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'other-treatments',
      title: 'Other treatments',
      steps: [
        {
          id: 'other-treatments',
          questions: [
            {
              id: 'other-treatments',
              type: 'multiple',
              text: 'Which of these have you tried for depression? Choose all that apply.',
              required: true,
              options: [
                { id: 'psychotherapy', label: 'Talk therapy (for example, CBT)' },
                {
                  id: 'add-on',
                  label: 'An add-on medicine that you took along with your antidepressant',
                  help: 'Lithium and thyroid hormone are two examples. Aripiprazole and quetiapine are two more.',
                },
                { id: 'tms', label: 'TMS (magnetic stimulation of the brain)' },
                { id: 'ect', label: 'ECT (electroconvulsive therapy)' },
                { id: 'esketamine', label: 'Esketamine (Spravato), a spray for the nose' },
                { id: 'ketamine', label: 'Ketamine (IV or another way)' },
                { id: 'none', label: 'None of these', exclusive: true },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'health',
      title: 'Your health',
      steps: [
        {
          id: 'health',
          questions: [
            {
              id: 'health',
              type: 'multiple',
              text: 'Do any of these apply to you?',
              help: 'Your doctor will want to know about these. Choose all that apply.',
              required: true,
              options: [
                {
                  id: 'vascular',
                  label: 'An aneurysm, an AV malformation, or bleeding in the brain',
                  help: 'An aneurysm is a bulging blood vessel anywhere in the body. An AV malformation is an abnormal link between arteries and veins.',
                },
                {
                  id: 'blood-pressure',
                  label: 'High blood pressure that is not under control, or heart disease',
                  help: 'Also choose this if you have a condition where raised pressure in the head is dangerous.',
                },
                {
                  id: 'psychosis',
                  label: 'Psychosis or schizophrenia, now or in the past',
                  help: 'Psychosis is when you hear or see things that others don’t.',
                },
                { id: 'bipolar', label: 'I have been told I have bipolar disorder, or I have had mania' },
                { id: 'pregnancy', label: 'I am pregnant, planning to be, or breastfeeding' },
                { id: 'substance-use', label: 'Problems with alcohol or drugs, now or before' },
                { id: 'bladder', label: 'Problems with your bladder or with passing urine' },
                { id: 'sedatives', label: 'I take pills for sleep, opioids for pain, or benzodiazepines' },
                { id: 'stimulants-maoi', label: 'I take a stimulant (for example, for ADHD) or an MAOI antidepressant' },
                { id: 'none', label: 'None of these', exclusive: true },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'preferences',
      title: 'What matters to you',
      steps: [
        singleStep('pref-setting', 'Where would you rather get treatment?', [
          { id: 'clinic', label: 'At a clinic' },
          { id: 'home', label: 'At home' },
          { id: 'either', label: 'Either is fine' },
        ]),
        {
          id: 'pref-routes',
          questions: [
            {
              id: 'pref-routes',
              type: 'multiple',
              text: 'Which ways of getting treatment are you open to? Choose all that apply.',
              required: true,
              options: [
                { id: 'nasal', label: 'Nasal spray' },
                { id: 'iv', label: 'IV infusion (medicine through a vein)' },
                { id: 'injection', label: 'A shot (injection)' },
                { id: 'oral', label: 'A pill or lozenge' },
                { id: 'non-medicine', label: 'Treatments without medicine (talk therapy, TMS, ECT)' },
              ],
            },
          ],
        },
        singleStep('pref-insurance', 'How important is it that your insurance covers the treatment?', [
          { id: 'very', label: 'Very important' },
          { id: 'somewhat', label: 'Somewhat important' },
          { id: 'not', label: 'Not important' },
        ]),
        singleStep(
          'pref-time',
          'Can you spend about 2 hours at a clinic for each visit?',
          yesNoUnsure,
          'Some treatments need you to stay and rest while staff check on you.',
        ),
        singleStep(
          'pref-ride',
          'Can someone drive you home afterwards?',
          yesNoUnsure,
          'After some treatments, you should not drive until the next day.',
        ),
        singleStep('pref-speed', 'How soon do you hope to feel better?', [
          { id: 'fast', label: 'As soon as possible' },
          { id: 'weeks', label: 'Over a few weeks is fine' },
          { id: 'unsure', label: 'Not sure' },
        ]),
      ],
    },
  ],
};

export default bank;
