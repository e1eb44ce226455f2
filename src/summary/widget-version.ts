/** The screener's own version, printed on the summary. A test keeps it equal to the package's. */
export const WIDGET_VERSION = '0.1.0';
