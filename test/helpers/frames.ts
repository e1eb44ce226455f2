import { waitUntil } from '@open-wc/testing';

/** Loads a page of the test server in an iframe of the test document, sized like a small laptop. */
export function loadFrame(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '800px';
    frame.style.blockSize = '600px';
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    frame.src = src;
    document.body.append(frame);
  });
}

/** Waits, up to 10 s, until `probe` holds, for what a page in a frame does in its own time. */
export function until(probe: () => unknown, what = 'the page'): Promise<void> {
  return waitUntil(probe, `waiting for ${what}`, { timeout: 10_000, interval: 20 });
}
