import { expect, waitUntil } from '@open-wc/testing';
import englishUi from '../../questions/ui.en.js';
import spanishUi from '../../questions/es/ui.es.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/**
 * `privacy-note` (CONTRACT.md, CLINICAL.md §2): the clinic's own sentence on what happens to the
 * answers replaces "This screen does not send your answers anywhere." on the welcome and on the
 * printed summary; absent or empty, the widget's own sentence stays. It is always text.
 */

const NOTE = 'Cedar Grove Clinic receives your answers when you finish, so that a nurse can read them.';
const HOSTILE = '<img src=x onerror="window.privacyHit=1"><b>Riverbend</b> keeps your answers.';

const welcomeText = (d: ScreenerDriver) => d.text(d.root.querySelector('[part="card"]'));

/** The printed summary's document, printed as the host page's `print()` does it. */
async function printed(d: ScreenerDriver): Promise<Document> {
  await d.el.print();
  return d.root.querySelector<HTMLIFrameElement>('iframe[data-trd-print]')!.contentDocument!;
}

describe('<trd-screener> privacy-note', () => {
  it('absent: the welcome says the screen sends nothing, and so does the printout', async () => {
    const d = await mountScreener();
    expect(welcomeText(d)).to.contain(englishUi.welcome.privacy);
    await d.walkToResult();
    const page = await printed(d);
    expect(page.querySelector('header')!.textContent).to.contain(englishUi.welcome.privacy);
  });

  it("set: the clinic's sentence replaces ours on the welcome and on the printout", async () => {
    const d = await mountScreener({ 'privacy-note': NOTE });
    expect(welcomeText(d)).to.contain(NOTE);
    expect(welcomeText(d)).not.to.contain(englishUi.welcome.privacy);
    await d.walkToResult();
    const page = await printed(d);
    expect(page.body.textContent).to.contain(NOTE);
    expect(page.body.textContent).not.to.contain(englishUi.welcome.privacy);
  });

  it('empty or blank: our own sentence, never a gap', async () => {
    for (const note of ['', '   ']) {
      const d = await mountScreener({ 'privacy-note': note });
      expect(welcomeText(d), JSON.stringify(note)).to.contain(englishUi.welcome.privacy);
      d.el.remove();
    }
  });

  it('HTML in it stays text, on the welcome and on the printout', async () => {
    const d = await mountScreener({ 'privacy-note': HOSTILE });
    const privacy = d.root.querySelector('.privacy')!;
    expect(privacy.textContent).to.equal(HOSTILE);
    expect(privacy.children, 'no elements made from the note').to.have.length(0);
    await d.walkToResult();
    const page = await printed(d);
    expect(page.querySelector('header')!.textContent).to.contain(HOSTILE);
    expect(page.querySelectorAll('img, b')).to.have.length(0);
    expect((window as { privacyHit?: number }).privacyHit).to.equal(undefined);
  });

  it('a change on the page shows at once; in Spanish our sentence is Spanish', async () => {
    const d = await mountScreener({ lang: 'es' });
    await waitUntil(() => d.root.querySelector('[part="card"]')?.getAttribute('lang') === 'es', 'Spanish never loaded', { timeout: 5000 });
    await d.settle();
    expect(welcomeText(d)).to.contain(spanishUi.welcome.privacy);
    d.el.setAttribute('privacy-note', NOTE);
    await d.settle();
    expect(welcomeText(d)).to.contain(NOTE);
    expect(welcomeText(d)).not.to.contain(spanishUi.welcome.privacy);
  });
});
