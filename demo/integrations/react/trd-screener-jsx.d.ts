// Copy this into a React 19 + TypeScript app so that <trd-screener> is typed in JSX: its
// properties (React 19 sets them as properties) and its events as `on<event-name>` props.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ScreenerCompleteEvent,
  ScreenerCrisisEvent,
  ScreenerErrorEvent,
  ScreenerStepEvent,
  TrdScreener,
} from 'trd-screener';

type ScreenerProps = Partial<
  Pick<
    TrdScreener,
    | 'clinicName'
    | 'clinicLang'
    | 'region'
    | 'lang'
    | 'contactHref'
    | 'contactLabel'
    | 'showOptions'
    | 'actions'
    | 'privacyNote'
    | 'colorScheme'
    | 'persist'
    | 'bank'
  >
> & {
  'onscreener-step'?: (event: ScreenerStepEvent) => void;
  'onscreener-crisis'?: (event: ScreenerCrisisEvent) => void;
  'onscreener-complete'?: (event: ScreenerCompleteEvent) => void;
  'onscreener-error'?: (event: ScreenerErrorEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'trd-screener': ScreenerProps & DetailedHTMLProps<HTMLAttributes<TrdScreener>, TrdScreener>;
    }
  }
}
