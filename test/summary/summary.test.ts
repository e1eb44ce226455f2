import { expect } from '@open-wc/testing';
import { regions } from '../../questions/crisis.js';
import { findQuestion } from '../../src/bank/steps.js';
import { ENGLISH_RESULT, wholeUiOf } from '../../src/i18n/result-content.js';
import { contentFor, loadContent, type LocaleContent } from '../../src/i18n/locale-content.js';
import { renderSummary } from '../../src/summary/print.js';
import { labelOf, type SummaryDocument, type SummaryInput, type SummarySection } from '../../src/summary/summary-document.js';
import { summaryOf } from '../../src/summary/summary-model.js';
import { summaryText } from '../../src/summary/summary-text.js';
import { WIDGET_VERSION } from '../../src/summary/widget-version.js';
import { bank } from '../helpers/journeys.js';
import { NO_MEDICINES, SIX_CALM, SIX_ESCALATED, URGENT, sessionOf, type SummaryPersona } from './personas.js';
import { retractedSession } from './retracted.js';

/**
 * The doctor's summary as data, for several people; its printed document; and its text, which
 * says the same in the same order.
 */

const english = contentFor('en').content;
const ui = wholeUiOf(english);
const s = ui.summary;
const NOW = new Date('2026-01-01T12:00:00Z');

function summaryFor(persona: SummaryPersona, content: LocaleContent = english, clinicName = 'Riverbend'): SummaryDocument {
  const context = sessionOf(persona, content === english ? undefined : content);
  return summaryOf({ context, content, region: content.crisis.regions.US, clinicName, now: NOW });
}

const section = (summary: SummaryDocument, id: SummarySection['id']) => summary.sections.find((x) => x.id === id);
/** A counted trial helped a little and bipolar was answered: "may match". (The typed name off the list helped: not counted.) */
const SIX_PATTERN = `${s.patterns['trd-may-match']} ${ENGLISH_RESULT.resultCopy.partialNote}`;
const textOf = (id: string) => findQuestion(bank, id)!.text;

describe('doctor’s summary: content', () => {
  it('six medicines, escalated to support: safety first, then severity, medicines, wishes and options', () => {
    const summary = summaryFor(SIX_ESCALATED);
    expect(summary.title).to.equal(s.title);
    expect(summary.selfReport).to.equal(s.selfReport);
    expect(summary.details.map((d) => d.label)).to.deep.equal([s.dateTime, s.clinic, s.name, s.birthDate]);
    expect(summary.details[1].value).to.equal('Riverbend');
    expect(summary.details[2].value, 'no name unless typed for the printout').to.equal('');

    const { safety } = summary;
    expect(safety.level).to.equal('support');
    expect(safety.status).to.equal(s.safetyStatus.support);
    // Unchanged since they raised the level: one answer each.
    expect(safety.triggers).to.deep.equal([
      { label: textOf('phq9-9'), value: 'Several days', raised: 'Several days' },
      { label: textOf('asq-1'), value: 'Yes', raised: 'Yes' },
    ]);
    expect(safety.fields).to.deep.equal([{ label: s.asqAnswers, value: '1: Yes · 2: No · 3: No · 4: No · 5: No' }]);
    expect(safety.banner).to.contain('988');

    expect(summary.sections.map((x) => x.id)).to.deep.equal([
      'phq9',
      'medicines',
      'other-treatments',
      'health',
      'preferences',
      'options',
      'resources',
    ]);
    const phq9 = section(summary, 'phq9')!;
    expect(phq9.lines).to.deep.equal([]);
    expect(phq9.fields).to.deep.equal([
      { label: s.phq9TotalLabel, value: `17 of 27 (${s.phq9Bands['moderately-severe']})` },
      { label: s.item9, value: 'Several days (1)' },
      { label: s.difficulty, value: 'Very difficult' },
      { label: s.phq9Items, value: '2 3 2 2 1 3 2 1 1' },
    ]);

    const medicines = section(summary, 'medicines')!;
    const c = s.columns;
    expect(medicines.table!.columns).to.deep.equal([c.medicine, c.period, c.weeks, c.fullDose, c.response, c.sideEffects, c.adequate]);
    // Bank order; every answer shown, so the doctor judges adequacy.
    expect(medicines.table!.rows).to.deep.equal([
      ['sertraline (Zoloft)', 'This period', '6+ weeks', 'Yes', 'Not at all, or a little', 'No', 'Yes'],
      ['escitalopram (Lexapro)', 'This period', 'Under 4 weeks', 'No', 'Not sure', 'Yes', 'No'],
      ['fluoxetine (Prozac)', 'This period', '6+ weeks', 'Yes', 'Partly (doctor to judge)', 'No', 'Yes'],
      ['bupropion (Wellbutrin SR/XL)', 'Earlier', '4 to 6 weeks', 'Yes', 'Not at all, or a little', 'No', 'No'],
      ['venlafaxine (Effexor XR)', 'This period', '6+ weeks', 'Not sure', 'Not at all, or a little', 'No', 'Unclear'],
      ['Zelmora (made-up name)', 'This period', '6+ weeks', 'Yes', 'A lot, then it stopped', 'Yes', 'Yes'],
    ]);
    expect(medicines.fields).to.deep.equal([
      { label: s.periodLength, value: 'More than 2 years' },
      { label: s.adequateCount, value: '2' },
      { label: s.patternLabel, value: SIX_PATTERN },
    ]);

    expect(section(summary, 'other-treatments')!.lines[0]).to.match(/^Talk therapy.*, An add-on medicine.*, TMS/);
    expect(section(summary, 'health')!.lines[0]).to.match(/^High blood pressure.*, I have been told I have bipolar/);
    expect(section(summary, 'preferences')!.fields[0]).to.deep.equal({ label: s.shortLabels['pref-setting'], value: 'At a clinic' });
    const options = section(summary, 'options')!;
    expect(options.list).to.equal('ordered');
    expect(options.lines[0]).to.equal(ENGLISH_RESULT.options.find((o) => o.id === 'esketamine-nasal')!.title);
    expect(section(summary, 'resources')!.lines[1]).to.equal('988 Suicide & Crisis Lifeline — Call 988, Text 988, Chat at 988lifeline.org');
    expect(summary.footer).to.deep.equal([
      ENGLISH_RESULT.resultCopy.notDiagnosis,
      `Screener version ${WIDGET_VERSION} · Question set ${bank.version}`,
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
    ]);
  });

  it('six medicines, not escalated: a plain safety line, no banner, never "safe"', () => {
    const summary = summaryFor(SIX_CALM);
    expect(summary.safety.level).to.equal('none');
    expect(summary.safety.status).to.equal(s.safetyStatus.none);
    expect(summary.safety.triggers).to.deep.equal([]);
    expect(summary.safety.banner).to.equal(undefined);
    expect(summaryText(summary)).not.to.match(/\bsafe\b|no risk/i);
    expect(section(summary, 'medicines')!.table!.rows).to.have.length(6);
    expect(section(summary, 'medicines')!.fields[2].value).to.equal(SIX_PATTERN);
  });

  it('no medicines: says so instead of an empty table', () => {
    const medicines = section(summaryFor(NO_MEDICINES), 'medicines')!;
    expect(medicines.table).to.equal(undefined);
    expect(medicines.lines).to.deep.equal([s.noMedicines]);
    expect(section(summaryFor(NO_MEDICINES), 'health')!.lines).to.deep.equal(['None of these']);
  });

  it('urgent: what raised it, discuss now; answers so far; no options; where to get help', () => {
    const summary = summaryFor(URGENT);
    expect(summary.safety.level).to.equal('urgent');
    expect(summary.safety.status).to.equal(s.safetyStatus.urgent);
    expect(summary.safety.triggers.map((t) => t.label)).to.include.members([textOf('asq-1'), textOf('asq-5')]);
    expect(summary.safety.triggers.find((t) => t.label === textOf('asq-5'))!.value).to.equal('Yes');
    expect(summary.sections.map((x) => x.id)).to.deep.equal(['phq9', 'resources']);
    expect(summary.safety.banner).to.contain('988');
  });

  it('the name and date of birth typed for the printout are on it, trimmed', () => {
    const summary = summaryOf({
      context: sessionOf(NO_MEDICINES),
      content: english,
      region: regions.US,
      now: NOW,
      personal: { name: '  Ana Example ', birthDate: '1980-02-03' },
    });
    expect(summary.details).to.deep.include({ label: s.name, value: 'Ana Example' });
    expect(summary.details).to.deep.include({ label: s.birthDate, value: '1980-02-03' });
    expect(summary.details.map((d) => d.label)).not.to.include(s.clinic);
  });
});

describe('doctor’s summary: printed document and text', () => {
  it('renders the model into a document: safety box first, a medicine table, blanks to fill in', () => {
    const summary = summaryFor(SIX_ESCALATED);
    const doc = document.implementation.createHTMLDocument('');
    renderSummary(doc, summary);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal(s.title);
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent.replace(/\s+/g, ' ').trim());
    expect(headings[0]).to.equal(`${s.safetyHeading}: ${s.safetyStatus.support}`);
    expect(headings.slice(1, 3)).to.deep.equal([s.phq9Heading, s.medicinesHeading]);
    expect(headings.at(-1)).to.equal(s.notesHeading);
    expect(doc.querySelector('.safety--support [data-part="crisis-banner"]')!.textContent).to.contain('988');
    expect(doc.querySelectorAll('tbody tr')).to.have.length(6);
    expect(doc.querySelectorAll('dd.blank')).to.have.length(2);
    expect(doc.querySelector('style, main')).to.exist;
  });

  it('the text has every line of the model, headings in capitals, one line per medicine', () => {
    const summary = summaryFor(SIX_ESCALATED);
    const lines = summaryText(summary).split('\n');
    expect(lines[0]).to.equal(s.title.toUpperCase());
    expect(lines[1]).to.equal(s.selfReport);
    expect(lines).to.include(`${s.clinic}: Riverbend`);
    expect(lines.some((l) => l.startsWith(`${s.name}:`)), 'blank fields are left out').to.equal(false);
    expect(lines).to.include(`${s.safetyHeading.toUpperCase()}: ${s.safetyStatus.support}`);
    expect(lines).to.include(`- ${textOf('asq-1')} — Yes`);
    expect(lines).to.include(
      `- sertraline (Zoloft): When: This period; How long: 6+ weeks; Full dose: Yes; How much it helped: Not at all, or a little; Stopped for side effects: No; Adequate trial: Yes`,
    );
    expect(lines).to.include(`1. ${section(summary, 'options')!.lines[0]}`);
    // Safety comes before everything else.
    const safetyAt = lines.findIndex((l) => l.startsWith(s.safetyHeading.toUpperCase()));
    expect(safetyAt).to.be.below(lines.indexOf(s.phq9Heading.toUpperCase()));
    for (const x of summary.sections) expect(lines).to.include(x.heading.toUpperCase());
  });

  it('writes a colon after a label, unless it ends in its own punctuation', () => {
    expect(labelOf({ label: 'Where', value: 'At a clinic' })).to.equal('Where:');
    expect(labelOf({ label: textOf('pref-setting'), value: 'At a clinic' })).to.equal(textOf('pref-setting'));
  });

  it('keeps the widget version in step with the package', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(WIDGET_VERSION).to.equal(pkg.version);
  });
});

describe('doctor’s summary: an answer changed after it raised the level (§4.3, invariant 7)', () => {
  const ofContext = (context: SummaryInput['context'], content: LocaleContent = english) =>
    summaryOf({ context, content, region: content.crisis.regions.US, now: NOW });
  const asq1 = textOf('asq-1');

  it('names the answer that raised the level first, then the answer now', () => {
    const context = retractedSession();
    expect(context.answers['asq-1'], 'the answer now').to.equal('no');
    const { safety } = ofContext(context);
    expect(safety.level).to.equal('support');
    expect(safety.triggers).to.deep.equal([
      { label: textOf('phq9-9'), value: 'Several days', raised: 'Several days' },
      { label: asq1, value: 'Yes (changed later to: No)', raised: 'Yes', current: 'No' },
    ]);
    // ASQ item 5 was asked because of the "Yes": its answer stays on the summary.
    expect(safety.fields).to.deep.equal([{ label: s.asqAnswers, value: '1: No · 2: No · 3: No · 4: No · 5: No' }]);
  });

  it('the copied text and the printout say the same', () => {
    const summary = ofContext(retractedSession());
    const lines = summaryText(summary).split('\n');
    const at = lines.indexOf(s.triggeredBy);
    expect(lines.slice(at, at + 3)).to.deep.equal([
      s.triggeredBy,
      `- ${textOf('phq9-9')} — Several days`,
      `- ${asq1} — Yes (changed later to: No)`,
    ]);
    expect(lines, 'never the answer now alone').not.to.include(`- ${asq1} — No`);
    const doc = document.implementation.createHTMLDocument('');
    renderSummary(doc, summary);
    const items = [...doc.querySelectorAll('.triggers li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([`${textOf('phq9-9')} Several days`, `${asq1} Yes (changed later to: No)`]);
  });

  it('an answer unchanged since it raised the level shows one answer', () => {
    const context = sessionOf(SIX_ESCALATED);
    expect(context.safety.raisedBy).to.deep.equal({ 'phq9-9': 'several-days', 'asq-1': 'yes' });
    const trigger = ofContext(context).safety.triggers[1];
    expect(trigger).to.deep.equal({ label: asq1, value: 'Yes', raised: 'Yes' });
    expect(summaryText(ofContext(context))).not.to.contain('changed later');
  });

  it('an answer cleared since (e.g. by "Start over") still names the answer that raised the level', () => {
    const context = sessionOf(SIX_ESCALATED);
    const answers = { ...context.answers };
    delete answers['asq-1'];
    const trigger = ofContext({ ...context, answers }).safety.triggers[1];
    expect(trigger).to.deep.equal({ label: asq1, value: 'Yes (answer cleared later)', raised: 'Yes', current: '' });
  });

  it('a record without the raising answer (kept from before) shows the answer now', () => {
    const context = retractedSession();
    const safety = { level: context.safety.level, triggeredBy: context.safety.triggeredBy };
    expect(ofContext({ ...context, safety }).safety.triggers[1]).to.deep.equal({ label: asq1, value: 'No', raised: 'No' });
  });

  it('in Spanish: "Sí (después cambió a: No)" under "Respuestas que elevaron el nivel"', async () => {
    const spanish = await loadContent('es');
    const summary = ofContext(retractedSession(spanish), spanish);
    expect(summary.safety.triggers[1]).to.deep.equal({
      label: 'En las últimas semanas, ¿ha deseado estar muerto?',
      value: 'Sí (después cambió a: No)',
      raised: 'Sí',
      current: 'No',
    });
    const lines = summaryText(summary).split('\n');
    expect(lines).to.include('Respuestas que elevaron el nivel:');
    expect(lines).to.include('- En las últimas semanas, ¿ha deseado estar muerto? — Sí (después cambió a: No)');
    expect(wholeUiOf(spanish).summary.safetyStatus.none).to.contain('nivel de alerta');
    expect(JSON.stringify(wholeUiOf(spanish))).not.to.match(/nivel de seguridad/i);
  });
});

describe('doctor’s summary in Spanish', () => {
  it('says the same in Spanish, with the instruments’ Spanish wording', async () => {
    const spanish = await loadContent('es');
    expect(spanish.locale, 'Spanish content loads').to.equal('es');
    const summary = summaryFor(SIX_ESCALATED, spanish);
    expect(summary.lang).to.equal('es');
    expect(summary.title).to.equal(wholeUiOf(spanish).summary.title);
    expect(summary.title).not.to.equal(s.title);
    expect(summary.safety.status).to.equal(wholeUiOf(spanish).summary.safetyStatus.support);
    expect(summary.safety.triggers[1].label).to.equal('En las últimas semanas, ¿ha deseado estar muerto?');
    expect(section(summary, 'phq9')!.fields[0].value).to.contain(wholeUiOf(spanish).summary.phq9Bands['moderately-severe']);
    expect(section(summary, 'medicines')!.table!.columns[0]).to.equal(wholeUiOf(spanish).summary.columns.medicine);
    expect(summary.details[0].value).to.match(/2026/);
    expect(summaryText(summary).split('\n')[0]).to.equal(wholeUiOf(spanish).summary.title.toLocaleUpperCase('es'));
  });
});
