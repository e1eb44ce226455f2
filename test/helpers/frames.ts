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
