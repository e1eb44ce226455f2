import type { SnapshotFrom } from 'xstate';
import type { StepInstance } from '../bank/steps.js';
import type { SectionId } from '../bank/types.js';
import { currentStep } from './navigation.js';
import type { screenerMachine } from './screener.machine.js';

export type ScreenerSnapshot = SnapshotFrom<typeof screenerMachine>;

/** What the element shows: one of these, derived from the snapshot alone. */
export type ScreenerView = 'step' | 'crisis' | 'urgent' | 'stopped' | 'review' | 'result';

export interface Progress {
  /** Step key, or the name of the panel shown instead of a step. */
  stepId: string;
  section: SectionId;
  /** 1-based position of the section among all sections (review and result included). */
  index: number;
  total: number;
}

const STATE_VIEWS: Record<string, ScreenerView> = {
  asking: 'step',
  crisis: 'crisis',
  urgent: 'urgent',
  stopped: 'stopped',
  review: 'review',
  result: 'result',
};

export function viewOf(snapshot: ScreenerSnapshot): ScreenerView {
  // While the result is being built, what was shown stays: the review, or the result being re-worded.
  if (snapshot.value === 'scoring') return snapshot.context.result ? 'result' : 'review';
  return STATE_VIEWS[snapshot.value as string];
}

/**
 * The view the patient sees: as `viewOf`, except that an urgent session never shows options, so
 * at the result the urgent panel stays instead.
 */
export function shownViewOf(snapshot: ScreenerSnapshot): ScreenerView {
  const view = viewOf(snapshot);
  return view === 'result' && snapshot.context.safety.level === 'urgent' ? 'urgent' : view;
}

export function stepOf(snapshot: ScreenerSnapshot): StepInstance | undefined {
  return currentStep(snapshot.context, snapshot.context.stepKey);
}

export function progressOf(snapshot: ScreenerSnapshot): Progress {
  const view = viewOf(snapshot);
  const sections: SectionId[] = [...snapshot.context.bank.sections.map((s) => s.id), 'review', 'result'];
  const total = sections.length;
  if (view === 'review' || view === 'result') {
    return { stepId: view, section: view, index: sections.indexOf(view) + 1, total };
  }
  const step = stepOf(snapshot);
  const section = step?.sectionId ?? 'welcome';
  const stepId = view === 'step' ? (step?.key ?? snapshot.context.stepKey) : view;
  return { stepId, section, index: sections.indexOf(section) + 1, total };
}
