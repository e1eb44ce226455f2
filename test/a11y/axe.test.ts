/**
 * axe on every view, in English and in Spanish: each step of a screen with two medicines (one
 * typed in) and an ASQ answer that shows the support panel and ASQ item 5, the review, the
 * result; the urgent panel, the under-18 panel, a step showing its errors, "Need help now?"
 * opened; and the whole tour again in the dark scheme. Each view passes axe with every WCAG 2.2 AA
 * rule and axe's best practices (target size included): every rule open-wc's `accessible()` runs, and more.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import { chooseAndLeave, emulate, expectAccessible, mountIn, runAxe, tour, TOUR_ANSWERS } from './a11y-helpers.js';

const mount = (lang: 'en' | 'es') => mountIn(lang, { 'clinic-name': 'Riverbend Clinic', 'contact-href': '#book' });

for (const lang of ['en', 'es'] as const) {
  describe(`axe, ${lang}: no violation on any view`, () => {
    it('every step, the support panel, the review and the result', async function () {
      this.timeout(180000);
      const d = await mount(lang);
      const views = await tour(d, TOUR_ANSWERS, (view) => expectAccessible(d.el, `${lang} ${view}`));
      expect(views).to.include.members(['welcome', 'phq9-1', 'phq9-9', 'crisis', 'asq-5', 'meds', 'med:sertraline', 'med:other', 'health', 'pref-speed', 'review', 'result']);
      expect(views.length).to.be.greaterThan(30);
    });

    it('the urgent panel, and the result after "Start over" from it', async () => {
      const d = await mount(lang);
      await d.walkTo('asq-5', { 'asq-1': 'yes' });
      await chooseAndLeave(d, 'asq-5', 'yes');
      expect(d.stepId).to.equal('urgent');
      await expectAccessible(d.el, `${lang} urgent`);
    });

    it('the under-18 panel', async () => {
      const d = await mount(lang);
      await d.choose('age', 'under-18');
      await d.click(d.ui.nav.start);
      expect(d.stepId).to.equal('stopped');
      await expectAccessible(d.el, `${lang} stopped`);
    });

    it('a step showing its errors, and "Need help now?" opened', async () => {
      const d = await mount(lang);
      await d.walkTo('meds');
      await d.click(d.ui.nav.next);
      expect(d.root.querySelector('[aria-invalid="true"]')).to.exist;
      d.root.querySelector('details')!.open = true;
      await expectAccessible(d.el, `${lang} meds with errors and help open`);
    });

    it('in the dark scheme: every step, the support panel, the review, the result and the urgent panel', async function () {
      this.timeout(180000);
      await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]);
      // The widget takes the page's color-scheme: this page follows the device.
      document.documentElement.style.colorScheme = 'light dark';
      try {
        const d = await mount(lang);
        expect(getComputedStyle(d.root.querySelector('[part="card"]')!).backgroundColor, 'dark').to.equal('rgb(21, 33, 43)');
        const views = await tour(d, TOUR_ANSWERS, (view) => expectAccessible(d.el, `${lang} dark ${view}`));
        expect(views).to.include.members(['welcome', 'phq9-9', 'crisis', 'meds', 'review', 'result']);
        const urgent = await mount(lang);
        await urgent.walkTo('asq-5', { 'asq-1': 'yes' });
        await chooseAndLeave(urgent, 'asq-5', 'yes');
        await expectAccessible(urgent.el, `${lang} dark urgent`);
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulate([]);
      }
    });
  });
}

describe('axe, the check itself', () => {
  const ruleIds = (results: AxeResults) =>
    new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id));

  it("runs every rule of axe's defaults (what open-wc's accessible() runs), and target size besides", async () => {
    const d = await mount('en');
    const defaults = ruleIds(await runAxe(d.el, {}));
    const ours = ruleIds(await runAxe(d.el));
    expect([...defaults].filter((id) => !ours.has(id)), 'default rules the WCAG 2.2 AA run leaves out').to.deep.equal([]);
    expect(defaults.size).to.be.greaterThan(80);
    expect([ours.has('target-size'), defaults.has('target-size')]).to.deep.equal([true, false]);
  });

  it('finds a nameless button and targets under 24 px, so that a pass means something', async () => {
    const d = await mount('en');
    await expectAccessible(d.el, 'before');
    const actions = d.root.querySelector('.actions')!;
    actions.insertAdjacentHTML('beforeend', '<button style="all: unset; inline-size: 8px; block-size: 8px"></button>'.repeat(2));
    const ids = (await runAxe(d.el)).violations.map((v) => v.id);
    expect(ids).to.include.members(['button-name', 'target-size']);
  });
});
