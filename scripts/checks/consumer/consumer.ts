// A clinic developer's TypeScript, checked against the package's published types (by name, as
// after `npm install trd-screener`). Each @ts-expect-error line must fail to compile.
import {
  ScreenerCompleteEvent,
  TrdScreener,
  type QuestionBank,
  type ScreenerCrisisDetail,
  type ScreenerResult,
  type ScreenerStepDetail,
} from 'trd-screener';
import {
  toQuestionnaire,
  toQuestionnaireResponse,
  validateBank,
  type Questionnaire,
  type QuestionnaireResponse,
} from 'trd-screener/tools';
// @ts-expect-error the helpers are in "trd-screener/tools", not in the embed
import { validateBank as notInTheEmbed } from 'trd-screener';

const screener: TrdScreener | null = document.querySelector('trd-screener');
const created: TrdScreener = document.createElement('trd-screener');

created.addEventListener('screener-complete', (event) => {
  const result: ScreenerResult = event.detail.result;
  const level: 'none' | 'support' | 'urgent' = result.safety.level;
  const total: number | undefined = result.phq9?.total;
  void [level, total];
});
screener?.addEventListener('screener-step', (event) => {
  const step: ScreenerStepDetail = event.detail;
  void step;
});
document.addEventListener('screener-crisis', (event) => {
  const crisis: ScreenerCrisisDetail = event.detail;
  if (event instanceof Event) void crisis.level;
});
const complete: ScreenerCompleteEvent['type'] = 'screener-complete';

created.persist = 'session';
created.region = 'GB';
const result: ScreenerResult | null = created.result;
const printing: Promise<void> | void = created.print();
created.reset();

const checkBank = (bank: QuestionBank) => validateBank(bank);
const fhir: Array<(...args: never[]) => Questionnaire | QuestionnaireResponse> = [toQuestionnaire, toQuestionnaireResponse];

// @ts-expect-error a step event carries no result
screener?.addEventListener('screener-step', (event) => event.detail.result);
// @ts-expect-error result is read-only
created.result = null;
// @ts-expect-error persist takes only "session"
created.persist = 'local';
// @ts-expect-error the crisis level is never "none"
const none: ScreenerCrisisDetail['level'] = 'none';

export { checkBank, complete, fhir, none, notInTheEmbed, printing, result };
