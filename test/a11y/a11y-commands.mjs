/**
 * Test-runner commands for the accessibility tests, in the test's Chromium through DevTools
 * (on a session kept per page):
 * - `emulate-media-features`: CSS media features, including `forced-colors` (high contrast),
 *   which the runner's own `emulateMedia` cannot do with puppeteer;
 * - `emulate-focus`: the page behaves as focused even while another test file's page is in
 *   front (the runner opens several at once), so Tab and `:focus-visible` work as for a person.
 */
const sessions = new WeakMap();

async function devTools(session) {
  if (session.browser.type !== 'puppeteer') throw new Error('these commands need Chromium through puppeteer');
  const page = session.browser.getPage(session.id);
  let cdp = sessions.get(page);
  if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
  return cdp;
}

export function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        await (await devTools(session)).send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
        return true;
      }
      if (command === 'emulate-focus') {
        await (await devTools(session)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return true;
      }
      return undefined;
    },
  };
}
