import type { TrdScreener } from '../../src/trd-screener.component.js';
import { ScreenerDriver } from '../helpers/element-driver.js';
import { until } from '../helpers/frames.js';

/**
 * Opens an example page in an iframe, the way a visitor opens it. The page's own HTML is used
 * as it is, with two lines put first in its head: a `<base>` so its relative URLs resolve as on
 * its own address, and a probe that records what the page throws or logs as an error or warning
 * from its very first script on (a test cannot attach listeners to a frame before it loads).
 */
export interface ExampleFrame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  /** Uncaught errors and `console.error` / `console.warn` lines of the page since it (re)loaded. */
  readonly problems: string[];
  /** The page's first (or `selector`) widget once it has rendered, with a driver for it. */
  screener(selector?: string): Promise<ScreenerDriver>;
  /** Reloads the page (same tab, so sessionStorage stays) and waits for it. */
  reload(): Promise<void>;
}

const PROBE = `<script>
  window.exampleProblems = [];
  addEventListener('error', (e) => exampleProblems.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => exampleProblems.push('rejection: ' + e.reason));
  for (const method of ['error', 'warn']) {
    const original = console[method].bind(console);
    console[method] = (...args) => { exampleProblems.push(method + ': ' + args.join(' ')); original(...args); };
  }
</script>`;

function loaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', reject, { once: true });
  });
}

export async function openExample(src: string): Promise<ExampleFrame> {
  const url = new URL(src, location.href).href;
  const html = await (await fetch(url)).text();
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const example: ExampleFrame = {
    frame,
    get win() {
      return frame.contentWindow as Window & typeof globalThis;
    },
    get problems() {
      return (example.win as unknown as { exampleProblems: string[] }).exampleProblems;
    },
    async screener(selector = 'trd-screener') {
      const rendered = () => {
        const found = example.win.document.querySelector<TrdScreener>(selector);
        return found?.shadowRoot?.querySelector('h2') ? found : null;
      };
      await until(rendered, `${selector} to render`).catch((error: Error) => {
        throw new Error(`${error.message}; the page said: ${JSON.stringify(example.problems)}`);
      });
      const el = rendered()!;
      await el.updateComplete;
      return new ScreenerDriver(el);
    },
    async reload() {
      const done = loaded(frame);
      example.win.location.reload();
      await done;
    },
  };
  const done = loaded(frame);
  frame.srcdoc = html.replace(/<head>/i, `<head><base href="${url}">${PROBE}`);
  await done;
  return example;
}
