/**
 * The shipped bank plus questions that use every condition operator, a step with a condition,
 * and a repeated step that has its own condition: for the FHIR enableWhen tests.
 */
import { bank } from '../helpers/journeys.js';
import type { QuestionBank, Step } from '../../src/bank/types.js';

const choice = (id: string, type: 'single' | 'multiple', ids: string[], extra = {}) => ({
  id,
  type,
  text: `Question ${id}?`,
  options: ids.map((o) => ({ id: o, label: o.toUpperCase(), ...(o === 'none' ? { exclusive: true } : {}) })),
  ...extra,
});

const steps: Step[] = [
  {
    id: 'cond-base',
    questions: [
      choice('c-single', 'single', ['a', 'b', 'c'], { required: true }),
      choice('c-multi', 'multiple', ['a', 'b', 'c', 'none'], { required: true }),
      { id: 'c-text', type: 'text', text: 'Anything else?' },
    ],
  },
  {
    id: 'cond-checks',
    questions: [
      choice('q-eq', 'single', ['y'], { enableWhen: [{ question: 'c-single', operator: '=', answer: 'a' }] }),
      choice('q-neq', 'single', ['y'], { enableWhen: [{ question: 'c-single', operator: '!=', answer: 'a' }] }),
      choice('q-inc', 'single', ['y'], { enableWhen: [{ question: 'c-multi', operator: 'includes', answer: 'b' }] }),
      choice('q-exc', 'single', ['y'], { enableWhen: [{ question: 'c-multi', operator: 'excludes', answer: 'b' }] }),
      choice('q-exists', 'single', ['y'], { enableWhen: [{ question: 'c-text', operator: 'exists', answer: true }] }),
      choice('q-absent', 'single', ['y'], { enableWhen: [{ question: 'c-text', operator: 'exists', answer: false }] }),
      choice('q-any', 'single', ['y'], {
        enableWhen: [
          { question: 'c-single', operator: '=', answer: 'b' },
          { question: 'c-multi', operator: 'includes', answer: 'c' },
        ],
        enableBehavior: 'any',
      }),
      choice('q-all', 'single', ['y'], {
        enableWhen: [
          { question: 'c-single', operator: '=', answer: 'b' },
          { question: 'c-multi', operator: 'includes', answer: 'c' },
        ],
      }),
    ],
  },
  { id: 'cond-step', enableWhen: [{ question: 'c-single', operator: '=', answer: 'c' }], questions: [choice('q-step', 'single', ['y'])] },
  {
    id: 'cond-repeat',
    title: 'About {name}',
    repeatFor: 'c-multi',
    enableWhen: [{ question: 'c-single', operator: '!=', answer: 'a' }],
    questions: [choice('q-each', 'single', ['y'], { text: 'Did {name} help?' })],
  },
];

export const CONDITIONS_BANK: QuestionBank = structuredClone(bank);
CONDITIONS_BANK.sections.find((s) => s.id === 'health')!.steps.push(...steps);
