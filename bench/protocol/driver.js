// Generic DOM driver, injected by bench.mjs into every contender page before the page's own
// scripts run (Playwright addInitScript). It is a classic script: no imports, no exports.
// It exposes window.__benchDriver; pages never need to load it themselves.
//
// What it relies on (the "DOM protocol", see README.md):
//  - the questionnaire lives under a root: window.__bench.root, else
//    document.querySelector(window.__bench.rootSelector), else the first custom element in <body>;
//    open shadow roots below it are searched too;
//  - choices are native <input type=radio|checkbox> with a label (input.labels / wrapping <label>
//    / aria-label);
//  - navigation is a <button> / <input type=button|submit> / [role=button] named
//    Next | Continue | Start | Begin, and on the last step Complete | Submit | Finish | Done |
//    See my results;
//  - only the current step is rendered (its text changes when the step changes).
(() => {
  if (window.__benchDriver) return;
  const D = (window.__benchDriver = { version: 1, paintedAt: null, firstControlAt: null });
  const raf = () => new Promise((r) => requestAnimationFrame(r));
  const NAV = [/^next\b/i, /^continue\b/i, /^(start|begin)\b(?!\s+over)/i, /^(complete|submit|finish|done|see my results)\b/i];
  const PHQ_STEMS = [
    'little interest or pleasure', 'feeling down, depressed', 'trouble falling or staying asleep',
    'feeling tired or having little energy', 'poor appetite or overeating', 'feeling bad about yourself',
    'trouble concentrating on things', 'moving or speaking so slowly', 'better off dead',
  ];

  function findRoot() {
    if (D.current?.isConnected) return D.current;
    const b = window.__bench;
    if (b?.root instanceof Element) return b.root;
    if (b?.rootSelector) return document.querySelector(b.rootSelector);
    if (!document.body) return null;
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (n.localName.includes('-')) return n;
    return document.body;
  }
  function scopes(root) {
    const out = [root];
    if (root.shadowRoot) out.push(root.shadowRoot);
    for (let i = 0; i < out.length; i++) {
      for (const el of out[i].querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
    }
    return out;
  }
  const deepAll = (root, sel) => scopes(root).flatMap((s) => [...s.querySelectorAll(sel)]);
  const deepText = (root) => scopes(root).map((s) => s.textContent).join('\u0001');
  const vis = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  const shown = (el) => vis(el) || [...(el.labels ?? [])].some(vis);
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const labelOf = (el) => norm(el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.closest('label')?.textContent || el.value);
  const nameOf = (el) => norm(el.getAttribute('aria-label') || (el.localName === 'input' ? el.value : el.textContent));

  function choiceInputs(root) {
    return deepAll(root, 'input[type=radio],input[type=checkbox]').filter((el) => !el.disabled && shown(el));
  }
  function navButton(root) {
    const btns = deepAll(root, 'button,input[type=button],input[type=submit],[role=button]')
      .filter((el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true' && vis(el));
    for (const re of NAV) { const b = btns.find((el) => re.test(nameOf(el))); if (b) return b; }
    return null;
  }
  function firstControl(root) {
    if (choiceInputs(root).length) return true;
    const b = navButton(root);
    return !!b && root !== document.body;
  }
  // Answers every unanswered group on the current step with a "benign" choice: Yes to "18 or
  // older", otherwise Not at all / No / Not difficult at all when offered, else the first option;
  // for checkbox groups, the first option.
  function answerStep(root, stepText) {
    const adult = /18 or older/i.test(stepText);
    const prefs = adult ? [/^yes$/i] : [/^not at all$/i, /^no$/i, /^not difficult at all$/i, /^never$/i];
    const groups = new Map();
    for (const el of choiceInputs(root)) {
      // radios: one group per name (native semantics); checkboxes: one group per question
      // container, since many libraries give each checkbox its own name. The question's fieldset
      // comes first: a long list may group its options in labelled sub-groups
      const box = el.closest('fieldset') ?? el.closest('[role=group],[role=radiogroup],[role=list]');
      const key = el.type === 'radio' ? (el.name ? `r:${el.name}` : box ?? el.parentElement) : box ?? (el.name ? `c:${el.name}` : el.parentElement);
      let byScope = groups.get(el.getRootNode());
      if (!byScope) groups.set(el.getRootNode(), (byScope = new Map()));
      if (!byScope.has(key)) byScope.set(key, []);
      byScope.get(key).push(el);
    }
    let clicked = 0;
    for (const byScope of groups.values()) {
      for (const opts of byScope.values()) {
        if (opts.some((o) => o.checked)) continue;
        let pick = opts[0];
        if (opts[0].type === 'radio') {
          for (const re of prefs) { const o = opts.find((x) => re.test(labelOf(x))); if (o) { pick = o; break; } }
        }
        pick.click();
        clicked++;
      }
    }
    return clicked;
  }

  // Resolves when the first question (or, failing that, a Next/Start button) of the root exists
  // and has been painted: found in a rAF callback, stamped in the following one (double rAF).
  D.painted = new Promise((resolve) => {
    const poll = () => {
      const root = findRoot();
      if (root && firstControl(root)) {
        D.firstControlAt = performance.now();
        requestAnimationFrame(() => { D.paintedAt = performance.now(); resolve(D.paintedAt); });
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

  // Which PHQ-9 item (1-9) the current step shows, 0 if none.
  D.phqItem = () => {
    const t = deepText(findRoot() ?? document.body).replace(/\s+/g, ' ').toLowerCase();
    const i = PHQ_STEMS.findIndex((s) => t.includes(s));
    return i + 1;
  };
  D.hasNext = () => !!navButton(findRoot() ?? document.body);

  // Answer the current step, press Next (or Complete), and resolve with
  //   paint: ms from the first answer click until the new step has been painted: a rAF chain is
  //          started right after the clicks; the first rAF callback that sees the new step's text
  //          + one more rAF ("double rAF"). Includes waiting for the display's next frame(s).
  //   work:  ms from the first answer click until the new step is in the DOM and styled + laid
  //          out (forced), checked after every task (MessageChannel) without waiting for a frame.
  //   frames: how many animation frames ran until the new step was seen (1 = the next frame).
  // The rAF chain must be requested synchronously after the click: a rAF requested one task
  // later can miss the frame that already painted the new step and over-count by a frame.
  const channel = new MessageChannel();
  const yieldTask = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
  D.answerAndNext = async () => {
    const root = findRoot();
    const before = deepText(root);
    const t = performance.now();
    answerStep(root, before);
    const btn = navButton(root);
    if (!btn) throw new Error('bench driver: no Next/Complete button on this step');
    btn.click();
    const changed = () => deepText(root) !== before;
    let frames = 0; // animation frames until the new step was seen: 1 = painted in the next frame
    const painted = (async () => {
      do {
        await raf();
        frames++;
        if (performance.now() - t > 10000) throw new Error('bench driver: step did not change within 10 s');
      } while (!changed());
      await raf();
      return performance.now() - t;
    })();
    while (!changed()) {
      await yieldTask();
      if (performance.now() - t > 10000) break;
    }
    root.getBoundingClientRect();
    void document.documentElement.offsetHeight; // force style + layout of the new step
    const work = performance.now() - t;
    return { paint: await painted, work, frames };
  };

  // One mount → complete → unmount cycle of a fresh instance of the root custom element.
  D.cycle = async () => {
    if (!D.template) {
      const r = findRoot();
      if (!r || r === document.body || !r.localName.includes('-')) {
        throw new Error('bench driver: cycle() needs a custom-element root or window.__bench.cycle');
      }
      D.template = { tag: r.localName, attrs: [...r.attributes].map((a) => [a.name, a.value]), parent: r.parentNode };
      r.remove();
    }
    const { tag, attrs, parent } = D.template;
    const el = document.createElement(tag);
    for (const [n, v] of attrs) el.setAttribute(n, v);
    parent.appendChild(el);
    D.current = el;
    const t = performance.now();
    while (!firstControl(el)) {
      await raf();
      if (performance.now() - t > 10000) throw new Error('bench driver: remounted root shows no control');
    }
    let steps = 0;
    while (navButton(el) && steps < 80) { await D.answerAndNext(); steps++; }
    el.remove();
    D.current = null;
    return steps;
  };
})();
