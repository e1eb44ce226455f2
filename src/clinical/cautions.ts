/** Health answers the doctor must hear about, and which options each one bears on. */
import type { Answers } from '../bank/types.js';
import type { Caution, CautionId, OptionId } from './contentTypes.js';

export const HEALTH = 'health';

/** Caution ids chosen in the `health` answer, in the data's order ("none" and unknown ids dropped). */
export function cautionsFor(answers: Answers, cautions: readonly Caution[]): CautionId[] {
  const chosen = answers[HEALTH];
  if (!Array.isArray(chosen)) return [];
  return cautions.filter((caution) => chosen.includes(caution.id)).map((caution) => caution.id);
}

/** The chosen cautions that apply to an option ("tell your doctor about …"). */
export function cautionsForOption(
  optionId: OptionId,
  cautionIds: readonly string[],
  cautions: readonly Caution[],
): Caution[] {
  return cautions.filter((caution) => cautionIds.includes(caution.id) && caution.appliesTo.includes(optionId));
}

/** The chosen cautions whose label contraindication names this option (it moves last, never dropped). */
export function contraindicationsFor(
  optionId: OptionId,
  cautionIds: readonly string[],
  cautions: readonly Caution[],
): Caution[] {
  return cautions.filter((caution) => cautionIds.includes(caution.id) && caution.contraindicates?.includes(optionId));
}
