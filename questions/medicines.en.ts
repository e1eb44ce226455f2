/**
 * Antidepressants for the "medicines tried" checklist (English). Option id = generic name in
 * kebab case. A brand is shown only where the sources confirmed it; the others show the generic
 * alone. Dose ranges are per day, from a standard dose table, and are a hint only: a trial can
 * need more than the bottom of the range, so the text never says "adequate dose".
 */
import type { AnswerOption } from '../src/content-types.js';

type Medicine = [id: string, label: string, usualDose?: string];

const classes: Record<string, Medicine[]> = {
  SSRI: [
    ['citalopram', 'citalopram (Celexa)', '20–40 mg a day'],
    ['escitalopram', 'escitalopram (Lexapro)', '10–20 mg a day'],
    ['fluoxetine', 'fluoxetine (Prozac)', '20–60 mg a day'],
    ['fluvoxamine', 'fluvoxamine', '50–200 mg a day'],
    ['paroxetine', 'paroxetine (Paxil)', '20–40 mg a day (CR: 25–50 mg)'],
    ['sertraline', 'sertraline (Zoloft)', '50–200 mg a day'],
  ],
  SNRI: [
    ['venlafaxine', 'venlafaxine (Effexor XR)', '75–225 mg a day (XR)'],
    ['desvenlafaxine', 'desvenlafaxine', '50–100 mg a day'],
    ['duloxetine', 'duloxetine (Cymbalta)', '60 mg a day'],
    ['levomilnacipran', 'levomilnacipran', '40–80 mg a day'],
  ],
  'Other antidepressants': [
    ['bupropion', 'bupropion (Wellbutrin SR/XL)', '300 mg a day'],
    ['mirtazapine', 'mirtazapine (Remeron)', '15–45 mg a day'],
    ['trazodone', 'trazodone', '200–400 mg a day'],
    ['vilazodone', 'vilazodone', '20–40 mg a day'],
    ['vortioxetine', 'vortioxetine', '10–20 mg a day'],
    // No dose range in the sources: no hint rather than a guessed one.
    ['dextromethorphan-bupropion', 'dextromethorphan-bupropion (Auvelity)'],
  ],
  Tricyclics: [
    ['amitriptyline', 'amitriptyline', '150–300 mg a day'],
    ['nortriptyline', 'nortriptyline', '50–150 mg a day'],
    ['imipramine', 'imipramine', '150–300 mg a day'],
    ['desipramine', 'desipramine', '150–300 mg a day'],
    ['clomipramine', 'clomipramine', '100–250 mg a day'],
    ['doxepin', 'doxepin', '100–300 mg a day'],
  ],
  MAOIs: [
    ['phenelzine', 'phenelzine', '15–90 mg a day'],
    ['tranylcypromine', 'tranylcypromine', '30–60 mg a day'],
    ['isocarboxazid', 'isocarboxazid', '10–40 mg a day'],
    ['selegiline-patch', 'selegiline patch', '6–12 mg per 24 hours'],
  ],
};

const medicines: AnswerOption[] = Object.entries(classes).flatMap(([group, list]) =>
  list.map(([id, label, usualDose]) => ({
    id,
    label,
    group,
    ...(usualDose ? { help: `Usual dose range: ${usualDose}` } : {}),
  })),
);

export default medicines;
