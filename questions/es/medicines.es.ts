/**
 * The medicines checklist in Spanish, by the English option ids: the generic name as Spanish
 * patient materials write it (sertralina), the US brand where the English shows one, and the
 * same usual dose ranges (the dose question's hint only, never "the right dose"). The order and
 * the groups follow the English list; the group labels are plain words, the class in brackets.
 */
import type { OptionText } from '../../src/content-types.js';

type Medicine = [id: string, label: string, usualDose?: string];

const classes: Record<string, Medicine[]> = {
  'Medicamentos como la sertralina (ISRS)': [
    ['sertraline', 'sertralina (Zoloft)', '50–200 mg al día'],
    ['escitalopram', 'escitalopram (Lexapro)', '10–20 mg al día'],
    ['fluoxetine', 'fluoxetina (Prozac)', '20–60 mg al día'],
    ['citalopram', 'citalopram (Celexa)', '20–40 mg al día'],
    ['paroxetine', 'paroxetina (Paxil)', '20–40 mg al día (CR: 25–50 mg)'],
    ['fluvoxamine', 'fluvoxamina', '50–200 mg al día'],
  ],
  'Otros antidepresivos': [
    ['bupropion', 'bupropión (Wellbutrin SR/XL)', '300 mg al día'],
    ['trazodone', 'trazodona', '200–400 mg al día'],
    ['mirtazapine', 'mirtazapina (Remeron)', '15–45 mg al día'],
    ['vortioxetine', 'vortioxetina', '10–20 mg al día'],
    ['vilazodone', 'vilazodona', '20–40 mg al día'],
    ['dextromethorphan-bupropion', 'dextrometorfano-bupropión (Auvelity)'],
  ],
  'Medicamentos como la duloxetina (IRSN)': [
    ['duloxetine', 'duloxetina (Cymbalta)', '60 mg al día'],
    ['venlafaxine', 'venlafaxina (Effexor XR)', '75–225 mg al día (XR)'],
    ['desvenlafaxine', 'desvenlafaxina', '50–100 mg al día'],
    ['levomilnacipran', 'levomilnaciprán', '40–80 mg al día'],
  ],
  'Medicamentos como la amitriptilina (tricíclicos)': [
    ['amitriptyline', 'amitriptilina', '150–300 mg al día'],
    ['nortriptyline', 'nortriptilina', '50–150 mg al día'],
    ['doxepin', 'doxepina', '100–300 mg al día'],
    ['imipramine', 'imipramina', '150–300 mg al día'],
    ['clomipramine', 'clomipramina', '100–250 mg al día'],
    ['desipramine', 'desipramina', '150–300 mg al día'],
  ],
  'Medicamentos como la fenelzina (IMAO)': [
    ['phenelzine', 'fenelzina', '15–90 mg al día'],
    ['tranylcypromine', 'tranilcipromina', '30–60 mg al día'],
    ['selegiline-patch', 'parche de selegilina', '6–12 mg cada 24 horas'],
    ['isocarboxazid', 'isocarboxazida', '10–40 mg al día'],
  ],
};

const medicines: Record<string, OptionText> = Object.fromEntries(
  Object.entries(classes).flatMap(([group, list]) =>
    list.map(([id, label, usualDose]) => [id, { label, group, ...(usualDose ? { hint: `Dosis habitual: ${usualDose}` } : {}) }]),
  ),
);

export default medicines;
