import { expect } from '@open-wc/testing';
import { TrdScreener } from '../../src/trd-screener.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/** The generated dist/custom-elements.json against the live element: nothing left undocumented. */

interface Named {
  name: string;
}

/** What is read of the manifest: each module's declarations. */
interface Manifest {
  modules: { declarations?: Record<string, unknown>[] }[];
}

async function element() {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'run `npm run build` first').to.equal(true);
  const manifest = (await response.json()) as Manifest;
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  return declarations.find((d) => d.tagName === 'trd-screener') as Record<string, Named[]>;
}

const names = (list: Named[] = []) => list.map((item) => item.name).sort();

function partsShown(d: ScreenerDriver, into: Set<string>): void {
  for (const el of d.root.querySelectorAll('[part]')) for (const part of el.getAttribute('part')!.split(/\s+/)) into.add(part);
}

describe('integration: the custom-elements manifest matches the element', () => {
  it('lists exactly the attributes the element observes', async () => {
    const documented = names((await element()).attributes);
    expect(documented).to.deep.equal([...TrdScreener.observedAttributes].sort());
  });

  it('lists every --trd-* custom property the styles declare', async () => {
    const documented = names((await element()).cssProperties);
    const styles = [TrdScreener.styles].flat(Infinity as 1) as Array<{ cssText: string }>;
    const declared = new Set(styles.flatMap((s) => [...s.cssText.matchAll(/(--trd-[a-z-]+)\s*:/g)].map((m) => m[1])));
    expect([...declared].filter((p) => !documented.includes(p))).to.deep.equal([]);
  });

  it('lists every part the views show, on a journey through crisis, review and result', async () => {
    const documented = names((await element()).cssParts);
    const shown = new Set<string>();
    const d = await mountScreener({ 'contact-href': '#book' });
    partsShown(d, shown);
    await d.walkTo('asq-1');
    await d.choose('asq-1', 'yes');
    // The answer counts when its step is left: the crisis panel shows before the next step.
    await d.click('Next');
    expect(d.crisisPanel, 'the crisis panel').to.exist;
    partsShown(d, shown);
    await d.click('Continue');
    await d.walkTo('review');
    partsShown(d, shown);
    await d.click('See my results');
    partsShown(d, shown);
    expect([...shown].filter((part) => !documented.includes(part))).to.deep.equal([]);
    expect(documented.filter((part) => !shown.has(part)), 'every documented part is used').to.deep.equal([]);
  });
});
