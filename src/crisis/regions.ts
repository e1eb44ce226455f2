/** The crisis logic the views, the summary and the languages share: pick a region, fill a sentence. */
import type { RegionData, RegionId, Regions } from './types.js';

/**
 * The region for an attribute value, any case. Absent → US (the default); unknown → INTL with
 * `fellBack: true`, so that the caller can warn.
 */
export function resolveRegion(
  region: string | null | undefined,
  from: Regions,
): { region: RegionData; fellBack: boolean } {
  const id = (region ?? '').trim().toUpperCase() || 'US';
  const known = Object.hasOwn(from, id);
  return { region: from[(known ? id : 'INTL') as RegionId], fellBack: !known };
}

/** Fills a `crisisCopy` sentence with the region's line, emergency number and place. */
export function fillCrisisCopy(sentence: string, region: RegionData): string {
  return sentence
    .replaceAll('{line}', region.crisisLine.reach)
    .replaceAll('{emergency}', region.emergency.number)
    .replaceAll('{place}', region.emergency.place);
}
