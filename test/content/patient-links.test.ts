/**
 * Every web link a patient may follow goes to a primary publisher (the clinical notes' list, kept
 * in `questions/primary-publishers.ts`): option facts, cautions and crisis resources, in every
 * language, walked from the content the screener shows. A phone or text link (`tel:`, `sms:`)
 * has no host and is checked with the crisis resources.
 */
import { expect } from '@open-wc/testing';
import { PRIMARY_PUBLISHERS } from '../../questions/primary-publishers.js';
import * as sources from '../../questions/sources.js';
import type { Locale } from '../../src/bank/types.js';
import { resultContentOf, wholeUiOf } from '../../src/i18n/result-content.js';
import type { LocaleContent } from '../../src/i18n/locale-content.js';
import { CONTENT } from '../helpers/patient-strings.js';

const WEB_ADDRESS = /https?:\/\/[^\s"'<>]+/g;

/** Every web address in a piece of content, whole strings and addresses inside text alike. */
function webAddresses(value: unknown): string[] {
  if (typeof value === 'string') return value.match(WEB_ADDRESS) ?? [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(webAddresses);
  return [];
}

/** All a language shows: the bank, the whole interface, the crisis resources, the result's words. */
const shownIn = (content: LocaleContent) => [content.bank, wholeUiOf(content), content.crisis, resultContentOf(content)];

function isPrimary(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  const host = hostname.toLowerCase();
  return protocol === 'https:' && PRIMARY_PUBLISHERS.some(({ hosts }) => hosts.some((allowed) => host === allowed || host === `www.${allowed}`));
}

/** The links that are not on a primary publisher's host (or not https), each once. */
const notPrimary = (content: unknown) => [...new Set(webAddresses(content))].filter((url) => !isPrimary(url));

describe('patient-facing links go to primary publishers only', () => {
  for (const locale of ['en', 'es'] as Locale[]) {
    it(`${locale}: every web link, crisis resources included, is on the list`, () => {
      const shown = shownIn(CONTENT[locale]);
      const links = new Set(webAddresses(shown));
      // The walk reaches facts, cautions and crisis resources (a walk that found nothing would pass).
      expect([...links]).to.include.members([sources.S61, sources.S72, sources.S77, 'https://988lifeline.org/chat/', 'https://findahelpline.com/']);
      expect(notPrimary(shown), 'links to publishers not on the list').to.deep.equal([]);
    });
  }

  it('every source constant is primary, used or not', () => {
    expect(notPrimary(Object.values(sources))).to.deep.equal([]);
  });

  it('refuses a secondary or insecure link (the check itself works)', () => {
    const english = CONTENT.en;
    const result = resultContentOf(english);
    const withNews = {
      ...result,
      options: [{ ...result.options[0], facts: [{ text: 'A fact.', source: 'https://www.silive.com/news/2019/03/fda.html' }] }],
    };
    expect(notPrimary(withNews)).to.deep.equal(['https://www.silive.com/news/2019/03/fda.html']);
    const crisis = structuredClone(english.crisis);
    crisis.regions.US.resources[1].links.push({ href: 'http://988lifeline.org/', label: 'Chat' });
    crisis.regions.GB.resources[0].description = 'See https://www.norwoodmc.co.uk/ for help.';
    expect(notPrimary(crisis)).to.deep.equal(['http://988lifeline.org/', 'https://www.norwoodmc.co.uk/']);
    // A look-alike host is not its publisher.
    expect(notPrimary(['https://fda.gov.example.com/x', 'https://notfda.gov/x', 'https://www.fda.gov/x'])).to.deep.equal([
      'https://fda.gov.example.com/x',
      'https://notfda.gov/x',
    ]);
  });
});
