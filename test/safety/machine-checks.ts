/**
 * CLINICAL.md §4.3's session invariants, read independently of the code under test (the test's
 * own reading of the bank's flags, `riskOf`), as checks of one machine transition. The walk in
 * machine-walk.ts runs them on every transition it takes.
 */
import type { SafetyLevel } from '../../src/bank/types.js';
import { stepOf } from '../../src/machine/selectors.js';
import { LEVEL_RANK, riskOf } from '../helpers/journeys.js';
import type { Check, Transition } from './machine-walk.js';

export const INVARIANTS = {
  panelFirst: '1. a risk answer left on its step shows the panel for its level before any other step',
  neverFalls: '2. the level never falls except by reset()',
  asq5Asked: '3. if any of asq-1…4 raised the level, asq-5 is asked before a result',
  alwaysAsked: '4. phq9-9 and every ASQ item are asked before a result exists',
  stopReported: '6. an urgent stop is reported like a result; under 18 reports nothing',
  raisedBy: '7. "raised by" is the answer that raised the level, even if changed later',
} as const;

const LEAVING = new Set(['nav.next', 'nav.back', 'nav.restart']);
const SCREEN = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The risk answers on the step shown in `from`, by the test's own reading of the flags. */
function risksOnStep({ from }: Transition): Array<{ id: string; level: SafetyLevel }> {
  if (from.value !== 'asking') return [];
  return (stepOf(from)?.questions ?? [])
    .filter((q) => Object.hasOwn(from.context.answers, q.id))
    .map((q) => ({ id: q.id, level: riskOf(q, from.context.answers[q.id]) }))
    .filter((risk) => risk.level !== 'none');
}

/** The patient left the step: anything but staying on it with the same answers. */
const leftStep = ({ from, event, to }: Transition) =>
  LEAVING.has(event.type) && !(to.value === 'asking' && to.context.stepKey === from.context.stepKey && same(to.context.answers, from.context.answers));

export const checkTransition: Check = (t) => {
  const { from, event, to, emitted } = t;
  const broken: Array<[string, string]> = [];
  const fail = (rule: keyof typeof INVARIANTS, why: string) => broken.push([INVARIANTS[rule], why]);
  const before = from.context.safety;
  const after = to.context.safety;

  const risks = risksOnStep(t);
  if (risks.length && leftStep(t)) {
    const highest = risks.reduce((a, r) => (LEVEL_RANK[r.level] > LEVEL_RANK[a] ? r.level : a), before.level);
    const panel = highest === 'urgent' ? 'urgent' : 'crisis';
    if (to.value !== panel) fail('panelFirst', `left ${risks.map((r) => r.id).join(', ')} and landed in "${String(to.value)}", not "${panel}"`);
    if (LEVEL_RANK[after.level] < LEVEL_RANK[highest]) fail('panelFirst', `level ${after.level} below ${highest}`);
    for (const { id } of risks) {
      if (!after.triggeredBy.includes(id)) fail('panelFirst', `${id} is not in triggeredBy`);
      if (!before.triggeredBy.includes(id) && !same(after.raisedBy?.[id], from.context.answers[id]))
        fail('raisedBy', `${id} raised by ${JSON.stringify(after.raisedBy?.[id])}, left as ${JSON.stringify(from.context.answers[id])}`);
    }
  }
  // Only the host's reset() (a new session for a new person) leaves such a step without the panel.
  const moved = from.value === 'asking' && to.value === 'asking' && to.context.stepKey !== from.context.stepKey;
  if (moved && risks.length && event.type !== 'session.reset')
    fail('panelFirst', `moved to "${to.context.stepKey}" without the panel`);

  if (event.type !== 'session.reset') {
    if (LEVEL_RANK[after.level] < LEVEL_RANK[before.level]) fail('neverFalls', `${before.level} → ${after.level}`);
    for (const id of before.triggeredBy) {
      if (!after.triggeredBy.includes(id)) fail('neverFalls', `trigger ${id} forgotten`);
      if (!same(after.raisedBy?.[id], before.raisedBy?.[id])) fail('raisedBy', `raisedBy of ${id} changed`);
    }
  }

  const completed = emitted.filter((e) => e.type === 'complete').map((e) => e.result);
  for (const result of completed.filter((r) => r.status === 'completed')) {
    const answered = (id: string) => Object.hasOwn(result.answers, id);
    for (const id of ['phq9-9', ...SCREEN]) if (!answered(id)) fail('alwaysAsked', `result without ${id}`);
    if (after.triggeredBy.some((id) => SCREEN.includes(id)) && !answered('asq-5')) fail('asq5Asked', 'result without asq-5');
    if (!same(result.safety, after)) fail('raisedBy', `result safety ${JSON.stringify(result.safety)}`);
  }
  const stops = completed.filter((r) => r.status === 'stopped');
  const newlyUrgent = to.value === 'urgent' && from.value !== 'urgent';
  if (newlyUrgent && (stops.length !== 1 || stops[0].options.length || stops[0].pattern !== null || stops[0].safety.level !== 'urgent'))
    fail('stopReported', `entering urgent reported ${JSON.stringify(stops.map((r) => r.status))}`);
  if (!newlyUrgent && stops.length) fail('stopReported', `a stop reported on "${String(to.value)}"`);
  if (to.value === 'stopped' && completed.length) fail('stopReported', 'under 18 reported a result');
  return broken;
};
