import { resultContentOf, wholeUiOf } from '../i18n/result-content.js';
import type { Safety, ScreenerResult } from '../clinical/types.js';
import type { LocaleContent } from '../i18n/locale-content.js';

/**
 * The options on the summary: first those the patient ticked "I want to ask about this" (when
 * any), then every option the result listed, best fit first — so the doctor never reads the
 * screen's list as the patient's wishes. None once the session is urgent.
 */
export function optionSections(result: ScreenerResult | null, safety: Safety, content: LocaleContent) {
  if (!result || safety.level === 'urgent' || result.options.length === 0) return [];
  const { options } = resultContentOf(content);
  const titleOf = (id: string) => options.find((o) => o.id === id)?.title ?? id;
  const { summary } = wholeUiOf(content);
  const section = (id: 'want-to-ask' | 'options', heading: string, ids: string[], list: 'plain' | 'ordered') =>
    ({ id, heading, fields: [], lines: ids.map(titleOf), list });
  const listed = section('options', summary.optionsHeading, result.options.map((o) => o.id), 'ordered');
  return result.wantToAsk.length ? [section('want-to-ask', summary.wantToAskHeading, result.wantToAsk, 'plain'), listed] : [listed];
}
