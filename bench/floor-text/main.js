import '../protocol/t0.js'; // must stay first: marks "module start" for the benchmark
import { css, html } from 'lit';
import '../floor/main.js';

// A reference, not a target: the floor with the product's first screen in front of its consent
// question (progress line, heading, clinic line, intro, the "not an emergency service" notice and
// its four links), in the same words as the English welcome step. Its start-up, against the
// floor's, is what showing that text costs any Lit + XState screener; against the product's, what
// the product's engine adds. Only cold loads are measured: after the first step it is the floor.
const Floor = customElements.get('floor-screener');

const firstScreen = html`<p>Step 1 of 9 — Welcome</p>
  <h2>Before you start</h2>
  <p>Riverbend Behavioral Health offers this self-screen.</p>
  <p>This self-screen helps you get ready to talk with your doctor about what to try next for depression. It asks how
    you have been feeling, what you have tried, and what matters to you. It is not a diagnosis and not an emergency
    service. This screen does not send your answers anywhere.</p>
  <div class="notice">
    <h3>This is not an emergency service</h3>
    <p>If you are in danger now, call 911.</p>
    <p><a href="tel:911">Call 911</a></p>
    <p>To talk with someone now, call or text 988.</p>
    <p><a href="tel:988">Call 988</a> <a href="sms:988">Text 988</a> <a href="https://988lifeline.org/chat/">Chat at 988lifeline.org</a></p>
  </div>`;

class FloorTextScreener extends Floor {
  static styles = [
    Floor.styles,
    css`
      .notice { background: #f3f6f9; border-radius: 9px; padding: 1rem; }
      .notice a { display: inline-block; border: 2px solid #34508f; border-radius: 999px; padding: 0.5em 1.4em; }
    `,
  ];

  render() {
    const first = this.actor.getSnapshot().context.step === 0;
    return first ? html`${firstScreen}${super.render()}` : super.render();
  }
}
customElements.define('floor-text-screener', FloorTextScreener);
