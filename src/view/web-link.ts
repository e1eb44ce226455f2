/**
 * True when `href` leads to a web page: http or https once resolved against the page, as the
 * browser will read it. A clinic's link is refused otherwise, so that no attribute value
 * (`javascript:`, `data:`, …) can ever run script from the widget.
 */
export function isWebLink(href: string): boolean {
  try {
    const { protocol } = new URL(href, document.baseURI);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
