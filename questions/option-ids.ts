/**
 * The ids of the treatment options, in their default order: what `show-options` may name. Kept
 * apart from the options' words, which load with the result, so the embed can check the attribute.
 */
export const OPTION_IDS = [
  'esketamine-nasal',
  'ketamine-iv',
  'ketamine-im',
  'ketamine-oral',
  'medication-change',
  'psychotherapy',
  'tms',
  'ect',
] as const;
