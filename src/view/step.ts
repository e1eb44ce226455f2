import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { format } from '../i18n/format.js';
import { firstStepKey, previousStepKey } from '../machine/navigation.js';
import { stepOf } from '../machine/selectors.js';
import type { ViewContext } from './context.js';
import { questionView } from './question.js';
import { crisisLineLinks, linksOf, resourceLinks } from './resources.js';

/** Before the first question: this is not an emergency service, and how to get help now. */
function notEmergency({ ui, region }: ViewContext) {
  return html`<div class="notice">
      <h3>${ui.welcome.notEmergencyHeading}</h3>
      <p>${format(ui.welcome.emergency, { emergency: region.emergency.number })}</p>
      ${resourceLinks(linksOf(region, 'emergency'), ui)}
      <p>${format(ui.welcome.crisisLine, { line: region.crisisLine.reach })}</p>
      ${resourceLinks(crisisLineLinks(region), ui)}
    </div>`;
}

/** One step of the bank: heading, intro, its questions, Back / Next. Keyed so no input state leaks. */
export function stepView(ctx: ViewContext) {
  const step = stepOf(ctx.snapshot);
  if (!step) return nothing;
  const { bank, answers } = ctx.snapshot.context;
  const isFirst = step.key === firstStepKey(bank);
  const canGoBack = previousStepKey(bank, answers, step.key) !== null;
  return keyed(
    step.key,
    html`<h2 part="heading" tabindex="-1" data-view-focus>${step.title}</h2>
      ${isFirst && ctx.clinicName ? html`<p>${format(ctx.ui.welcome.offeredBy, { clinic: ctx.clinicName })}</p>` : nothing}
      ${step.intro ? html`<p class="intro">${step.intro}</p>` : nothing}
      ${isFirst ? notEmergency(ctx) : nothing}
      ${step.questions.map((q) => questionView(ctx, q))}
      <div class="actions">
        ${canGoBack
          ? html`<button part="button" class="secondary" @click=${() => ctx.send({ type: 'nav.back' })}>${ctx.ui.nav.back}</button>`
          : nothing}
        <button part="button" class="primary" @click=${ctx.next}>${ctx.ui.nav.next}</button>
      </div>`,
  );
}
