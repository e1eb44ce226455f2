/**
 * A language is its own chunk. If it cannot be fetched, the screen shows English (with one
 * warning) instead of nothing; asked for again later, the language is fetched again.
 * Its own file: the page must not have loaded Spanish before.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGE_CHUNKS } from '../../src/i18n/locale-content.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { captureWarnings } from '../helpers/warnings.js';

const lang = (d: ScreenerDriver) => d.root.querySelector('[part="card"]')?.getAttribute('lang');

describe('a language whose chunk cannot be fetched', () => {
  it('shows English and warns; switching back to the language later fetches it again', async () => {
    const spanish = LANGUAGE_CHUNKS.es;
    const { load } = spanish;
    spanish.load = () => {
      spanish.load = load;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    let d!: ScreenerDriver;
    const warnings = await captureWarnings(async () => {
      d = await mountScreener({ lang: 'es' });
      await waitUntil(() => lang(d) === 'en', 'English was never shown', { timeout: 3000 });
    });
    expect(warnings.filter((w) => w.includes('"es" content could not be loaded'))).to.have.length(1);
    expect(spanish.loaded).to.equal(undefined);

    d.el.lang = 'en';
    await d.settle();
    d.el.lang = 'es';
    await waitUntil(() => lang(d) === 'es', 'Spanish was not fetched again', { timeout: 3000 });
    expect(spanish.loaded).to.not.equal(undefined);
  });
});
