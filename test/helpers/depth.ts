/**
 * How deep the randomized runs go: `npm run test:deep` (and CI) sets TRD_DEEP=1, which the test
 * runner passes to the page (web-test-runner.config.mjs); a plain `npm test` runs fewer cases.
 */
export const DEEP = (globalThis as { TRD_DEEP?: boolean }).TRD_DEEP === true;

/** `deep` cases in a deep run, else `quick`. */
export function runs(quick: number, deep: number): number {
  return DEEP ? deep : quick;
}
