import { LitElement } from 'lit';
import type { QuestionBank } from './bank/types.js';

/**
 * The attributes and properties of `<trd-screener>`, declared apart from what the element does
 * with them (`trd-screener.component.ts`).
 */
export class ScreenerAttributes extends LitElement {
  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    region: {},
    lang: { reflect: true },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    showOptions: { attribute: 'show-options' },
    actions: {},
    privacyNote: { attribute: 'privacy-note' },
    clinicLang: { attribute: 'clinic-lang' },
    persist: {},
    colorScheme: { attribute: 'color-scheme', reflect: true },
    bank: { attribute: false },
  };

  /** The clinic's name, shown in the intro and on the printed summary. */
  clinicName?: string;
  /** Which crisis resources to show: US (default), CA, GB, IE, AU, NZ, INTL. Unknown → INTL. */
  region?: string;
  /** The clinic's "book a consultation" link on the result. */
  contactHref?: string;
  /** The text of that link (default "Book a consultation"). */
  contactLabel?: string;
  /**
   * Space-separated option ids the clinic offers (e.g. `"esketamine-nasal tms psychotherapy"`);
   * absent → all. Hidden options are left out of the result; its explanation stays the same.
   */
  showOptions?: string;
  /**
   * The summary's actions on the result, space-separated: `print copy fhir` (absent → all; unknown
   * words → a console warning). The urgent panel offers Print only.
   */
  actions?: string;
  /**
   * The clinic's sentence on what happens to the answers (needed when the page forwards results), as
   * text on the welcome and the printout instead of "This screen does not send your answers anywhere.".
   */
  privacyNote?: string;
  /** The language of the printout's clinician parts when the patient used another: `en` (default) or `es`. */
  clinicLang?: string;
  /**
   * `session`: keep the answers in this tab's sessionStorage until the screen is finished, started
   * over or cleared (a "Clear my answers" button shows); a raised safety level stays stored until
   * `reset()`. Absent → nothing is stored anywhere.
   */
  persist?: 'session';
  /** A custom question bank; validated before use. Absent → the built-in English bank. */
  bank?: QuestionBank;
  /** `light` or `dark` forces that colour scheme; absent → the page's `color-scheme` (none → light). */
  colorScheme?: 'light' | 'dark';
}
