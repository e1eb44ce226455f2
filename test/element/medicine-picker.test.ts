/**
 * The medicine checklist through the element: "none" first, the most used medicines first under
 * plain group labels, no dose range in the list (it is the dose question's hint), and a filter box
 * that hides non-matching rows (never a checked one), announces the count politely, keeps a real
 * checkbox group, and changes no answer. In both languages; axe with a filter applied.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectAccessible, mountIn } from '../a11y/a11y-helpers.js';
import type { ScreenerDriver } from '../helpers/element-driver.js';

const MOST_USED = ['sertraline', 'escitalopram', 'fluoxetine', 'bupropion', 'citalopram', 'trazodone', 'duloxetine', 'venlafaxine', 'paroxetine', 'mirtazapine'];

const filterInput = (d: ScreenerDriver) => d.root.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = (d: ScreenerDriver) => d.root.querySelector<HTMLElement>('fieldset [role="status"]')!;
const boxes = (d: ScreenerDriver) => [...d.root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
const shownIds = (d: ScreenerDriver) => boxes(d).filter((box) => box.checkVisibility()).map((box) => box.value);

/** Types into the box, then waits for the count: the matching code is fetched at the first key press. */
async function filterBy(d: ScreenerDriver, text: string): Promise<void> {
  const input = filterInput(d);
  status(d).textContent = '';
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => status(d).textContent, 'no count announced', { timeout: 5000 });
}

async function atMedicines(lang: 'en' | 'es' = 'en'): Promise<ScreenerDriver> {
  const d = await mountIn(lang);
  await d.walkTo('meds');
  return d;
}

describe('medicine picker', () => {
  it('lists "none" first, then the most used medicines, under plain group labels', async () => {
    const d = await atMedicines();
    const ids = boxes(d).map((box) => box.value);
    expect(ids[0]).to.equal('none');
    const rank = (id: string) => ids.indexOf(id);
    const topTen = MOST_USED.map(rank);
    expect(topTen.every((i) => i > 0 && i <= 16), 'the ten most used in the first 16 rows').to.equal(true);
    expect(rank('sertraline')).to.equal(1);
    expect(rank('escitalopram')).to.be.below(rank('fluoxetine'));
    expect(rank('fluoxetine')).to.be.below(rank('citalopram'));
    expect(rank('bupropion')).to.be.below(rank('trazodone'));
    expect(rank('duloxetine')).to.be.below(rank('venlafaxine'));
    const headings = [...d.root.querySelectorAll('.group-heading')].map((h) => d.text(h));
    expect(headings[0]).to.equal('Medicines like sertraline (SSRIs)');
    for (const heading of headings) expect(heading, 'jargon only in brackets').to.not.match(/^(SSRI|SNRI|MAOI|Tricyclic)/);
  });

  it('shows no dose range in the list; the dose question has it as help', async () => {
    const d = await atMedicines();
    expect(d.text(d.root.querySelector('fieldset'))).to.not.match(/mg|dose/i);
    await d.choose('meds-tried', 'sertraline');
    await d.walkTo('med:sertraline');
    expect(d.text()).to.contain('Usual dose range: 50–200 mg a day');
  });

  it('typing "zol" leaves sertraline (Zoloft) and the rows outside a group, and announces the count', async () => {
    const d = await atMedicines();
    const all = boxes(d).length;
    const live = status(d);
    expect(live.getAttribute('role'), 'a polite live region').to.equal('status');
    await filterBy(d, 'ZOL');
    expect(shownIds(d)).to.deep.equal(['none', 'sertraline', 'other', 'unsure-name']);
    expect(d.text(live)).to.equal('Medicines shown: 1');
    const hiddenGroups = [...d.root.querySelectorAll<HTMLElement>('[role="group"]')].filter((g) => !g.checkVisibility());
    expect(hiddenGroups.length, 'groups with no match are hidden, headings too').to.equal(4);
    await filterBy(d, '');
    expect(boxes(d).filter((box) => box.checkVisibility())).to.have.length(all);
    expect(d.text(live)).to.equal(`Medicines shown: ${all - 3}`);
  });

  it('matches brand or generic names ignoring case, spaces, hyphens and accents', async () => {
    const d = await atMedicines();
    await filterBy(d, 'wellbutrin-sr');
    expect(shownIds(d)).to.include('bupropion');
    await filterBy(d, 'Effexor XR');
    expect(shownIds(d)).to.include('venlafaxine');
    await filterBy(d, 'selegiline patch');
    expect(shownIds(d)).to.include('selegiline-patch');
    await filterBy(d, 'bupropion');
    expect(d.text(status(d))).to.equal('Medicines shown: 2');
  });

  it('keeps a checked row shown, and the filter changes no answer', async () => {
    const d = await atMedicines();
    await d.choose('meds-tried', 'duloxetine');
    await filterBy(d, 'prozac');
    expect(shownIds(d)).to.include.members(['fluoxetine', 'duloxetine']);
    expect(d.text(status(d))).to.equal('Medicines shown: 2');
    await d.choose('meds-tried', 'fluoxetine');
    expect(shownIds(d), 'still filtered after the answer re-renders').to.not.include('sertraline');
    expect(boxes(d).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['fluoxetine', 'duloxetine']);
    expect(d.root.querySelector('fieldset legend'), 'still a real checkbox group').to.exist;
    expect(filterInput(d).closest('fieldset')).to.equal(d.root.querySelector('fieldset'));
  });

  for (const [lang, label, shown] of [
    ['en', 'Find a medicine by name', 'Medicines shown: 1'],
    ['es', 'Busque un medicamento por su nombre', 'Medicamentos que se ven: 1'],
  ] as const) {
    it(`labels the box and counts in ${lang}, with no axe violation while filtered`, async function () {
      this.timeout(30000);
      const d = await atMedicines(lang);
      expect(d.text(filterInput(d).labels![0])).to.equal(label);
      await filterBy(d, lang === 'en' ? 'sertraline' : 'sertralina');
      expect(d.text(status(d))).to.equal(shown);
      await expectAccessible(d.el, `${lang} meds filtered`);
    });
  }

  it('is shorter on a 320×568 phone', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 568 });
    try {
      const d = await atMedicines();
      const screens = d.el.scrollHeight / 568;
      // It was 3,321 px (5.85 screens) with a dose range under each medicine.
      expect(screens).to.be.below(5.5);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
