// A React 19 app with the widget. In your app: `import 'trd-screener';` once, then use the tag.
// React 19 sets props on a custom element as properties when the element has them (here
// `clinicName`, `contactHref`), and adds `on<event-name>` props as event listeners.
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import '../../../dist/trd-screener.js';

const h = React.createElement;

function ScreenerApp() {
  const [step, setStep] = React.useState(null);
  const [result, setResult] = React.useState(null);
  return h(
    'main',
    null,
    h('h1', null, 'Depression self-screen'),
    h('p', { id: 'status', 'aria-live': 'polite' }, result ? `Finished: ${result.pattern}` : step ? `Step ${step.index} of ${step.total}` : ''),
    h('trd-screener', {
      clinicName: 'Maple Street Psychiatry',
      contactHref: '#book',
      'onscreener-step': (event) => setStep(event.detail),
      'onscreener-complete': (event) => setResult(event.detail.result),
    }),
  );
}

ReactDOMClient.createRoot(document.querySelector('#root')).render(h(ScreenerApp));
