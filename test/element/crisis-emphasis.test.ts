import { expect, waitUntil } from '@open-wc/testing';
import { regions } from '../../questions/crisis.js';
import englishUi from '../../questions/ui.en.js';
import { REGION_IDS, type RegionData, type ResourceLink } from '../../src/crisis/types.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/**
 * Where each crisis panel puts its weight (CLINICAL.md §4.3), as the patient sees it: in the
 * support panel the filled buttons are the crisis line's call and text, and Continue is a plain
 * button below them; the urgent panel looks different at a glance (its own heading style and
 * icon), its emergency call is the one filled button, and it offers Print only. "Filled" is read
 * from the computed colours: a background of the border's colour.
 */

function isFilled(el: Element): boolean {
  const style = getComputedStyle(el);
  return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor === style.borderTopColor;
}

/** The panel's filled links (by address) and buttons (by name), in order. */
function filledIn(d: ScreenerDriver, panel: Element): string[] {
  return [...panel.querySelectorAll('a, button')].filter(isFilled).map((el) => el.getAttribute('href') ?? d.text(el));
}

const hrefs = (links: readonly ResourceLink[]) => links.map((link) => link.href);
const linksOf = (region: RegionData, id: string) => region.resources.find((r) => r.id === id)?.links ?? [];

/** The crisis line's call and text links; a line reached only on the web, its links. */
function callAndText(region: RegionData): string[] {
  const links = linksOf(region, region.crisisLine.resource);
  const calls = links.filter((link) => /^(tel|sms):/.test(link.href));
  return hrefs(calls.length ? calls : links);
}

async function atSupportPanel(attributes: Record<string, string> = {}): Promise<ScreenerDriver> {
  const d = await mountScreener(attributes);
  await d.walkTo('asq-1');
  await d.choose('asq-1', 'yes');
  await d.click(englishUi.nav.next);
  expect(d.stepId).to.equal('crisis');
  return d;
}

async function atUrgentPanel(attributes: Record<string, string> = {}): Promise<ScreenerDriver> {
  const d = await mountScreener(attributes);
  await d.walkTo('asq-5', { 'asq-1': 'yes' });
  await d.choose('asq-5', 'yes');
  await d.click(englishUi.nav.next);
  expect(d.stepId).to.equal('urgent');
  return d;
}

describe('<trd-screener> crisis panels: where the weight is', () => {
  for (const regionId of REGION_IDS) {
    const region = regions[regionId];

    it(`support (${regionId}): the crisis line's call and text are the filled buttons; Continue is plain, below them`, async () => {
      const d = await atSupportPanel({ region: regionId });
      const panel = d.crisisPanel!;
      const strongest = callAndText(region);
      expect(strongest.length, 'the region has a crisis line link').to.be.greaterThan(0);
      expect(filledIn(d, panel)).to.deep.equal(strongest);
      const proceed = d.button(englishUi.nav.continue)!;
      expect(isFilled(proceed), 'Continue is not filled').to.equal(false);
      const lastFilled = [...panel.querySelectorAll('a')].filter(isFilled).at(-1)!;
      expect(lastFilled.compareDocumentPosition(proceed) & Node.DOCUMENT_POSITION_FOLLOWING, 'Continue below them').to.not.equal(0);
    });

    it(`urgent (${regionId}): the emergency call is the filled button, and only Print is offered`, async () => {
      const d = await atUrgentPanel({ region: regionId, actions: 'print copy fhir' });
      const panel = d.crisisPanel!;
      const emergencyCalls = hrefs(linksOf(region, 'emergency').filter((link) => link.href.startsWith('tel:')));
      expect(filledIn(d, panel)).to.deep.equal(emergencyCalls);
      // Print comes with the summary's code, which the urgent panel fetches at once.
      const buttons = () => [...panel.querySelectorAll('button')].map((b) => d.text(b));
      await waitUntil(() => buttons().length > 1, 'Print never appeared', { timeout: 5000 });
      expect(buttons()).to.deep.equal([englishUi.nav.print, englishUi.nav.startOver]);
    });
  }

  it('the urgent panel looks different from the support panel at a glance: its own heading style and icon', async () => {
    const support = await atSupportPanel();
    const supportPanel = support.crisisPanel!;
    const supportHeading = supportPanel.querySelector('h2')!;
    const urgent = await atUrgentPanel();
    const urgentPanel = urgent.crisisPanel!;
    const urgentHeading = urgentPanel.querySelector('h2')!;

    expect(supportHeading.querySelector('svg'), 'no icon on the support panel').to.equal(null);
    const icon = urgentHeading.querySelector('svg')!;
    expect(icon, 'an icon on the urgent heading').to.exist;
    expect(icon.getAttribute('aria-hidden'), 'the icon is decoration: the heading says it').to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(16);
    expect(urgent.text(urgentHeading)).to.equal(englishUi.crisis.urgentHeading);

    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    expect(size(urgentHeading), 'a larger heading').to.be.greaterThan(size(supportHeading));
    const frame = (el: Element) => parseFloat(getComputedStyle(el).borderTopWidth);
    expect(frame(supportPanel), 'the support panel has a side bar only').to.equal(0);
    expect(frame(urgentPanel), 'the urgent panel is framed').to.be.greaterThan(0);
    await expect(urgent.el).to.be.accessible();
  });
});
