import { html, nothing } from 'lit';
import type { CrisisResource, RegionData, ResourceLink } from '../crisis/types.js';
import type { UiStrings } from '../i18n/ui-strings.js';

/** A resource link: web links open in a new tab, phone and text links do what they say. */
export function resourceLink(link: ResourceLink, ui: UiStrings, className = 'resource-link') {
  const web = link.href.startsWith('https:');
  return html`<a class=${className} href=${link.href} target=${web ? '_blank' : nothing} rel=${web ? 'noopener' : nothing}
    >${link.label}${web ? html`<span class="visually-hidden"> ${ui.resources.newTab}</span>` : nothing}</a
  >`;
}

function resourceItem(resource: CrisisResource, ui: UiStrings) {
  return html`<li class="resource">
    <p><span class="resource-name">${resource.name}.</span> ${resource.description}</p>
    ${resource.links.length
      ? html`<span class="resource-links">${resource.links.map((link) => resourceLink(link, ui))}</span>`
      : nothing}
  </li>`;
}

/** The region's resources, emergency first (their order in the data). */
export function resourceList(resources: readonly CrisisResource[], ui: UiStrings) {
  return html`<ul class="resources">${resources.map((r) => resourceItem(r, ui))}</ul>`;
}

/**
 * A row of large link targets (e.g. call and text), or nothing when there is none. `filled`: its
 * call and text links are the panel's strongest buttons, a web link beside them stays outlined
 * (a resource reached only on the web, e.g. a helpline finder, is filled instead).
 */
export function resourceLinks(links: readonly ResourceLink[], ui: UiStrings, filled = false) {
  const calls = links.filter((link) => /^(tel|sms):/.test(link.href));
  const strongest = filled ? (calls.length ? calls : links) : [];
  return links.length
    ? html`<p class="resource-links">${links.map((link) => resourceLink(link, ui, strongest.includes(link) ? 'call' : undefined))}</p>`
    : nothing;
}

/** The links of the region's resource with this id (none when there is no such resource). */
export function linksOf(region: RegionData, id: string): ResourceLink[] {
  return region.resources.find((r) => r.id === id)?.links ?? [];
}

/** The links of the crisis line's own resource (its call / text links). */
export function crisisLineLinks(region: RegionData): ResourceLink[] {
  return linksOf(region, region.crisisLine.resource);
}
