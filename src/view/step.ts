import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { StepInstance } from '../bank/steps.js';
import type { QuestionBank, Step } from '../bank/types.js';
import { format } from '../i18n/format.js';
import { firstStepKey, previousStepKey } from '../machine/navigation.js';
import { stepOf } from '../machine/selectors.js';
import type { ViewContext } from './context.js';
import { privacySentence } from './privacy.js';
import { durationSentence } from './progress.js';
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

/** The bank's step a shown one was made from: the one holding its first question (ids are unique). */
function bankStepOf(bank: QuestionBank, step: StepInstance): Step {
  const first = step.questions[0].templateId;
  return bank.sections.find((s) => s.id === step.sectionId)!.steps.find((s) => s.questions.some((q) => q.id === first))!;
}

/**
 * Which steps share DOM: those whose bank steps hold the same question types in the same order.
 * A fresh tree on every Next costs a full style and layout of the card; reusing it changes only
 * the words and the inputs' state, which the `live()` bindings keep true to the answers. A step
 * with a typed field keeps its own DOM: a number input holding text it cannot parse reads as
 * empty, so `live()` could leave that text on screen. The key depends on the bank's step, not on
 * which questions show, so a question appearing mid-step never rebuilds (and unfocuses) the step.
 */
function shapeOf(step: StepInstance, template: Step): string {
  const types = template.questions.map((q) => q.type);
  return types.every((type) => type === 'single' || type === 'multiple') ? types.join() : step.key;
}

/**
 * The step's questions at the places they have in the bank's step, hidden ones as empty places:
 * a question that appears or goes never moves the others, so a reused radio only ever changes
 * to the question at the same place (see `choice` in question.ts for why that matters).
 */
function questionsInPlace(ctx: ViewContext, step: StepInstance, template: Step) {
  return template.questions.map((slot) => {
    const q = step.questions.find((shown) => shown.templateId === slot.id);
    return q ? questionView(ctx, q) : nothing;
  });
}

/**
 * One step of the bank: heading, intro, its questions, Back / Next. The heading is new on every
 * step, so that focus moves to it and it is announced even when the rest of the step is reused.
 */
export function stepView(ctx: ViewContext) {
  const step = stepOf(ctx.snapshot);
  if (!step) return nothing;
  const { bank } = ctx.snapshot.context;
  const isFirst = step.key === firstStepKey(bank);
  const canGoBack = previousStepKey(ctx.snapshot.context, step.key) !== null;
  const template = bankStepOf(bank, step);
  return keyed(
    shapeOf(step, template),
    html`${keyed(step.key, html`<h2 part="heading" tabindex="-1" data-view-focus>${step.title}</h2>`)}
      ${isFirst && ctx.clinicName ? html`<p>${format(ctx.ui.welcome.offeredBy, { clinic: ctx.clinicName })}</p>` : nothing}
      ${step.intro ? html`<p class="intro">${step.intro}</p>` : nothing}
      ${isFirst
        ? html`<p>${durationSentence(ctx.ui)} <span class="privacy">${privacySentence(ctx.ui, ctx.privacyNote)}</span></p>`
        : nothing}
      ${isFirst ? notEmergency(ctx) : nothing}
      ${questionsInPlace(ctx, step, template)}
      ${isFirst ? html`<p class="consent">${ctx.ui.welcome.consent}</p>` : nothing}
      <div class="actions">
        ${canGoBack
          ? html`<button part="button" class="secondary" @click=${() => ctx.send({ type: 'nav.back' })}>${ctx.ui.nav.back}</button>`
          : nothing}
        <button part="button" class="primary" @click=${ctx.next}>${isFirst ? ctx.ui.nav.start : ctx.ui.nav.next}</button>
      </div>`,
  );
}
