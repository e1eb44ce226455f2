/**
 * The product's list of medicines for depression, and typed names matched against it (CLINICAL.md
 * §6.3): a name typed for "another medicine" that is a listed medicine's generic or brand name,
 * case and spaces ignored, is that medicine. Any other typed name, and "not sure of the name", is
 * not on the list: it can count, but the doctor checks it.
 */
import medicineBrands from '../../questions/medicine-brands.js';
import medicines from '../../questions/medicines.en.js';
import type { AnswerOption } from '../bank/types.js';

const LISTED: ReadonlySet<string> = new Set(medicines.map((medicine) => medicine.id));

const comparable = (name: string) => name.toLowerCase().replace(/\s+/g, '');

/** A listed medicine's names: the generic name (English, and the label's in the bank's language) and its brands. */
function namesOf(option: AnswerOption): string[] {
  return [option.id.replaceAll('-', ' '), option.label.split(' (')[0], ...(medicineBrands[option.id] ?? [])];
}

/** The listed medicine among `options` that a typed name names, if any. */
export function listedMedicineNamed(options: readonly AnswerOption[], typed: string): AnswerOption | undefined {
  const wanted = comparable(typed);
  return options.find((option) => LISTED.has(option.id) && namesOf(option).some((name) => comparable(name) === wanted));
}

/** A trial of a medicine not on the list (a typed name that matched none, or "not sure of the name"). */
export function isNameToCheck(trial: { id: string }): boolean {
  return !LISTED.has(trial.id);
}
