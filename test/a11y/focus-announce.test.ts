/**
 * Focus and announcements, in both languages: on a new step focus goes to its heading; after a
 * failed "Next" to the first invalid field, which names its error; on escalation (a step left
 * with a risk answer) to the crisis panel (a region named by its heading). Progress is read from
 * a polite live region; the crisis panel's first sentence from an assertive one that stays in
 * the card, and is emptied after.
 */
import { expect } from '@open-wc/testing';
import englishCrisis from '../../questions/crisis.js';
import englishUi from '../../questions/ui.en.js';
import spanishCrisis from '../../questions/es/crisis.es.js';
import spanishUi from '../../questions/es/ui.es.js';
import type { ScreenerDriver } from '../helpers/element-driver.js';
import { chooseAndLeave, mountIn } from './a11y-helpers.js';

const LANGUAGES = {
  en: { ui: englishUi, crisis: englishCrisis, section: 'How you have been feeling' },
  es: { ui: spanishUi, crisis: spanishCrisis, section: 'Cómo se ha sentido' },
} as const;

const polite = (d: ScreenerDriver) => d.root.querySelector('[part="progress"][aria-live="polite"]');
const assertive = (d: ScreenerDriver) => d.root.querySelector('[data-announcer="crisis"][aria-live="assertive"]');

for (const lang of ['en', 'es'] as const) {
  const { ui, crisis, section } = LANGUAGES[lang];

  describe(`focus and announcements, ${lang}`, () => {
    const mount = () => mountIn(lang);

    it('marks its own content with the language, so a screen reader speaks it in that voice', async () => {
      const d = await mount();
      expect(d.root.querySelector('[part="card"]')!.getAttribute('lang')).to.equal(lang);
    });

    it('moves focus to the new heading on every step change, and announces progress politely', async () => {
      const d = await mount();
      await d.walkTo('phq9-1');
      expect(d.root.activeElement).to.equal(d.heading);
      expect(d.heading!.getAttribute('tabindex')).to.equal('-1');
      const region = polite(d)!;
      expect(d.text(region)).to.equal(ui.progress.pageOrMore.replace('{index}', '2').replace('{total}', '26').replace('{section}', section));
      await d.answerStep();
      await d.click(ui.nav.next);
      expect(d.stepId).to.equal('phq9-2');
      expect(d.root.activeElement).to.equal(d.heading);
      expect(polite(d), 'the same live region, so the change is read').to.equal(region);
      await d.click(ui.nav.back);
      expect(d.root.activeElement).to.equal(d.heading);
    });

    it('after a failed "Next", focus goes to the first invalid field, which names its error', async () => {
      const d = await mount();
      await d.walkTo('meds');
      await d.click(ui.nav.next);
      expect(d.stepId).to.equal('meds');
      const field = d.root.activeElement as HTMLInputElement;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field).to.equal(d.root.querySelector('[aria-invalid="true"]'));
      const error = d.root.getElementById(field.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
      expect(d.text(error)).to.equal(ui.validation.chooseAny);
    });

    it('on escalation, focus goes to the crisis panel, a region named by its heading; its lead is announced assertively', async () => {
      const d = await mount();
      await d.walkTo('phq9-9');
      const region = assertive(d)!;
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      expect(d.text(region)).to.equal('');
      await d.choose('phq9-9', 'several-days');
      expect(d.text(region), 'choosing is not yet leaving the step: nothing announced').to.equal('');
      await d.click(ui.nav.next);
      const panel = d.crisisPanel!;
      expect(d.root.activeElement).to.equal(panel);
      expect(panel.tagName).to.equal('SECTION');
      expect(d.text(d.root.getElementById(panel.getAttribute('aria-labelledby')!))).to.equal(ui.crisis.supportHeading);
      expect(assertive(d), 'the live region stays in place').to.equal(region);
      expect(d.text(region)).to.equal(crisis.copy.support.lead);
      expect(panel.contains(region), 'read once: the announcer is outside the panel').to.equal(false);
      await d.click(ui.nav.continue);
      expect(d.stepId, 'on to where the patient was going').to.equal('phq9-difficulty');
      expect(d.root.activeElement).to.equal(d.heading);
      expect(d.text(region)).to.equal('');
    });

    it('the urgent panel announces its first sentence: call the emergency number', async () => {
      const d = await mount();
      await d.walkTo('asq-5', { 'asq-1': 'yes' });
      await chooseAndLeave(d, 'asq-5', 'yes');
      expect(d.root.activeElement).to.equal(d.crisisPanel);
      expect(d.text(assertive(d))).to.contain(lang === 'es' ? 'llame al 911 ahora' : 'call 911 now');
    });
  });
}
