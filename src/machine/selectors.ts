import type { SnapshotFrom } from 'xstate';
import { visibleSteps, type StepInstance } from '../bank/steps.js';
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

/** Where the patient is among the pages they will see, welcome to review (the result is not counted). */
export interface PageCount {
  /** 1-based; the review is the last page, and the result keeps the review's place. */
  index: number;
  total: number;
  /** An answer on this page or a later one can still add pages (e.g. one per medicine chosen). */
  mayGrow: boolean;
}

/** The page count this patient's answers give now: every shown step, then the review. */
export function pageCountOf(snapshot: ScreenerSnapshot): PageCount {
  const { bank, answers, safety, stepKey } = snapshot.context;
  const steps = visibleSteps(bank, answers, safety.raisedBy);
  const total = steps.length + 1;
  const at = viewOf(snapshot) === 'step' ? steps.findIndex((step) => step.key === stepKey) : -1;
  if (at < 0) return { index: total, total, mayGrow: false };
  // Answers that add pages: the lists a step is repeated for (one page per option chosen).
  const adding = bank.sections.flatMap((section) => section.steps.map((step) => step.repeatFor));
  const mayGrow = steps.slice(at).some((step) => step.questions.some((q) => adding.includes(q.templateId)));
  return { index: at + 1, total, mayGrow };
}
