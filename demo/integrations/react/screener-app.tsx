// app.js as an agency's React 19 + TypeScript app writes it: typed JSX (see trd-screener-jsx.d.ts),
// checked by `npm test` against the package's published types.
import { useState } from 'react';
import type { ScreenerResult, ScreenerStepDetail } from 'trd-screener';

export function ScreenerApp() {
  const [step, setStep] = useState<ScreenerStepDetail | null>(null);
  const [result, setResult] = useState<ScreenerResult | null>(null);
  return (
    <main>
      <h1>Depression self-screen</h1>
      <p id="status" aria-live="polite">
        {result ? `Finished: ${result.pattern}` : step ? `Step ${step.index} of ${step.total}` : ''}
      </p>
      <trd-screener
        clinicName="Maple Street Psychiatry"
        contactHref="#book"
        onscreener-step={(event) => setStep(event.detail)}
        onscreener-complete={(event) => setResult(event.detail.result)}
      />
    </main>
  );
}

/** What the typing refuses (each line must fail to compile, or the check fails). */
export const refused = [
  // @ts-expect-error persist takes only "session"
  <trd-screener persist="local" />,
  // @ts-expect-error a misspelled property
  <trd-screener clinicname="Maple Street Psychiatry" />,
  // @ts-expect-error the step event has no result
  <trd-screener onscreener-step={(event) => event.detail.result} />,
];
