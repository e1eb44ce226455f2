/**
 * Runs inside the demo page (installed before its scripts): drives the demo's `<trd-screener>`
 * through its shadow DOM as a person does, by option ids (`in-<questionId>-<optionId>`, clicked
 * through their labels) and button names, and records each shown step from `screener-step`.
 * Puppeteer serializes this function alone, so it must use nothing from outside it.
 */
export function installPageDriver() {
  const shown = [];
  addEventListener('screener-step', (event) => shown.push(event.detail.stepId));

  const el = () => document.querySelector('trd-screener');
  const root = () => el().shadowRoot;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const stepId = () => shown.at(-1);
  const button = (name) => [...root().querySelectorAll('button')].find((b) => text(b) === name);
  const settle = async () => {
    await el().updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el().updateComplete;
  };

  async function click(name) {
    const target = button(name);
    const names = [...root().querySelectorAll('button')].map(text).join(', ');
    if (!target) throw new Error(`no button "${name}" on "${stepId()}" (have: ${names})`);
    target.click();
    await settle();
  }

  async function choose(questionId, optionId) {
    const label = root().querySelector(`label[for="${CSS.escape(`in-${questionId}-${optionId}`)}"]`);
    if (!label) throw new Error(`no option "${optionId}" for "${questionId}" on "${stepId()}"`);
    label.click();
    await settle();
  }

  /** The step's question ids, in order (a list's filter box is no question). */
  const questionIds = () => [
    ...new Set(
      [...root().querySelectorAll('.question input:not([type="search"])')].map((i) =>
        i.type === 'radio' || i.type === 'checkbox' ? i.name : i.id.slice('in-'.length),
      ),
    ),
  ];
  const optionsOf = (questionId) =>
    [...root().querySelectorAll(`input[name="${CSS.escape(questionId)}"]`)].map((i) => i.id.slice(`in-${questionId}-`.length));
  const textField = (questionId) => (optionsOf(questionId).length ? null : root().getElementById(`in-${questionId}`));
  const answered = (questionId) =>
    optionsOf(questionId).some((o) => root().getElementById(`in-${questionId}-${o}`).checked) ||
    !!textField(questionId)?.value.trim();
  /** A calm answer: "No", else "None …", else the first option; a typed name for a text field. */
  const calmAnswer = (questionId) =>
    textField(questionId) ? 'Zelmora' : (['no', 'none'].find((o) => optionsOf(questionId).includes(o)) ?? optionsOf(questionId)[0]);

  /** Answers the step's questions: `answers` by question id, else calmly where still unanswered. */
  async function answerStep(answers = {}) {
    const done = new Set();
    for (;;) {
      const id = questionIds().find((q) => !done.has(q));
      if (!id) return;
      done.add(id);
      if (!(id in answers) && answered(id)) continue;
      const value = answers[id] ?? calmAnswer(id);
      const field = textField(id);
      if (field) {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
        await settle();
        continue;
      }
      for (const option of [value].flat()) {
        if (!root().getElementById(`in-${id}-${option}`)?.checked) await choose(id, option);
      }
    }
  }

  /** Answers and goes forward until `target` shows; past a support panel with Continue. */
  async function walkTo(target, answers, nav) {
    for (let i = 0; i < 200 && stepId() !== target; i++) {
      if (stepId() === 'crisis' && button(nav.continue)) {
        await click(nav.continue);
        continue;
      }
      const forward = [nav.next, nav.start].find(button);
      if (!forward) throw new Error(`walking to "${target}", stuck on "${stepId()}"`);
      await answerStep(answers);
      await click(forward);
    }
    if (stepId() !== target) throw new Error(`never reached "${target}" (on "${stepId()}")`);
  }

  /** "See my results" shows the result once its chunk has loaded. */
  async function toResult(nav) {
    await click(nav.seeResults);
    const start = performance.now();
    while (stepId() !== 'result') {
      if (root().querySelector('[role="alert"]')) throw new Error(`no result: ${text(root().querySelector('[role="alert"]'))}`);
      if (performance.now() - start > 15_000) throw new Error('the result never came');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await settle();
  }

  /** Types into a checklist's filter box, as the box's own input handler hears it. */
  async function filter(questionId, typed) {
    const box = root().getElementById(`filter-${questionId}`);
    if (!box) throw new Error(`no filter box for "${questionId}"`);
    box.value = typed;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const status = box.nextElementSibling;
    const start = performance.now();
    while (!text(status) && performance.now() - start < 5_000) await new Promise((resolve) => setTimeout(resolve, 50));
    return text(status);
  }

  /** Opens every closed `<details>` under `selector`; how many it opened. */
  async function openAll(selector) {
    const closed = [...root().querySelectorAll(`${selector} details:not([open])`)];
    for (const details of closed) details.open = true;
    await settle();
    return closed.length;
  }

  /**
   * Prints through the element's own `print()` with the dialogs stubbed, and returns the print
   * frame's document: its body and its adopted styles, as text for a page of its own.
   */
  async function printout() {
    window.print = () => {};
    const printing = el().print();
    const frame = root().querySelector('iframe[data-trd-print]');
    if (!frame) throw new Error('no print frame');
    frame.contentWindow.print = () => {};
    await printing;
    const doc = frame.contentDocument;
    if (!doc.querySelector('h1')) throw new Error('the print frame stayed empty');
    const sheets = [...doc.adoptedStyleSheets, ...doc.styleSheets];
    const css = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return { lang: doc.documentElement.lang, title: doc.title, css, body: doc.body.innerHTML };
  }

  window.screens = { stepId, click, choose, answerStep, walkTo, toResult, filter, openAll, printout, settle };
}
