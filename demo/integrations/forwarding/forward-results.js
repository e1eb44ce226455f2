// THE CLINIC'S OWN CODE — not part of trd-screener. The widget never sends anything anywhere: it
// only fires `screener-complete` on the page. Whether to forward the result, where to, and with
// what consent is the clinic's decision, and so is the duty that comes with it: someone must
// respond to results whose `safety.level` is `support` or `urgent`.
//
// `screener-complete` fires for two kinds of result:
// - `status: 'completed'`: the patient reached the result page;
// - `status: 'stopped'`: an urgent answer ended the screen (the patient sees emergency help, not
//   a result). It has `safety.level: 'urgent'`, the answers so far, `pattern: null` and no options.
//   These are the clinic's highest-risk sessions: never drop them.
//
// Because this page sends the answers, its widget sets `privacy-note` (index.html): the widget's
// own "This screen does not send your answers anywhere." would not be true here. The options the
// patient ticks "I want to ask about this" come after `screener-complete` (`result.wantToAsk` is
// [] in it); the element's `result` keeps them current, so send that again if the clinic wants them.

/** The clinic's own endpoint (made up here). */
const CLINIC_ENDPOINT = '/api/clinic/screener-results';

/** How the clinic's staff should treat the result; their system pages someone for `urgent`. */
function priorityOf(result) {
  if (result.status === 'stopped') return 'urgent';
  // A completed screen can still be urgent (e.g. "Start over" after an urgent stop) or need support.
  if (result.safety.level === 'urgent') return 'urgent';
  if (result.safety.level === 'support') return 'support';
  return 'routine';
}

document.addEventListener('screener-complete', async (event) => {
  const { result } = event.detail;
  const priority = priorityOf(result);
  const status = document.querySelector('#sent');
  // A stopped screen: the clinic may not read it at once, so the page never suggests waiting for it.
  const sent =
    result.status === 'stopped'
      ? 'Your answers were sent to the clinic, but no one may read them right away. Please use the help shown above now.'
      : 'Your results were sent to the clinic.';
  const failed =
    result.status === 'stopped'
      ? 'Sending to the clinic failed. Please use the help shown above now.'
      : 'Sending failed. Please bring the printed summary.';
  try {
    const response = await fetch(CLINIC_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Screener-Priority': priority },
      body: JSON.stringify(result),
    });
    status.textContent = response.ok ? sent : failed;
  } catch {
    status.textContent = failed;
  }
});
