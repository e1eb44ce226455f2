import { expect } from '@open-wc/testing';
import { regions } from '../../questions/crisis.js';
import { contentFor } from '../../src/i18n/locale-content.js';
import { renderSummary } from '../../src/summary/print.js';
import { summaryOf, type SummaryDocument } from '../../src/summary/summary-model.js';
import { mountScreener } from '../helpers/element-driver.js';
import { MEDICINE_ANSWERS, startScreener, walkTo, walkToResult } from '../helpers/journeys.js';

const { content } = contentFor('en');
const NOW = new Date('2026-01-01T12:00:00Z');

function summaryAfter(drive: (actor: ReturnType<typeof startScreener>) => void, clinicName?: string): SummaryDocument {
  const actor = startScreener();
  drive(actor);
  return summaryOf({ context: actor.getSnapshot().context, content, region: regions.US, clinicName, now: NOW });
}

const headings = (summary: SummaryDocument) => summary.blocks.map((b) => b.heading);

describe('printed summary', () => {
  it('after a result: clinic, date, result, every answer, resources, not a diagnosis', () => {
    const summary = summaryAfter((actor) => walkToResult(actor, MEDICINE_ANSWERS), 'Riverbend');
    expect(summary.subtitle).to.deep.equal(['For Riverbend', 'Date: January 1, 2026']);
    expect(summary.banner).to.equal(undefined);
    expect(headings(summary)).to.deep.equal(['Safety', 'What the answers suggest', 'All answers', 'Where to get help']);
    const answers = summary.blocks[2].parts!.flatMap((p) => p.items);
    expect(answers.find((a) => a.label === 'Little interest or pleasure in doing things')?.text).to.equal('Not at all');
    expect(answers.some((a) => a.text === 'Zelmora')).to.equal(true);
    expect(summary.footer[0]).to.equal(content.resultCopy.notDiagnosis);
  });

  it('when urgent: the banner, what raised it, no result block', () => {
    const summary = summaryAfter((actor) => {
      walkTo(actor, 'asq-5', { 'asq-1': 'yes' });
      actor.send({ type: 'answer.set', questionId: 'asq-5', value: 'yes' });
    });
    expect(summary.banner).to.contain('988');
    expect(headings(summary)).to.not.include('What the answers suggest');
    const safety = summary.blocks[0];
    expect(safety.paragraphs[0]).to.equal(content.ui.summary.safetyLevels.urgent);
    expect(safety.items.map((i) => i.label)).to.deep.equal([
      'In the past few weeks, have you wished you were dead?',
      'Are you having thoughts of killing yourself right now?',
    ]);
  });

  it('renders into a document with headings and no HTML strings', () => {
    const summary = summaryAfter((actor) => walkToResult(actor, MEDICINE_ANSWERS), 'Riverbend');
    const doc = document.implementation.createHTMLDocument('');
    renderSummary(doc, summary);
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal(content.ui.summary.title);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(headings(summary));
    expect(doc.body.textContent).to.contain('988 Suicide & Crisis Lifeline. Call or text 988');
  });

  it('print() from the element prints from a hidden frame and does not throw', async () => {
    const d = await mountScreener({ 'clinic-name': 'Riverbend' });
    d.el.print();
    const frame = d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]')!;
    expect(frame.getAttribute('aria-hidden')).to.equal('true');
    expect(frame.contentDocument!.querySelector('h1')!.textContent).to.equal(content.ui.summary.title);
    d.el.print();
    expect(d.root.querySelectorAll('iframe').length).to.equal(1);
  });
});
