import { format } from '../i18n/format.js';

/** Lower case without accents, spaces or hyphens: "Wellbutrin XL", "wellbutrin-xl" and "bupropión" match "bupropion" alike. */
export const searchable = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s-]/g, '')
    .toLowerCase();

/**
 * Filters the checklist of a filter box's fieldset by what the box holds (see `filter.ts`): hides
 * the grouped rows whose name (the label, or the English generic in the option id) does not hold
 * it, and a group with none left. A checked row stays, and so do the rows outside a group ("none",
 * "another medicine"). The rows are Lit's, but `hidden` is bound by no template, so a render
 * after an answer keeps it. The status after the box then says how many grouped rows show
 * (`shown`, with `{count}`).
 */
export function filterRows(input: HTMLInputElement, shown: string): void {
  const typed = searchable(input.value);
  let count = 0;
  for (const group of input.closest('fieldset')!.querySelectorAll<HTMLElement>('[role="group"]')) {
    const before = count;
    for (const row of group.querySelectorAll<HTMLElement>('.choice')) {
      const box = row.querySelector('input')!;
      const keep = box.checked || searchable(`${row.textContent}${box.value}`).includes(typed);
      row.hidden = !keep;
      if (keep) count++;
    }
    group.hidden = count === before;
  }
  input.nextElementSibling!.textContent = format(shown, { count });
}
