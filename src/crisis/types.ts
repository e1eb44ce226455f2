/** Types of the crisis resources: one record per region, patient-facing text kept by id. */
import type { Locale } from '../bank/types.js';

export const REGION_IDS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'INTL'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export interface ResourceLink {
  /** `tel:988`, `sms:988`, `sms:741741?body=HOME` or `https://…`; never a country prefix on a short code. */
  href: string;
  /** Visible text; a text line's keyword is always shown here (not every phone honours `?body=`). */
  label: string;
}

export interface CrisisResource {
  /** Stable within a region, so another language can mirror the resource by id. */
  id: string;
  name: string;
  description: string;
  links: ResourceLink[];
}

/** Where a resource comes from: for reviewers and tests, never shipped in the embed. */
export interface ResourceSource {
  /** Where the number comes from (https). Only a `check` entry may lack one. */
  source?: string;
  /** Widely known but not confirmed from a primary source: a clinician verifies it before go-live. */
  check?: true;
}

/** Sources by region and resource id: one record for every language, since numbers do not change. */
export type CrisisSources = Record<RegionId, Record<string, ResourceSource>>;

export interface Emergency {
  /** Fills `{emergency}`: "911", "112 or 999", "your local emergency number". */
  number: string;
  /** Absent where there is no single number to dial (INTL). */
  tel?: string;
  /** Fills `{place}`: "the nearest emergency room", "A&E". */
  place: string;
}

/** The line a panel names first; its name and links are those of its resource. */
export interface CrisisLine {
  /** Id of the resource in `resources` that holds the line's name and links. */
  resource: string;
  /** How to reach the line, verb included, numbers as people say them; fills `{line}`: "call or text 988". */
  reach: string;
}

export interface RegionData {
  id: RegionId;
  name: string;
  emergency: Emergency;
  crisisLine: CrisisLine;
  /** Emergency first, then the crisis line, then the rest. */
  resources: CrisisResource[];
}

export type Regions = Record<RegionId, RegionData>;

/** Fixed panel sentences with `{line}`, `{emergency}` and `{place}` placeholders. */
export interface CrisisCopy {
  support: { lead: string; tellDoctor: string };
  urgent: { act: string; line: string; stay: string; distance: string };
  none: { anyTime: string };
}

export interface CrisisContent {
  locale: Locale;
  copy: CrisisCopy;
  regions: Regions;
}
