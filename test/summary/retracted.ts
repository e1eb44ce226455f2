/**
 * A screen in which the patient changed an answer after it raised the safety level: ASQ item 1
 * "Yes" was left on its step (the level rose to support), then they went Back and changed it to
 * "No" before finishing. Each is a session of the real machine.
 */
import type { LocaleContent } from '../../src/i18n/locale-content.js';
import type { ScreenerContext } from '../../src/machine/types.js';
import { startScreener, walkTo, walkToResult } from '../helpers/journeys.js';
import { SIX_ESCALATED } from './personas.js';

/** SIX_ESCALATED's answers, ASQ item 1 "yes" when it raised the level and "no" at the end. */
export function retractedSession(content?: LocaleContent): ScreenerContext {
  const actor = startScreener(content ? { bank: content.bank, locale: content.locale } : {});
  // Leaving the ASQ step with item 1 "yes" raises the level; item 5 is asked next.
  walkTo(actor, 'asq-5', SIX_ESCALATED.answers);
  while (actor.getSnapshot().context.stepKey !== 'asq-1') actor.send({ type: 'nav.back' });
  actor.send({ type: 'answer.set', questionId: 'asq-1', value: 'no' });
  walkToResult(actor, { ...SIX_ESCALATED.answers, 'asq-1': 'no' });
  const { context } = actor.getSnapshot();
  actor.stop();
  if (!context.result) throw new Error('the retracted session has no result');
  return context;
}
