// THE CLINIC'S OWN CODE — not part of trd-screener. The widget never sends anything anywhere: it
// only fires `screener-complete` on the page. Whether to forward the result, where to, and with
// what consent is the clinic's decision, and so is the duty that comes with it: someone must
// respond to results whose `safety.level` is `support` or `urgent`.

/** The clinic's own endpoint (made up here). */
const CLINIC_ENDPOINT = '/api/clinic/screener-results';

document.addEventListener('screener-complete', async (event) => {
  const status = document.querySelector('#sent');
  try {
    const response = await fetch(CLINIC_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(event.detail.result),
    });
    status.textContent = response.ok ? 'Your results were sent to the clinic.' : 'Sending failed. Please bring the printed summary.';
  } catch {
    status.textContent = 'Sending failed. Please bring the printed summary.';
  }
});
