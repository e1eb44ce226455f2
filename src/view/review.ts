import { html, nothing } from 'lit';
import { answerText } from '../bank/answer-text.js';
import { stepsBySection, type StepInstance } from '../bank/steps.js';
import { format } from '../i18n/format.js';
import type { ViewContext } from './context.js';

/** Every answer on one page, grouped by section; "Edit" goes back to that step. */

function stepAnswers(ctx: ViewContext, step: StepInstance) {
  const { answers } = ctx.snapshot.context;
  const { ui } = ctx;
  return html`<div class="review-step">
    <dl>
      ${step.questions.map((q) => {
        const words = answerText(q, answers[q.id]);
        return html`<dt>${q.text}</dt>
          <dd>${words.length ? words.join(', ') : ui.review.noAnswer}</dd>`;
      })}
    </dl>
    <button part="button" class="quiet edit" @click=${() => ctx.send({ type: 'review.edit', stepKey: step.key })}>
      ${ui.review.edit}<span class="visually-hidden"> ${format(ui.review.editWhat, { question: step.questions[0].text })}</span>
    </button>
  </div>`;
}

export function reviewView(ctx: ViewContext) {
  const { bank, answers, safety } = ctx.snapshot.context;
  return html`<h2 part="heading" tabindex="-1" data-view-focus>${ctx.ui.review.heading}</h2>
    <p class="intro">${ctx.ui.review.intro}</p>
    ${stepsBySection(bank, answers, safety.raisedBy).map(
      ({ title, steps }) => html`<div class="review-section">
        <h3>${title}</h3>
        ${steps.map((step) => stepAnswers(ctx, step))}
      </div>`,
    )}
    ${ctx.snapshot.context.resultUnavailable ? html`<p class="field-error" role="alert">${ctx.ui.review.resultUnavailable}</p>` : nothing}
    <div class="actions">
      <button part="button" class="secondary" @click=${() => ctx.send({ type: 'nav.back' })}>${ctx.ui.nav.back}</button>
      <button part="button" class="primary" @click=${ctx.next}>${ctx.ui.nav.seeResults}</button>
    </div>`;
}
