import { expect } from '@open-wc/testing';
import crisis, { crisisCopy, regions } from '../../questions/crisis.js';
import { fillCrisisCopy, resolveRegion } from '../../src/crisis/regions.js';
import crisisSources from '../../questions/crisis-sources.js';
import { REGION_IDS, type CrisisSources, type Regions } from '../../src/crisis/types.js';
import { validateRegions } from './validate-regions.js';

const hrefs = (regionId: keyof Regions) => regions[regionId].resources.flatMap((r) => r.links.map((l) => l.href));

/** A deep copy of the shipped regions, changed by `change`. */
function brokenRegions(change: (copy: Regions) => void): Regions {
  const copy = structuredClone(regions);
  change(copy);
  return copy;
}

/** A deep copy of the shipped sources, changed by `change`. */
function brokenSources(change: (copy: CrisisSources) => void): CrisisSources {
  const copy = structuredClone(crisisSources);
  change(copy);
  return copy;
}

function expectRefused(input: unknown, text: string, sources: unknown = crisisSources): void {
  const result = validateRegions(input, sources);
  if (result.ok) throw new Error(`expected the regions to be refused for: ${text}`);
  expect(result.errors.some((e) => e.includes(text)), result.errors.join('\n')).to.equal(true);
}

describe('crisis regions: the shipped data', () => {
  it('validates, every region present', () => {
    const result = validateRegions(regions, crisisSources);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(Object.keys(regions)).to.have.members([...REGION_IDS]);
    expect(crisis.regions).to.equal(regions);
  });

  it('lists the emergency first in every region', () => {
    for (const id of REGION_IDS) expect(regions[id].resources[0].id, id).to.equal('emergency');
  });

  it('gives the US 911, 988 by call, text and chat, Veterans, Spanish and Crisis Text Line', () => {
    expect(hrefs('US')).to.include.members([
      'tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/', 'sms:838255', 'sms:988?body=AYUDA', 'sms:741741?body=HOME',
    ]);
    const labels = regions.US.resources.flatMap((r) => r.links.map((l) => l.label));
    expect(labels).to.include.members(['Call 988, then press 1', 'Call 988, then press 2', 'Text AYUDA to 988', 'Text HOME to 741741']);
    expect(regions.US.crisisLine.reach).to.equal('call or text 988');
  });

  it('never shows the retired Lifeline number or the ended "press 3" option', () => {
    const text = JSON.stringify(crisis);
    expect(text.replace(/\D/g, '')).not.to.include('8002738255');
    expect(text).not.to.match(/press 3/i);
  });

  it('keeps the unconfirmed items marked for review', () => {
    expect(crisisSources.CA.emergency.check).to.equal(true);
    expect(crisisSources.AU.emergency.check).to.equal(true);
    expect(crisisSources.INTL['find-a-helpline'].check).to.equal(true);
    expect(crisisSources.IE['50808'].check).to.equal(true);
  });

  it('keeps the sources out of the shipped text', () => {
    expect(JSON.stringify(crisis)).not.to.match(/"(source|check)"/);
  });

  it('fills the panel sentences per region', () => {
    expect(fillCrisisCopy(crisisCopy.urgent.act, regions.US)).to.equal(
      'If you might act on these thoughts, call 911 now. Or go to the nearest emergency room.',
    );
    expect(fillCrisisCopy(crisisCopy.urgent.act, regions.GB)).to.equal('If you might act on these thoughts, call 999 now. Or go to A&E.');
    expect(fillCrisisCopy(crisisCopy.urgent.act, regions.IE)).to.include('call 112 or 999 now');
    expect(fillCrisisCopy(crisisCopy.urgent.act, regions.INTL)).to.equal(
      'If you might act on these thoughts, call your local emergency number now. Or go to the nearest emergency department.',
    );
    expect(fillCrisisCopy(crisisCopy.support.tellDoctor, regions.US)).to.equal(
      'Please tell your doctor about this answer today. If you want to talk with someone now, call or text 988.',
    );
    expect(fillCrisisCopy(crisisCopy.none.anyTime, regions.CA)).to.equal(
      'If you ever have thoughts of suicide, you can call or text 9-8-8 any time.',
    );
    for (const id of REGION_IDS)
      for (const sentence of Object.values(crisisCopy).flatMap((group) => Object.values(group as Record<string, string>)))
        expect(fillCrisisCopy(sentence, regions[id])).not.to.match(/[{}]/);
  });
});

describe('resolveRegion', () => {
  it('falls back to INTL for an unknown region', () => {
    const { region, fellBack } = resolveRegion('XX', regions);
    expect(region.id).to.equal('INTL');
    expect(fellBack).to.equal(true);
  });

  it('accepts any case and surrounding spaces', () => {
    expect(resolveRegion('gb', regions)).to.deep.equal({ region: regions.GB, fellBack: false });
    expect(resolveRegion(' Nz ', regions).region.id).to.equal('NZ');
    expect(resolveRegion('intl', regions)).to.deep.equal({ region: regions.INTL, fellBack: false });
  });

  it('uses the US, the default, when no region is given', () => {
    for (const absent of [null, undefined, '', '  ']) expect(resolveRegion(absent, regions)).to.deep.equal({ region: regions.US, fellBack: false });
  });

  it('does not treat object keys as regions', () => {
    expect(resolveRegion('constructor', regions).fellBack).to.equal(true);
  });
});

describe('validateRegions: bad records are refused', () => {
  it('a missing or unknown region', () => {
    expectRefused(brokenRegions((r) => delete (r as Partial<Regions>).NZ), 'Region "NZ" is missing.');
    expectRefused({ ...regions, FR: regions.INTL }, 'Region "FR" is not a known region.');
    expectRefused(null, 'must be an object');
  });

  it('a resource without a source', () => {
    const noSource = brokenSources((s) => delete s.GB.samaritans.source);
    expectRefused(regions, 'Region "GB": resource "samaritans" needs an https source', noSource);
    const http = brokenSources((s) => (s.GB.samaritans.source = 'http://www.samaritans.org/'));
    expectRefused(regions, 'resource "samaritans" needs an https source', http);
    expectRefused(regions, 'Region "NZ": resource "1737" needs an https source', brokenSources((s) => delete s.NZ['1737']));
    expectRefused(regions, 'Region "US": resource "988" needs an https source', {});
  });

  it('a source for a resource that does not exist, and a check mark that is not true', () => {
    const stray = brokenSources((s) => (s.AU.beyondblue = { source: 'https://www.beyondblue.org.au/' }));
    expectRefused(regions, 'Region "AU": the sources name unknown resource "beyondblue".', stray);
    const notTrue = brokenSources((s) => ((s.CA.emergency as { check: unknown }).check = false));
    expectRefused(regions, 'Region "CA": resource "emergency" has a "check" mark that is not true.', notTrue);
  });

  it('links that are not tel:, sms: or https:', () => {
    expectRefused(brokenRegions((r) => (r.US.resources[1].links[2].href = 'http://988lifeline.org/')), 'must be a tel:, sms: or https: link');
    expectRefused(brokenRegions((r) => (r.US.resources[1].links[2].href = 'javascript:alert(1)')), 'must be a tel:, sms: or https: link');
  });

  it('badly written numbers', () => {
    expectRefused(brokenRegions((r) => (r.AU.resources[1].links[0].href = 'tel:13 11 14')), 'link 1 has an invalid phone number "tel:13 11 14"');
    expectRefused(brokenRegions((r) => (r.US.resources[1].links[0].href = 'tel:98')), 'invalid phone number "tel:98"');
    expectRefused(brokenRegions((r) => (r.US.resources[1].links[1].href = 'sms:+1-988')), 'invalid text number "sms:+1-988"');
  });

  it('a text keyword that is not visible', () => {
    expectRefused(brokenRegions((r) => (r.US.resources[4].links[0].label = 'Text us')), 'must show the keyword "HOME" in its label');
  });

  it('the retired Lifeline number', () => {
    const retired = brokenRegions((r) => r.US.resources[1].links.push({ href: 'tel:18002738255', label: 'Call 1-800-273-8255' }));
    expectRefused(retired, 'Region "US" shows the retired Lifeline number 1-800-273-8255');
  });

  it('an emergency that is not first, and a crisis line pointing nowhere', () => {
    expectRefused(brokenRegions((r) => r.CA.resources.reverse()), 'Region "CA": the emergency resource must come first.');
    expectRefused(brokenRegions((r) => (r.NZ.crisisLine.resource = 'lifeline')), 'Region "NZ": the crisis line refers to unknown resource "lifeline".');
    expectRefused(brokenRegions((r) => (r.GB.emergency.tel = 'tel:112')), "the emergency \"tel\" must be one of the emergency resource's links");
  });

  it('missing text and duplicate ids', () => {
    expectRefused(brokenRegions((r) => (r.IE.resources[2].description = '')), 'Region "IE": resource "50808" has no description.');
    expectRefused(brokenRegions((r) => (r.US.resources[2].id = '988')), 'Region "US": resource id "988" is used more than once.');
    expectRefused(brokenRegions((r) => (r.AU.emergency.place = '')), 'Region "AU" needs an emergency number and place.');
  });
});
