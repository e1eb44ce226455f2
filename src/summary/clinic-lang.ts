import { format } from '../i18n/format.js';
import { loadContent, localeOf, type LocaleContent } from '../i18n/locale-content.js';
import { wholeUiOf } from '../i18n/result-content.js';
import type { SummaryDocument, SummaryInput, SummarySection } from './summary-document.js';
import { summaryOf } from './summary-model.js';

/**
 * The doctor's summary of a session in another language than the clinic's (`clinic-lang`): the
 * patient's parts stay in the patient's language; the parts a clinician must not misread are also
 * given in the clinic's (CLINICAL.md §11): the safety box, every heading, the table's headings,
 * the PHQ-9 score lines and the medicine lines (adequacy, the pattern). The clinic's words come
 * from the same session summarised in the clinic's language, so both say the same.
 */

/** Sections whose lines a clinician reads for a decision, given again in the clinic's language. */
const CLINICAL_FIELDS: ReadonlyArray<SummarySection['id']> = ['phq9', 'medicines'];

export interface ClinicLangInput extends SummaryInput {
  /** The clinic's language (`clinic-lang`), loaded; none or the patient's own: one language. */
  clinicContent?: LocaleContent;
}

/** The unknown `clinic-lang` last warned about: one warning per value. */
let warned: string | undefined;

/** The summary for the element: `clinic-lang` (absent or empty → English; unknown → English, with a warning) loaded first. */
export async function summaryWithClinicLang({ clinicLang, ...input }: SummaryInput & { clinicLang?: string }): Promise<SummaryDocument> {
  const locale = localeOf(clinicLang?.trim() || 'en');
  if (!locale && warned !== clinicLang) {
    warned = clinicLang;
    console.warn(`<trd-screener>: clinic-lang: unknown ${JSON.stringify(clinicLang?.slice(0, 40))}; using English.`);
  }
  const clinicContent = await loadContent(locale ?? 'en').catch((error: unknown) => {
    console.error('<trd-screener>:', error); // Its language could not be fetched: the patient's alone.
    return undefined;
  });
  return bilingualSummaryOf({ ...input, clinicContent });
}

/** The adequacy column (the table's last): the patient's word, then the clinic's when it differs. */
function adequacyRows(rows: string[][], clinicRows: string[][]): string[][] {
  return rows.map((row, i) => {
    const [ours, theirs] = [row.at(-1), clinicRows[i]?.at(-1)];
    return theirs && theirs !== ours ? [...row.slice(0, -1), `${ours} / ${theirs}`] : row;
  });
}

export function bilingualSummaryOf({ clinicContent, ...input }: ClinicLangInput): SummaryDocument {
  const summary = summaryOf(input);
  if (!clinicContent || clinicContent.locale === input.content.locale) return summary;
  const region = clinicContent.crisis.regions[input.region.id] ?? input.region;
  // The built-in questions in the clinic's language (the official English instrument wording; same ids).
  const bank = input.context.bank === input.content.bank ? clinicContent.bank : input.context.bank;
  const clinic = summaryOf({ ...input, context: { ...input.context, bank }, content: clinicContent, region });
  const ui = wholeUiOf(clinicContent).summary;
  const twins = new Map(clinic.sections.map((section) => [section.id, section]));
  return {
    ...summary,
    clinic: {
      lang: clinic.lang,
      note: format(ui.completedIn, { language: ui.languageNames[input.content.locale] }),
      safety: clinic.safety,
      notesHeading: clinic.notesHeading,
    },
    sections: summary.sections.map((section) => {
      const twin = twins.get(section.id);
      if (!twin) return section;
      const table = section.table && twin.table && { ...section.table, rows: adequacyRows(section.table.rows, twin.table.rows) };
      const fields = CLINICAL_FIELDS.includes(section.id) ? twin.fields : [];
      return { ...section, table, clinic: { lang: clinic.lang, heading: twin.heading, fields, columns: twin.table?.columns } };
    }),
  };
}
