import { expect } from '@open-wc/testing';
import { ENGLISH_RESULT, wholeUiOf } from '../../src/i18n/result-content.js';
import { contentFor } from '../../src/i18n/locale-content.js';
import type { SummaryDocument } from '../../src/summary/summary-document.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { SIX_CALM, URGENT, sessionOf, type SummaryPersona } from './personas.js';

/**
 * The summary's model and text: the options the patient ticked apart from every option the
 * screen listed (`wantToAsk`), and the privacy sentence (the clinic's `privacy-note`, else ours).
 */

const english = contentFor('en').content;
const s = wholeUiOf(english).summary;
const NOW = new Date('2026-01-01T12:00:00Z');
const titleOf = (id: string) => ENGLISH_RESULT.options.find((o) => o.id === id)!.title;

function summaryFor(persona: SummaryPersona, ticks: (ids: string[]) => string[], privacyNote?: string): SummaryDocument {
  const context = sessionOf(persona);
  const result = context.result && { ...context.result, wantToAsk: ticks(context.result.options.map((o) => o.id)) };
  return summaryOf({ context: { ...context, result }, content: english, region: english.crisis.regions.US, privacyNote, now: NOW });
}

const sectionOf = (summary: SummaryDocument, id: string) => summary.sections.find((x) => x.id === id);

describe('doctor’s summary: what the patient wants to ask about', () => {
  it('ticked options first, under their own heading; then every option listed, best fit first', () => {
    const summary = summaryFor(SIX_CALM, (ids) => [ids[0], ids[2]]);
    const listed = sessionOf(SIX_CALM).result!.options.map((o) => o.id);
    expect(summary.sections.map((x) => x.id).slice(-3)).to.deep.equal(['want-to-ask', 'options', 'resources']);
    expect(sectionOf(summary, 'want-to-ask')).to.deep.include({
      heading: s.wantToAskHeading,
      lines: [titleOf(listed[0]), titleOf(listed[2])],
      list: 'plain',
    });
    expect(sectionOf(summary, 'options')).to.deep.include({ heading: s.optionsHeading, lines: listed.map(titleOf), list: 'ordered' });
    expect(s.optionsHeading).not.to.equal(s.wantToAskHeading);

    const lines = summaryText(summary).split('\n');
    const at = lines.indexOf(s.wantToAskHeading.toUpperCase());
    expect(lines.slice(at, at + 3)).to.deep.equal([s.wantToAskHeading.toUpperCase(), `- ${titleOf(listed[0])}`, `- ${titleOf(listed[2])}`]);
    expect(lines).to.include(s.optionsHeading.toUpperCase());
  });

  it('nothing ticked: no wish is claimed, the listed options stay', () => {
    const summary = summaryFor(SIX_CALM, () => []);
    expect(sectionOf(summary, 'want-to-ask')).to.equal(undefined);
    expect(sectionOf(summary, 'options')!.heading).to.equal(s.optionsHeading);
  });

  it('urgent: no options of either kind', () => {
    const summary = summaryFor(URGENT, (ids) => ids);
    expect(sectionOf(summary, 'want-to-ask')).to.equal(undefined);
    expect(sectionOf(summary, 'options')).to.equal(undefined);
  });
});

describe('doctor’s summary: the privacy sentence', () => {
  it("ours by default; the clinic's privacy-note in its place, under the title and in the text", () => {
    const ours = wholeUiOf(english).welcome.privacy;
    expect(summaryFor(SIX_CALM, () => []).privacy).to.equal(ours);
    const note = 'Riverbend Clinic receives these answers.';
    const summary = summaryFor(SIX_CALM, () => [], note);
    expect(summary.privacy).to.equal(note);
    expect(summaryText(summary).split('\n').slice(0, 3)).to.deep.equal([s.title.toUpperCase(), s.selfReport, note]);
    expect(summaryText(summary)).not.to.contain(ours);
    expect(summaryFor(SIX_CALM, () => [], '  ').privacy, 'blank → ours').to.equal(ours);
  });
});
