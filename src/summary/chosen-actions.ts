/** The summary's actions a clinic can offer on the result (the `actions` attribute), in the order they show. */
export const SUMMARY_ACTION_IDS = ['print', 'copy', 'fhir'] as const;
export type SummaryActionId = (typeof SUMMARY_ACTION_IDS)[number];

/**
 * The `actions` attribute read: the actions it names, in their own order (absent → all; present
 * but naming none → none), and the words it names that are no action.
 */
export function chosenActions(attribute: string | null | undefined): { actions: SummaryActionId[]; unknown: string[] } {
  if (attribute === null || attribute === undefined) return { actions: [...SUMMARY_ACTION_IDS], unknown: [] };
  const words = attribute.split(/\s+/).filter(Boolean);
  const known: readonly string[] = SUMMARY_ACTION_IDS;
  return { actions: SUMMARY_ACTION_IDS.filter((id) => words.includes(id)), unknown: words.filter((word) => !known.includes(word)) };
}
