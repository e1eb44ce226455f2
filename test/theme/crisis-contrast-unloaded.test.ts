/**
 * The crisis parts' colour check is fetched as its own chunk. Until it has loaded the clinic's
 * colours show; if it cannot be fetched, the crisis parts take the built-in palette (safe, if
 * plainer), and once it loads the theme is checked as usual. First in its own page: nothing has
 * fetched the chunk yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { crisisContrastChunk } from '../../src/controllers/crisis-contrast-controller.js';
import { mountScreener } from '../helpers/element-driver.js';

describe('theme: the crisis colour check, when its code cannot be fetched', () => {
  it('the built-in crisis palette until the check can run; then the theme is checked', async () => {
    const { load } = crisisContrastChunk;
    crisisContrastChunk.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const d = await mountScreener({ style: '--trd-surface: #fff8e1' });
    try {
      await waitUntil(() => d.el.hasAttribute('crisis-palette'), 'the built-in palette while the check is missing', { timeout: 5000 });
      expect(getComputedStyle(d.root.querySelector('.notice')!).backgroundColor, 'the built-in surface').to.equal('rgb(243, 246, 249)');
    } finally {
      crisisContrastChunk.load = load;
    }
    d.el.requestUpdate();
    await waitUntil(() => !d.el.hasAttribute('crisis-palette'), "the clinic's readable colours once checked", { timeout: 5000 });
    expect(getComputedStyle(d.root.querySelector('.notice')!).backgroundColor).to.equal('rgb(255, 248, 225)');
  });
});
