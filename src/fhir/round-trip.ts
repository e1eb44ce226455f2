import type { Answers, QuestionBank } from '../bank/types.js';
import { buildResult } from '../clinical/result.js';
import { stoppedResult } from '../clinical/stopped-result.js';
import type { ScreenerResult } from '../clinical/types.js';
import { loadContent, localeOf, settingsFor } from '../i18n/locale-content.js';
import { resultContentOf, wholeUiOf } from '../i18n/result-content.js';
import { summaryWithClinicLang } from '../summary/clinic-lang.js';
import { summaryText } from '../summary/summary-text.js';
import { questionnaireOf } from './questionnaire.js';
import { readResponse } from './read-response.js';
import type { QuestionnaireResponse } from './types.js';

/**
 * A screen read back from its FHIR QuestionnaireResponse: its answers, its ScreenerResult worked
 * out again, and the doctor's summary as the widget's "Copy summary" gives it. Proof that a clinic
 * receiving the file has everything the printed page had, given the page's own settings.
 */

/** The page's settings the summary depends on (the attributes of the same names); none is in the file. */
export interface ScreenSettings {
  /** The bank the screen used, when not the built-in one of the response's language. */
  bank?: QuestionBank;
  /** `region` (absent → US). */
  region?: string;
  /** `clinic-name`. */
  clinicName?: string;
  /** `privacy-note`. */
  privacyNote?: string;
  /** `clinic-lang`. */
  clinicLang?: string;
  /** `show-options`, as option ids. */
  allowedOptions?: string[];
}

export interface ReadScreen {
  answers: Answers;
  /** A completed screen's result; a stopped one's as `screener-complete` gave it; null while in progress. */
  result: ScreenerResult | null;
  /** The summary as plain text, dated when the response was authored. */
  summaryText: string;
}

export async function screenFromResponse(response: QuestionnaireResponse, settings: ScreenSettings = {}): Promise<ReadScreen> {
  const locale = localeOf(response.language);
  if (!locale) throw new Error(`trd-screener: no content in the response's language "${response.language}".`);
  const content = await loadContent(locale);
  const bank = settings.bank ?? content.bank;
  const built = questionnaireOf(bank, wholeUiOf(content), resultContentOf(content).options);
  const canonical = `${built.questionnaire.url}|${built.questionnaire.version}`;
  if (response.questionnaire !== canonical)
    throw new Error(`trd-screener: the response answers "${response.questionnaire}", not this bank's "${canonical}".`);
  const { answers, safety, wantToAsk } = readResponse(response, built);
  const now = new Date(response.authored);
  const session = { bank, answers, safety, locale, now };
  const completed =
    response.status === 'completed'
      ? buildResult({ ...session, allowedOptions: settings.allowedOptions, content: resultContentOf(content) })
      : null;
  // The file lists the ticked options in the questionnaire's order; the result, in its own.
  const ticked = (options: ScreenerResult['options']) => options.map((option) => option.id).filter((id) => wantToAsk.includes(id));
  const result = completed
    ? { ...completed, wantToAsk: ticked(completed.options) }
    : response.status === 'stopped'
      ? stoppedResult(session)
      : null;
  const summary = await summaryWithClinicLang({
    // The widget's summary of a stopped screen has no result, as the screen had none.
    context: { bank, answers, safety, result: completed && result },
    content,
    region: settingsFor(content, settings.region ?? 'US').region,
    clinicName: settings.clinicName,
    privacyNote: settings.privacyNote,
    clinicLang: settings.clinicLang,
    now,
  });
  return { answers, result, summaryText: summaryText(summary) };
}
