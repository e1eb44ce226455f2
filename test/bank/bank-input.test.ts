/**
 * The bank guard's input side: `validateBank` takes whatever a host page sets as `bank` — hostile,
 * broken or changing — never throws, answers in a short message, and keeps its own frozen copy.
 */
import { expect } from '@open-wc/testing';
import type { QuestionBank } from '../../src/bank/types.js';
import { formatBankErrors, validateBank } from '../../src/bank/validate.js';
import { bank, brokenBank, expectValid, question, step } from './bank-helpers.js';

/** Asserts `input` is refused without throwing, in a short message containing `text`. */
function expectShortRefusal(input: unknown, text: string): string {
  let result: ReturnType<typeof validateBank> | undefined;
  expect(() => (result = validateBank(input))).to.not.throw();
  if (!result || result.ok) throw new Error(`expected a refusal for: ${text}`);
  const message = formatBankErrors(result.errors);
  expect(message).to.include(text);
  expect(message.length).to.be.at.most(1000);
  for (const error of result.errors) expect(error.message.length, error.message.slice(0, 100)).to.be.at.most(400);
  return message;
}

/** An object `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

const plain = () => structuredClone(bank) as unknown as Record<string, unknown>;

describe('validateBank never throws', () => {
  it('BigInt values, in an id or anywhere', () => {
    expectShortRefusal(brokenBank((b) => ((question(b, 'age') as { id: unknown }).id = 10n)), 'holds a BigInt at sections[0].steps[0].questions[0].id');
    expectShortRefusal(10n, 'holds a BigInt');
  });

  it('cycles, cyclic ids included', () => {
    const cyclicId = brokenBank((b) => {
      const q = question(b, 'age') as unknown as Record<string, unknown>;
      q.id = q;
    });
    expectShortRefusal(cyclicId, 'contains itself');
    const selfInOption = plain();
    (question(selfInOption as unknown as QuestionBank, 'health').options![0] as unknown as Record<string, unknown>).bank = selfInOption;
    expectShortRefusal(selfInOption, 'contains itself at sections[5].steps[0].questions[0].options[0].bank (a cycle)');
  });

  it('getters that throw, proxies that throw, revoked proxies and functions', () => {
    const host = plain();
    Object.defineProperty(host, 'sections', { enumerable: true, get: () => { throw new Error('x'.repeat(1e6)); } });
    expectShortRefusal(host, 'a getter or a proxy threw an error');
    const trap = () => { throw new Error('trap'); };
    expectShortRefusal(new Proxy(plain(), { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }), 'could not be read');
    expectShortRefusal({ ...plain(), sections: new Proxy([], { get: trap }) }, 'could not be read');
    const { proxy, revoke } = Proxy.revocable(plain(), {});
    revoke();
    expectShortRefusal(proxy, 'could not be read');
    expectShortRefusal({ ...plain(), version: () => '1' }, 'holds a function');
  });

  it('100,000-deep nesting, anywhere', () => {
    expectShortRefusal({ ...plain(), extra: nested(100_000) }, 'could not be read');
    expectShortRefusal({ version: '1', locale: 'en', sections: [{ id: nested(100_000) }] }, 'The bank');
    // Deep, but not deep enough to stop the copy: refused by the walk over the copy.
    expectShortRefusal({ ...plain(), extra: nested(500) }, 'is nested more than 100 levels deep at extra.a.a');
  });

  it('values a bank cannot hold: dates, maps, objects with their own toString', () => {
    expectShortRefusal(brokenBank((b) => ((question(b, 'age') as { text: unknown }).text = new Date())), 'holds a value that is not data');
    expectShortRefusal({ ...plain(), typedNames: new Map() }, 'holds a value that is not data at typedNames');
    // `String()` of such an object throws; the message names it by its kind instead.
    expectShortRefusal(brokenBank((b) => ((question(b, 'age') as { id: unknown }).id = { toString: 'x' })), 'has an invalid id an object');
    const badReference = brokenBank((b) => ((b as { typedNames: unknown }).typedNames = { other: { valueOf: 1, toString: 2 } }));
    expectShortRefusal(badReference, 'typedNames: "other" names an object, which is not a text question.');
  });

  it('huge strings are quoted short', () => {
    const huge = 'x'.repeat(5_000_000);
    const message = expectShortRefusal(brokenBank((b) => (question(b, 'age').id = huge)), 'has an invalid id "xxxx');
    expect(message).to.include(`"${'x'.repeat(60)}…"`);
    expectShortRefusal(brokenBank((b) => (b.sections[1].id = huge as 'feeling')), 'Section 2 has an unknown id "xxx');
    expectShortRefusal(brokenBank((b) => (step(b, 'med').repeatFor = huge)), 'repeatFor refers to "xxx');
    // Every field of every option broken at once: still one short message.
    const everything = brokenBank((b) => {
      for (const option of question(b, 'meds-tried').options!) Object.assign(option, { id: huge, label: 1, score: 'x', risk: huge });
    });
    expectShortRefusal(everything, '…and');
  });
});

describe('validateBank keeps its own frozen copy', () => {
  it('changing or deleting anything on the host\'s object afterwards changes nothing', () => {
    const host = structuredClone(bank);
    const checked = expectValid(host);
    expect(checked).to.not.equal(host);
    delete question(host, 'asq-1').options![0].risk;
    question(host, 'asq-5').options = [];
    host.sections.splice(2, 1);
    expect(question(checked, 'asq-1').options![0].risk).to.equal('support');
    expect(question(checked, 'asq-5').options!.map((o) => o.risk)).to.deep.equal(['urgent', undefined, 'urgent']);
    expect(checked).to.deep.equal(bank);
  });

  it('is frozen all the way down', () => {
    const checked = expectValid(structuredClone(bank));
    const stack: unknown[] = [checked];
    let objects = 0;
    while (stack.length) {
      const value = stack.pop();
      if (typeof value !== 'object' || value === null) continue;
      expect(Object.isFrozen(value)).to.equal(true);
      objects += 1;
      stack.push(...Object.values(value as Record<string, unknown>));
    }
    expect(objects).to.be.greaterThan(200);
    expect(() => delete (question(checked, 'asq-1').options![0] as { risk?: string }).risk).to.throw(TypeError);
    expect(() => question(checked, 'asq-5').options!.pop()).to.throw(TypeError);
  });

  it('reads each getter once: a getter cannot pass the check and then answer differently', () => {
    const host = plain();
    const { sections } = host;
    let reads = 0;
    Object.defineProperty(host, 'sections', { enumerable: true, get: () => (reads++ === 0 ? sections : []) });
    const checked = expectValid(host);
    expect(reads).to.equal(1);
    expect(checked.sections).to.have.length(7);
  });
});
