import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountScreener, type ScreenerDriver } from '../helpers/element-driver.js';

/**
 * Things that line up: on a 320 px phone, the review's Edit links with the answers they follow
 * and, at the end of the result, the summary's buttons, the clinic's link and Start over; on a
 * wider screen, the two columns of medicines.
 */

const left = (el: Element) => el.getBoundingClientRect().left;
const textLeft = (el: Element) => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().left;
};

async function phone(walk: (d: ScreenerDriver) => Promise<void>): Promise<ScreenerDriver> {
  await setViewport({ width: 320, height: 568 });
  const d = await mountScreener({ 'contact-href': '#book', 'contact-label': 'Book a consultation' });
  await walk(d);
  return d;
}

describe('alignment', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('320 px: each Edit on the review starts where the question above it starts', async () => {
    const d = await phone((driver) => driver.walkTo('review'));
    const steps = [...d.root.querySelectorAll('.review-step')];
    expect(steps.length).to.be.above(20);
    for (const step of steps) {
      const edit = step.querySelector('button.edit')!;
      const question = step.querySelector('dt')!;
      // Wrapped under the answers (no room beside them at 320 px): the same left edge as the text.
      expect(edit.getBoundingClientRect().top).to.be.above(question.getBoundingClientRect().top);
      expect(Math.abs(textLeft(edit) - textLeft(question)), d.text(question)).to.be.at.most(1);
    }
  });

  it('320 px: the summary buttons, the clinic’s link and Start over share one left edge, the buttons one width', async () => {
    const d = await phone((driver) => driver.walkToResult());
    const result = d.root.querySelector('[part="result"]')!;
    const buttons = [...result.querySelectorAll('.summary-actions .actions > button')];
    expect(buttons).to.have.length(3);
    const contact = result.querySelector('.contact a')!;
    const startOver = result.querySelector('.start-over button')!;
    const edge = left(buttons[0]);
    for (const el of [...buttons, contact]) expect(left(el), d.text(el)).to.be.closeTo(edge, 0.5);
    expect(textLeft(startOver), 'Start over').to.be.closeTo(edge, 1);
    const widths = buttons.map((b) => b.getBoundingClientRect().width);
    expect(Math.max(...widths) - Math.min(...widths), 'Print, Copy and Download as wide as each other').to.be.below(1);
  });

  it('medicines side by side: each row’s text starts on its neighbour’s line, each box centred on its first line', async () => {
    await setViewport({ width: 720, height: 768 });
    const d = await mountScreener();
    await d.walkTo('meds');
    const choices = [...d.root.querySelectorAll('.choice')].filter((c) => c.getBoundingClientRect().width < 400);
    expect(choices.length, 'two columns').to.be.above(20);
    const lines = (label: Element) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return [...range.getClientRects()];
    };
    const firstLine = (label: Element) => lines(label)[0];
    let pairsWithALongName = 0;
    for (const choice of choices) {
      const line = firstLine(choice.querySelector('label')!);
      const box = choice.querySelector('input')!.getBoundingClientRect();
      expect(Math.abs(box.top + box.height / 2 - (line.top + line.height / 2)), d.text(choice)).to.be.below(1.5);
      const neighbour = choices.find((c) => c !== choice && Math.abs(c.getBoundingClientRect().top - choice.getBoundingClientRect().top) < 1);
      if (!neighbour) continue;
      expect(Math.abs(firstLine(neighbour.querySelector('label')!).top - line.top), d.text(choice)).to.be.below(1);
      if (new Set(lines(neighbour.querySelector('label')!).map((rect) => Math.round(rect.top))).size > 1) pairsWithALongName += 1;
    }
    expect(pairsWithALongName, 'a row beside a name on two lines (Auvelity)').to.be.above(0);
  });
});

