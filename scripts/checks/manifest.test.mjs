// The generated custom-elements.json documents the element's whole public interface.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const element = declarations.find((declaration) => declaration.tagName === 'trd-screener');
const names = (list = []) => list.map((item) => item.name);
const undocumented = (list = []) => names(list.filter((item) => !item.description));

test('defines <trd-screener> with its class', () => {
  assert.equal(element?.tagName, 'trd-screener');
  assert.equal(element.name, 'TrdScreener');
  const definitions = manifest.modules.flatMap((module) => module.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  assert.deepEqual(definitions.map((d) => [d.name, d.declaration.name]), [['trd-screener', 'TrdScreener']]);
});

test('documents every attribute, with a description', () => {
  const expected = ['clinic-name', 'clinic-lang', 'region', 'lang', 'contact-href', 'contact-label', 'persist', 'show-options', 'actions', 'privacy-note', 'color-scheme'];
  assert.deepEqual(names(element.attributes).sort(), expected.sort());
  assert.deepEqual(undocumented(element.attributes), []);
});

test("the React JSX types name every attribute's property and every event", () => {
  const jsx = readFileSync('demo/integrations/react/trd-screener-jsx.d.ts', 'utf8');
  const props = [...element.attributes.map((a) => `'${a.fieldName}'`), ...element.events.map((e) => `'on${e.name}'`)];
  assert.deepEqual(props.filter((prop) => !jsx.includes(prop)), []);
});

test('documents the public properties and methods', () => {
  const members = Object.fromEntries(element.members.filter((m) => m.privacy !== 'private').map((m) => [m.name, m]));
  for (const name of ['bank', 'result', 'persist', 'reset', 'print']) assert.ok(members[name]?.description, `${name} is documented`);
  assert.equal(members.result.readonly, true);
});

test('documents the four events with their classes', () => {
  assert.deepEqual(
    element.events.map((e) => [e.name, e.type?.text]),
    [
      ['screener-step', 'ScreenerStepEvent'],
      ['screener-crisis', 'ScreenerCrisisEvent'],
      ['screener-complete', 'ScreenerCompleteEvent'],
      ['screener-error', 'ScreenerErrorEvent'],
    ],
  );
  assert.deepEqual(undocumented(element.events), []);
});

test("documents the contract's parts and the theming custom properties", () => {
  const parts = ['card', 'heading', 'progress', 'button', 'crisis', 'crisis-banner', 'result', 'summary'];
  assert.deepEqual(parts.filter((part) => !names(element.cssParts).includes(part)), []);
  const properties = ['accent', 'text', 'background', 'surface', 'border', 'radius', 'font-family', 'font-size', 'space'].map((p) => `--trd-${p}`);
  assert.deepEqual(properties.filter((p) => !names(element.cssProperties).includes(p)), []);
  assert.deepEqual([...undocumented(element.cssParts), ...undocumented(element.cssProperties)], []);
});
