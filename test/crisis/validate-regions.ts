/**
 * Checks crisis-resource data: every region present, every number dialable as written, every
 * resource traceable to a source (kept apart from the shipped text), and never the Lifeline's
 * retired 10-digit number.
 */
import { isRecord, isText, type Json } from '../../src/bank/bank-errors.js';
import { REGION_IDS, type Regions } from '../../src/crisis/types.js';

export type RegionsValidation = { ok: true; regions: Regions } | { ok: false; errors: string[] };

const RESOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// E.164 (+ and digits), or a short code / national number as dialled at home: digits only.
const PHONE = /^(?:\+\d{7,15}|\d{3,11})$/;
const SMS = /^sms:([^?]+)(?:\?body=([A-Za-z0-9]+))?$/;
// 988 replaced it on 16 July 2022; it must never be shown again.
const RETIRED_LIFELINE = '8002738255';

function isHttps(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Why a link cannot be used as written, or null when it is fine. */
function linkProblem(link: unknown): string | null {
  if (!isRecord(link)) return 'is not an object';
  if (!isText(link.label)) return 'has no label';
  const href = String(link.href);
  if (href.startsWith('tel:')) return PHONE.test(href.slice(4)) ? null : `has an invalid phone number "${href}"`;
  if (href.startsWith('sms:')) {
    const match = SMS.exec(href);
    if (!match || !PHONE.test(match[1])) return `has an invalid text number "${href}"`;
    // Not every phone fills in `?body=`, so the keyword must be visible too.
    if (match[2] && !link.label.includes(match[2])) return `must show the keyword "${match[2]}" in its label`;
    return null;
  }
  return isHttps(href) ? null : `must be a tel:, sms: or https: link, not "${href}"`;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  return isRecord(value) ? Object.values(value).flatMap(strings) : [];
}

/** A resource's source record: an https source, or a check mark where none was found. */
function sourceProblem(record: unknown): string | null {
  if (isRecord(record) && record.check !== undefined && record.check !== true) return 'has a "check" mark that is not true';
  const sourced = isRecord(record) && (record.source === undefined ? record.check === true : isHttps(record.source));
  return sourced ? null : 'needs an https source (or a check mark where none was found)';
}

function checkResource(
  resource: unknown,
  region: string,
  index: number,
  ids: Set<string>,
  sources: Json,
  errors: string[],
): void {
  const position = `${region}: resource ${index + 1}`;
  if (!isRecord(resource)) return void errors.push(`${position} is not an object.`);
  const id = String(resource.id);
  if (!RESOURCE_ID.test(id)) errors.push(`${position} has an invalid id "${id}".`);
  else if (ids.has(id)) errors.push(`${region}: resource id "${id}" is used more than once.`);
  ids.add(id);
  const name = `${region}: resource "${id}"`;
  if (!isText(resource.name)) errors.push(`${name} has no name.`);
  if (!isText(resource.description)) errors.push(`${name} has no description.`);
  const problem = sourceProblem(Object.hasOwn(sources, id) ? sources[id] : undefined);
  if (problem) errors.push(`${name} ${problem}.`);
  if (!Array.isArray(resource.links)) return void errors.push(`${name} has no list of links.`);
  if (resource.links.length === 0 && id !== 'emergency') errors.push(`${name} has no links.`);
  resource.links.forEach((link: unknown, i) => {
    const problem = linkProblem(link);
    if (problem) errors.push(`${name}: link ${i + 1} ${problem}.`);
  });
}

function checkRegion(regionId: string, region: Json, sources: Json, errors: string[]): void {
  const where = `Region "${regionId}"`;
  if (region.id !== regionId) errors.push(`${where} has the id ${JSON.stringify(region.id)}.`);
  if (!isText(region.name)) errors.push(`${where} has no name.`);
  const resources = Array.isArray(region.resources) ? region.resources : [];
  if (resources.length === 0) errors.push(`${where} has no resources.`);
  const ids = new Set<string>();
  resources.forEach((resource: unknown, i) => checkResource(resource, where, i, ids, sources, errors));
  for (const id of Object.keys(sources))
    if (!ids.has(id)) errors.push(`${where}: the sources name unknown resource "${id}".`);
  const first = resources.find(isRecord);
  if (first && first.id !== 'emergency') errors.push(`${where}: the emergency resource must come first.`);

  const { emergency, crisisLine } = region;
  if (!isRecord(emergency) || !isText(emergency.number) || !isText(emergency.place))
    errors.push(`${where} needs an emergency number and place.`);
  else if (emergency.tel !== undefined) {
    const emergencyLinks = first && Array.isArray(first.links) ? first.links : [];
    if (!emergencyLinks.some((link) => isRecord(link) && link.href === emergency.tel))
      errors.push(`${where}: the emergency "tel" must be one of the emergency resource's links.`);
  }
  if (!isRecord(crisisLine) || !isText(crisisLine.reach)) errors.push(`${where} needs a crisis line and how to reach it.`);
  else if (!ids.has(String(crisisLine.resource)))
    errors.push(`${where}: the crisis line refers to unknown resource ${JSON.stringify(crisisLine.resource)}.`);

  if (strings(region).some((text) => text.replace(/\D/g, '').includes(RETIRED_LIFELINE)))
    errors.push(`${where} shows the retired Lifeline number 1-800-273-8255: use 988.`);
}

/** Checks the regions of one language against the sources of their resources (`CrisisSources`). */
export function validateRegions(input: unknown, sources: unknown): RegionsValidation {
  if (!isRecord(input)) return { ok: false, errors: ['The regions must be an object keyed by region id.'] };
  const errors: string[] = [];
  for (const regionId of REGION_IDS) {
    const region = input[regionId];
    const regionSources = isRecord(sources) && isRecord(sources[regionId]) ? sources[regionId] : {};
    if (isRecord(region)) checkRegion(regionId, region, regionSources, errors);
    else errors.push(`Region "${regionId}" is missing.`);
  }
  for (const key of Object.keys(input))
    if (!(REGION_IDS as readonly string[]).includes(key)) errors.push(`Region "${key}" is not a known region.`);
  return errors.length === 0 ? { ok: true, regions: input as unknown as Regions } : { ok: false, errors };
}
