/**
 * The hidden frame the summary is printed from, so that only the summary is printed, never the
 * clinic's page. It is made at once (in the click), and filled once the printout's code is loaded.
 */

const FRAME_MARK = 'data-trd-print';

/**
 * A hidden frame inside `container` (replacing an earlier one), resolved with its window once its
 * blank document has loaded: at once in Chromium, a task later in Firefox, which replaces the
 * document then. No `src` or `srcdoc`: a page with Trusted Types refuses an HTML string there.
 */
export function openPrintFrame(container: ParentNode & Node, title: string): Promise<Window> {
  container.querySelector(`iframe[${FRAME_MARK}]`)?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = title;
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:1px;block-size:1px;border:0';
  const loaded = new Promise<Window>((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentWindow!), { once: true }),
  );
  container.appendChild(frame);
  return loaded;
}
