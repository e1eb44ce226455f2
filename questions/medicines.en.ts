/**
 * Antidepressants for the "medicines tried" checklist (English). Option id = generic name in
 * kebab case; the generic name comes first (CLINICAL.md §6.1). A brand is shown only where the
 * sources confirmed it; the others show the generic alone. The usual dose range per day is the
 * hint of the per-medicine dose question only, never shown in the list; a trial can need more
 * than the bottom of the range, so the text never says "adequate dose".
 *
 * Order: most used first, so most people find theirs at the top. The basis is approximate US
 * outpatient prescription counts (ClinCalc DrugStats, from AHRQ's Medical Expenditure Panel
 * Survey): sertraline, escitalopram, fluoxetine, bupropion, citalopram, trazodone, duloxetine,
 * venlafaxine, paroxetine, mirtazapine, then the rest. A class is listed where its most used
 * medicine falls, and within a class by the same order. It is a finding aid, not advice.
 */
import type { AnswerOption } from '../src/content-types.js';

type Medicine = [id: string, label: string, usualDose?: string];

// Group labels: plain words, the class's short name in brackets for those who know it.
const classes: Record<string, Medicine[]> = {
  'Medicines like sertraline (SSRIs)': [
    ['sertraline', 'sertraline (Zoloft)', '50–200 mg a day'],
    ['escitalopram', 'escitalopram (Lexapro)', '10–20 mg a day'],
    ['fluoxetine', 'fluoxetine (Prozac)', '20–60 mg a day'],
    ['citalopram', 'citalopram (Celexa)', '20–40 mg a day'],
    ['paroxetine', 'paroxetine (Paxil)', '20–40 mg a day (CR: 25–50 mg)'],
    ['fluvoxamine', 'fluvoxamine', '50–200 mg a day'],
  ],
  'Other antidepressants': [
    ['bupropion', 'bupropion (Wellbutrin SR/XL)', '300 mg a day'],
    ['trazodone', 'trazodone', '200–400 mg a day'],
    ['mirtazapine', 'mirtazapine (Remeron)', '15–45 mg a day'],
    ['vortioxetine', 'vortioxetine', '10–20 mg a day'],
    ['vilazodone', 'vilazodone', '20–40 mg a day'],
    // No dose range in the sources: no hint rather than a guessed one.
    ['dextromethorphan-bupropion', 'dextromethorphan-bupropion (Auvelity)'],
  ],
  'Medicines like duloxetine (SNRIs)': [
    ['duloxetine', 'duloxetine (Cymbalta)', '60 mg a day'],
    ['venlafaxine', 'venlafaxine (Effexor XR)', '75–225 mg a day (XR)'],
    ['desvenlafaxine', 'desvenlafaxine', '50–100 mg a day'],
    ['levomilnacipran', 'levomilnacipran', '40–80 mg a day'],
  ],
  'Medicines like amitriptyline (tricyclics)': [
    ['amitriptyline', 'amitriptyline', '150–300 mg a day'],
    ['nortriptyline', 'nortriptyline', '50–150 mg a day'],
    ['doxepin', 'doxepin', '100–300 mg a day'],
    ['imipramine', 'imipramine', '150–300 mg a day'],
    ['clomipramine', 'clomipramine', '100–250 mg a day'],
    ['desipramine', 'desipramine', '150–300 mg a day'],
  ],
  'Medicines like phenelzine (MAOIs)': [
    ['phenelzine', 'phenelzine', '15–90 mg a day'],
    ['tranylcypromine', 'tranylcypromine', '30–60 mg a day'],
    ['selegiline-patch', 'selegiline patch', '6–12 mg per 24 hours'],
    ['isocarboxazid', 'isocarboxazid', '10–40 mg a day'],
  ],
};

const medicines: AnswerOption[] = Object.entries(classes).flatMap(([group, list]) =>
  list.map(([id, label, usualDose]) => ({
    id,
    label,
    group,
    ...(usualDose ? { hint: `Usual dose range: ${usualDose}` } : {}),
  })),
);

export default medicines;
