import { expect } from '@open-wc/testing';
import { ENGLISH_UI as ui } from '../../src/i18n/result-content.js';
import { chosenActions } from '../../src/summary/chosen-actions.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';

/**
 * The `actions` attribute: a clinic chooses the summary's actions on the result (`print copy
 * fhir`, absent → all), e.g. to hide the FHIR file from patients; an unknown word gets one console
 * warning; the urgent panel offers Print only, whatever the clinic chose (CLINICAL.md §4.3).
 */

const ALL = [ui.nav.print, ui.nav.copy, ui.nav.download];

function resultButtons(d: ScreenerDriver): string[] {
  const result = d.root.querySelector('[part="result"]')!;
  return [...result.querySelectorAll('.summary-actions button')].map((b) => d.text(b));
}

async function atResult(attributes: Record<string, string>): Promise<ScreenerDriver> {
  const d = await mountScreener(attributes);
  await d.walkToResult();
  return d;
}

const actionWarnings = (warnings: string[]) => warnings.filter((w) => w.includes('actions:'));

describe('<trd-screener> actions', () => {
  it('absent: print, copy and the FHIR file, with the file’s hint', async () => {
    const d = await atResult({});
    expect(resultButtons(d)).to.deep.equal(ALL);
    expect(d.text(d.root.querySelector('[part="result"]'))).to.contain(ui.result.nextText);
    expect(d.text(d.root.querySelector('.summary-actions'))).to.contain(ui.summary.downloadHint);
  });

  it('"print copy": no FHIR file and no word about it', async () => {
    const d = await atResult({ actions: 'print copy' });
    expect(resultButtons(d)).to.deep.equal([ui.nav.print, ui.nav.copy]);
    expect(d.text(d.root.querySelector('.summary-actions'))).not.to.contain(ui.summary.downloadHint);
    await expect(d.el).to.be.accessible();
  });

  it('"fhir copy": the actions in their own order; without Print no name fields for the printout', async () => {
    const d = await atResult({ actions: ' fhir   copy ' });
    expect(resultButtons(d)).to.deep.equal([ui.nav.copy, ui.nav.download]);
    expect(d.root.querySelector('details.personal')).to.equal(null);
    const result = d.text(d.root.querySelector('[part="result"]'));
    expect(result, 'no word of printing without Print').to.contain(ui.result.nextTextWithoutPrint).and.not.to.contain(ui.result.nextText);
  });

  it('empty: none of them; a change on the page shows at once', async () => {
    const d = await atResult({ actions: '' });
    expect(d.root.querySelector('.summary-actions')).to.equal(null);
    d.el.setAttribute('actions', 'print');
    await d.settle();
    expect(resultButtons(d)).to.deep.equal([ui.nav.print]);
    d.el.removeAttribute('actions');
    await d.settle();
    expect(resultButtons(d)).to.deep.equal(ALL);
  });

  it('unknown words: one warning naming them, however often the widget renders', async () => {
    let d: ScreenerDriver | undefined;
    const warnings = await captureWarnings(async () => {
      d = await atResult({ actions: 'print pdf email' });
    });
    expect(actionWarnings(warnings)).to.have.length(1);
    expect(actionWarnings(warnings)[0]).to.contain('"pdf email"');
    expect(resultButtons(d!)).to.deep.equal([ui.nav.print]);
    const later = await captureWarnings(async () => {
      d!.el.setAttribute('actions', 'print copy');
      await d!.settle();
      d!.el.setAttribute('actions', 'PRINT');
      await d!.settle();
    });
    expect(actionWarnings(later), 'a known value is quiet; a new unknown one warns once').to.have.length(1);
    expect(actionWarnings(later)[0]).to.contain('"PRINT"');
  });

  it('the urgent panel offers Print only, whatever the clinic chose', async () => {
    for (const actions of [undefined, 'copy fhir', '']) {
      const d = await mountScreener(actions === undefined ? {} : { actions });
      await d.walkTo('asq-5', { 'asq-1': 'yes' });
      await d.choose('asq-5', 'yes');
      await d.click(ui.nav.next);
      expect(d.stepId).to.equal('urgent');
      const buttons = [...d.crisisPanel!.querySelectorAll('.summary-actions button')].map((b) => d.text(b));
      expect(buttons, String(actions)).to.deep.equal([ui.nav.print]);
      expect(d.root.querySelector('details.personal'), 'the name for the printout').to.exist;
      d.el.remove();
    }
  });

  it('reads the attribute: absent → all, words in any order and spacing, unknown words apart', () => {
    expect(chosenActions(undefined)).to.deep.equal({ actions: ['print', 'copy', 'fhir'], unknown: [] });
    expect(chosenActions(null)).to.deep.equal({ actions: ['print', 'copy', 'fhir'], unknown: [] });
    expect(chosenActions('')).to.deep.equal({ actions: [], unknown: [] });
    expect(chosenActions('\tfhir  print\n')).to.deep.equal({ actions: ['print', 'fhir'], unknown: [] });
    expect(chosenActions('copy Copy pdf')).to.deep.equal({ actions: ['copy'], unknown: ['Copy', 'pdf'] });
  });
});
