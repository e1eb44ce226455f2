import { labelOf, type SummaryDocument, type SummaryField, type SummarySafety, type SummarySection } from './summary-document.js';

/**
 * The summary as plain text for a patient-portal message: headings in capitals, one "label:
 * value" per line, one line per medicine (portals use proportional fonts, so no aligned columns).
 * Blanks meant to be filled in by hand on paper are left out.
 */

const fieldLines = (fields: SummaryField[]) => fields.filter((f) => f.value).map((f) => `${labelOf(f)} ${f.value}`);

function sectionLines(section: SummarySection, upper: (text: string) => string): string[] {
  const table = section.table;
  const rows = (table?.rows ?? []).map(
    ([name, ...cells]) => `- ${name}: ${cells.map((cell, i) => `${table!.columns[i + 1]}: ${cell}`).join('; ')}`,
  );
  const lines = section.lines.map((line, i) =>
    section.list === 'ordered' ? `${i + 1}. ${line}` : section.list === 'plain' ? `- ${line}` : line,
  );
  const { clinic } = section;
  const heading = upper(section.heading) + (clinic ? ` / ${clinic.heading.toLocaleUpperCase(clinic.lang)}` : '');
  return ['', heading, ...fieldLines(section.fields), ...fieldLines(clinic?.fields ?? []), ...rows, ...lines];
}

/** The safety box's lines, in one language. */
function safetyLines(safety: SummarySafety, upper: (text: string) => string): string[] {
  return [
    `${upper(safety.heading)}: ${safety.status}`,
    safety.detail,
    ...(safety.triggers.length ? [safety.triggersLabel, ...safety.triggers.map((t) => `- ${t.label} — ${t.value}`)] : []),
    ...fieldLines(safety.fields),
    ...(safety.banner ? [safety.banner] : []),
  ];
}

export function summaryText(summary: SummaryDocument): string {
  const upper = (text: string) => text.toLocaleUpperCase(summary.lang);
  const { clinic } = summary;
  return [
    upper(summary.title),
    summary.selfReport,
    summary.privacy,
    ...fieldLines(summary.details),
    '',
    ...safetyLines(summary.safety, upper),
    ...(clinic ? ['', clinic.note, ...safetyLines(clinic.safety, (text) => text.toLocaleUpperCase(clinic.lang))] : []),
    ...summary.sections.flatMap((section) => sectionLines(section, upper)),
    '',
    ...summary.footer,
  ].join('\n');
}
