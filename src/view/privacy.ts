import type { UiStrings } from '../i18n/ui-strings.js';

/**
 * What happens to the answers, as the welcome and the printed summary say it: the clinic's
 * `privacy-note` when it has words (a clinic whose page forwards results must say so), else the
 * widget's own sentence. Always shown as text.
 */
export function privacySentence(ui: Pick<UiStrings, 'welcome'>, note: string | undefined): string {
  return note?.trim() || ui.welcome.privacy;
}
