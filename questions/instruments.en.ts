/**
 * The two instruments, quoted verbatim (English): PHQ-9 ("No permission required to reproduce,
 * translate, display or distribute") and the NIMH ASQ suicide-risk screen (a free NIMH tool).
 * "I'd rather not answer" on the ASQ is our addition: a refusal escalates like a "yes".
 * Escalation lives in these `risk` flags and nowhere else.
 */
import type { AnswerOption, Section, Step } from '../src/content-types.js';

const PHQ9_STEM = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';
const PHQ9_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.';

const phq9Items: Array<[id: string, text: string]> = [
  ['phq9-1', 'Little interest or pleasure in doing things'],
  ['phq9-2', 'Feeling down, depressed, or hopeless'],
  ['phq9-3', 'Trouble falling or staying asleep, or sleeping too much'],
  ['phq9-4', 'Feeling tired or having little energy'],
  ['phq9-5', 'Poor appetite or overeating'],
  ['phq9-6', 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down'],
  ['phq9-7', 'Trouble concentrating on things, such as reading the newspaper or watching television'],
  [
    'phq9-8',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  ],
  ['phq9-9', 'Thoughts that you would be better off dead or of hurting yourself in some way'],
];

/** PHQ-9 item 9: any answer but "Not at all" needs further suicide-risk evaluation. */
const frequency = (itemId: string): AnswerOption[] =>
  (
    [
      ['not-at-all', 'Not at all', 0],
      ['several-days', 'Several days', 1],
      ['more-than-half', 'More than half the days', 2],
      ['nearly-every-day', 'Nearly every day', 3],
    ] as const
  ).map(([id, label, score]) => ({
    id,
    label,
    score,
    ...(itemId === 'phq9-9' && score > 0 ? { risk: 'support' as const } : {}),
  }));

const phq9Steps: Step[] = phq9Items.map(([id, text], index) => ({
  id,
  intro: PHQ9_STEM,
  introVerbatim: true,
  questions: [
    {
      id,
      type: 'single',
      text,
      required: true,
      verbatim: true,
      options: frequency(id),
      ...(index === 0 ? { help: PHQ9_ATTRIBUTION } : {}),
    },
  ],
}));

const asqItems: Array<[id: string, text: string]> = [
  ['asq-1', 'In the past few weeks, have you wished you were dead?'],
  ['asq-2', 'In the past few weeks, have you felt that you or your family would be better off if you were dead?'],
  ['asq-3', 'In the past week, have you been having thoughts about killing yourself?'],
  ['asq-4', 'Have you ever tried to kill yourself?'],
  ['asq-5', 'Are you having thoughts of killing yourself right now?'],
];

/** ASQ 1–4: "yes" or a refusal is a non-acute positive (support); item 5: acute (urgent). */
const asqSteps: Step[] = asqItems.map(([id, text], index) => {
  const risk = id === 'asq-5' ? 'urgent' : 'support';
  return {
    id,
    ...(index === 0
      ? { intro: 'The next questions ask about thoughts of suicide. We ask everyone, because it helps your doctor support you.' }
      : {}),
    questions: [
      {
        id,
        type: 'single',
        text,
        required: true,
        verbatim: true,
        options: [
          { id: 'yes', label: 'Yes', risk },
          { id: 'no', label: 'No' },
          { id: 'decline', label: "I'd rather not answer", risk },
        ],
        ...(id === 'asq-5'
          ? {
              enableWhen: asqItems.slice(0, 4).map(([q]) => ({ question: q, operator: '!=' as const, answer: 'no' })),
              enableBehavior: 'any' as const,
            }
          : {}),
      },
    ],
  };
});

export const feeling: Section = {
  id: 'feeling',
  title: 'How you have been feeling',
  steps: [
    ...phq9Steps,
    {
      id: 'phq9-difficulty',
      questions: [
        {
          id: 'phq9-difficulty',
          type: 'single',
          text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
          required: true,
          verbatim: true,
          options: [
            { id: 'not-difficult', label: 'Not difficult at all' },
            { id: 'somewhat', label: 'Somewhat difficult' },
            { id: 'very', label: 'Very difficult' },
            { id: 'extremely', label: 'Extremely difficult' },
          ],
        },
      ],
    },
  ],
};

export const safety: Section = { id: 'safety', title: 'Your safety', steps: asqSteps };
