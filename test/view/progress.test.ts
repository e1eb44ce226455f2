/**
 * Honest progress, through the element: the progress line counts the pages this patient will
 * see (welcome to review), says "or more" while medicines can add pages and goes up when they do;
 * the welcome says about how long the screen takes, measured from the persona journeys.
 */
import { expect } from '@open-wc/testing';
import englishUi from '../../questions/ui.en.js';
import spanishUi from '../../questions/es/ui.es.js';
import { visibleSteps } from '../../src/bank/steps.js';
import { SECONDS_PER_PAGE, TYPICAL_PAGES } from '../../src/view/progress.js';
import { mountIn } from '../a11y/a11y-helpers.js';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';
import { startScreener, walkToReview } from '../helpers/journeys.js';
import { personas } from '../helpers/personas.js';

const progressText = (d: ScreenerDriver) => d.text(d.root.querySelector('[part="progress"][aria-live="polite"]'));
const barPercent = (d: ScreenerDriver) => parseFloat(d.root.querySelector<HTMLElement>('.progress-bar > span')!.style.inlineSize);

/** Pages, welcome to review, that a persona's answers show (the result is not counted). */
function pagesOf(answers: (typeof personas)[number]['answers']): number {
  const actor = startScreener();
  walkToReview(actor, answers);
  const { bank, answers: given, safety } = actor.getSnapshot().context;
  return visibleSteps(bank, given, safety.raisedBy).length + 1;
}

describe('progress: the pages this patient will see', () => {
  it('counts every page from the welcome, "or more" while medicines can still add pages', async () => {
    const d = await mountScreener();
    expect(progressText(d)).to.equal('Page 1 of 26 or more — Welcome');
    await d.walkTo('phq9-1');
    expect(progressText(d)).to.equal('Page 2 of 26 or more — How you have been feeling');
    expect(barPercent(d)).to.be.closeTo((2 / 26) * 100, 0.01);
    await d.walkTo('pref-setting');
    expect(progressText(d)).to.equal('Page 20 of 26 — What matters to you');
    await d.walkTo('review');
    expect(progressText(d)).to.equal('Page 26 of 26 — Check your answers');
    expect(barPercent(d)).to.equal(100);
  });

  it('goes up when a second medicine is chosen, and drops "or more" once past the medicine list', async () => {
    const d = await mountScreener();
    await d.walkTo('meds', { 'meds-tried': ['sertraline'] });
    await d.answer('meds-tried', ['sertraline']);
    expect(progressText(d)).to.equal('Page 17 of 27 or more — Medicines you have tried');
    await d.choose('meds-tried', 'fluoxetine');
    expect(progressText(d)).to.equal('Page 17 of 28 or more — Medicines you have tried');
    await d.click('Next');
    // The medicine steps follow the list's order (most used first).
    expect(d.stepId).to.equal('med:sertraline');
    expect(progressText(d)).to.equal('Page 18 of 28 — Medicines you have tried');
    await d.answerStep();
    await d.click('Next');
    expect(d.stepId).to.equal('med:fluoxetine');
    expect(progressText(d)).to.equal('Page 19 of 28 — Medicines you have tried');
  });

  it('counts the pages in Spanish too', async () => {
    const d = await mountIn('es');
    expect(progressText(d)).to.equal('Página 1 de 26 o más — Bienvenida');
  });

  it('shows the result without a page number', async () => {
    const d = await mountScreener();
    await d.walkToResult();
    expect(progressText(d)).to.equal(englishUi.progress.result);
  });
});

describe('progress: about how long it takes', () => {
  it('the typical page count is the mean of the persona journeys', () => {
    const pages = personas.map((p) => pagesOf(p.answers));
    const mean = pages.reduce((sum, n) => sum + n, 0) / pages.length;
    expect(Math.round(mean)).to.equal(TYPICAL_PAGES);
    expect(Math.round((TYPICAL_PAGES * SECONDS_PER_PAGE) / 60)).to.equal(10);
  });

  it('says "about 10 minutes" on the welcome, in English and in Spanish, and nowhere after', async () => {
    for (const [lang, sentence] of [
      ['en', 'It takes about 10 minutes.'],
      ['es', 'Le toma unos 10 minutos.'],
    ] as const) {
      const d = await mountIn(lang);
      expect(d.text(d.root.querySelector('[part="card"]')), lang).to.contain(sentence);
      expect(sentence).to.equal((lang === 'es' ? spanishUi : englishUi).welcome.duration.replace('{minutes}', '10'));
      await d.walkTo('phq9-1');
      expect(d.text(), `${lang}: first PHQ-9 step`).not.to.contain(sentence);
    }
  });
});
