import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ui from '../../questions/ui.en.js';
import { INSTRUMENT_ITEM_IDS } from '../../src/bank/instrument-guard.js';
import { findQuestion } from '../../src/bank/steps.js';
import type { QuestionBank } from '../../src/bank/types.js';
import { formatBankErrors, validateBank } from '../../src/bank/validate.js';
import { mountScreener } from '../helpers/element-driver.js';
import { runs } from '../helpers/depth.js';
import { bank } from '../helpers/journeys.js';
import { hostileWords, INJECTED } from './hostile.js';

/*
 * Random banks, broken and valid. Broken: any JSON value, and the real bank with one random edit
 * (a field removed, replaced by any value, a list emptied or an item doubled). Valid: the real
 * bank with its texts replaced by hostile text (all but the instruments' own words, which the
 * bank guard holds to the published forms). The validator never throws and explains every
 * refusal in words; the element shows that explanation next to the crisis resources, or, for a
 * valid bank, shows hostile text as text.
 */

type Path = Array<string | number>;
type Edit = { path: number; kind: 'remove' | 'replace' | 'empty' | 'double'; value: unknown };

const TEXT_FIELDS = new Set(['title', 'intro', 'text', 'help', 'label', 'group', 'name']);

/** Every path in a JSON value, parents before children. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

const ALL_PATHS = pathsOf(bank).filter((path) => path.length > 0);
/** The PHQ-9's and ASQ's own words (question text, answer labels): the bank guard refuses any change to them. */
const isInstrumentWording = (path: Path) =>
  path[4] === 'questions' &&
  ['text', 'label'].includes(String(path.at(-1))) &&
  INSTRUMENT_ITEM_IDS.includes(String(parentOf(bank, [...path.slice(0, 6), 'id']).id));
const TEXT_PATHS = ALL_PATHS.filter((path) => TEXT_FIELDS.has(String(path.at(-1))) && !isInstrumentWording(path));

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, root as Record<string, unknown>);
}

function edited(edit: Edit): unknown {
  const copy = structuredClone(bank) as unknown;
  const path = ALL_PATHS[edit.path % ALL_PATHS.length];
  const parent = parentOf(copy, path);
  const key = path.at(-1)!;
  const value = parent[key];
  if (edit.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (edit.kind === 'empty' && Array.isArray(value)) value.length = 0;
  else if (edit.kind === 'double' && Array.isArray(value) && value.length) value.push(structuredClone(value[0]));
  else parent[key] = edit.value;
  return copy;
}

const anyJson = fc.jsonValue({ maxDepth: 3 });
const edit: fc.Arbitrary<Edit> = fc.record({
  path: fc.nat(),
  kind: fc.constantFrom('remove', 'replace', 'empty', 'double'),
  value: fc.oneof(anyJson, hostileWords, fc.constant(undefined)),
});
/** Shows a generated bank by how it was made, so that a failure prints a line, not the bank. */
const described = <T>(value: T, description: string) =>
  Object.assign(value as object, { [fc.toStringMethod]: () => description }) as T;

const brokenBank = fc.oneof(
  { weight: 1, arbitrary: fc.oneof(fc.anything(), anyJson, fc.record({ sections: anyJson, version: anyJson, locale: anyJson })) },
  {
    weight: 4,
    arbitrary: edit.map((e) => {
      const path = ALL_PATHS[e.path % ALL_PATHS.length].join('.');
      return described(edited(e), `the bank with ${e.kind} at ${path}: ${fc.stringify(e.value).slice(0, 200)}`);
    }),
  },
);
const hostileBank = fc.array(fc.tuple(fc.nat(), hostileWords), { minLength: 1, maxLength: 12 }).map((changes) => {
  const copy = structuredClone(bank) as unknown;
  const paths = changes.map(([n, text]) => {
    const path = TEXT_PATHS[n % TEXT_PATHS.length];
    parentOf(copy, path)[path.at(-1)!] = text;
    return `${path.join('.')} = ${fc.stringify(text).slice(0, 80)}`;
  });
  return described(copy as QuestionBank, `the bank with ${paths.join('; ')}`);
});

/** A sentence a clinic's developer can act on: it names what is wrong, with nothing unprinted. */
function expectReadable(message: string) {
  expect(message).to.be.a('string');
  expect(message.trim()).to.not.equal('');
  // What the bank itself says is quoted in the message, and may hold any text ("NaNaNa…"): only
  // the validator's own words must read well.
  const ownWords = message.replace(/"[^"]*"/g, '""');
  expect(ownWords).to.not.match(/\[object |function |NaN|^undefined|^null/);
}

/** Banks per property: a plain run takes fewer, a deep run (CI) the full counts. */
const BROKEN_BANKS = runs(1000, 3000);
const HOSTILE_BANKS = runs(200, 500);
const tally = { invalidBanks: 0, validBanks: 0, elementErrors: 0, elementValid: 0 };

describe('fuzzed question banks', function () {
  this.timeout(240_000);

  it(`the validator never throws, and explains every refusal in words (${BROKEN_BANKS} banks)`, () => {
    fc.assert(
      fc.property(brokenBank, (input) => {
        const checked = validateBank(input);
        if (checked.ok) return void (tally.validBanks += 1);
        tally.invalidBanks += 1;
        expect(checked.errors.length).to.be.greaterThan(0);
        for (const error of checked.errors) expectReadable(error.message);
        expectReadable(formatBankErrors(checked.errors));
      }),
      { numRuns: BROKEN_BANKS, includeErrorInReport: true },
    );
    expect(tally.validBanks + tally.invalidBanks).to.equal(BROKEN_BANKS);
    expect(tally.invalidBanks).to.be.greaterThan(BROKEN_BANKS / 3);
  });

  it(`a bank whose texts are hostile is still valid (${HOSTILE_BANKS} banks)`, () => {
    fc.assert(
      fc.property(hostileBank, (input) => {
        expect(validateBank(input).ok).to.equal(true);
      }),
      { numRuns: HOSTILE_BANKS, includeErrorInReport: true },
    );
  });

  it('the element shows a broken bank\'s error with the crisis resources, and never throws (150 banks)', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const original = console.error;
    console.error = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(brokenBank, async (input) => {
          const d = await mountScreener({}, { bank: input as QuestionBank });
          // No bank (undefined) means the built-in one.
          if (input === undefined || validateBank(input).ok) {
            tally.elementValid += 1;
            expect(d.forward, 'a valid bank starts').to.exist;
          } else {
            tally.elementErrors += 1;
            expect(d.errors).to.have.length(1);
            expectReadable(d.errors[0]);
            expect(d.text()).to.contain(ui.error.heading);
            expect(d.text(d.root.querySelector('.error-detail'))).to.equal(d.errors[0].replace(/\s+/g, ' ').trim());
            const links = [...d.root.querySelectorAll('.resources a')].map((a) => a.getAttribute('href'));
            expect(links).to.include.members(['tel:911', 'tel:988']);
          }
          d.el.remove();
        }),
        { numRuns: 150, includeErrorInReport: true },
      );
    } finally {
      console.error = original;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(tally.elementValid + tally.elementErrors).to.equal(150);
    expect(tally.elementErrors).to.be.greaterThan(50);
  });

  it('a valid bank with hostile texts shows them as text (60 banks)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBank, async (input) => {
        const d = await mountScreener({}, { bank: input });
        expect(d.errors).to.deep.equal([]);
        await d.walkTo('phq9-1');
        expect(d.root.querySelectorAll(INJECTED)).to.have.length(0);
        expect((window as { fuzzHit?: number }).fuzzHit).to.equal(undefined);
        expect(d.root.querySelector('legend')!.textContent).to.contain(findQuestion(input, 'phq9-1')!.text);
        d.el.remove();
      }),
      { numRuns: 60, includeErrorInReport: true },
    );
  });
});
