import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { fillCrisisCopy } from '../crisis/regions.js';
import type { Caution, ResultContent, TreatmentOption } from '../clinical/contentTypes.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import { explainResult } from '../clinical/explain.js';
import { resultContentOf, wholeUiOf } from '../i18n/result-content.js';
import type { ScreenerResult } from '../clinical/types.js';
import { summaryActions } from '../summary/actions-view.js';
import { format } from '../i18n/format.js';
import type { ViewContext } from './context.js';
import { helpNow } from './help-now.js';
import { sourceLink } from './sources.js';

/**
 * The result: what the answers may mean, the options to ask about (best fit first, each with why
 * it may fit and what to know), health points to raise, and what to do next.
 */

function summary(ctx: ViewContext, result: ScreenerResult) {
  const content = resultContentOf(ctx.content);
  const explanation = explainResult(result, content.resultCopy);
  return html`<div part="summary" class="summary">
    <h3 part="heading">${content.ui.result.summaryHeading}</h3>
    ${result.phq9 ? html`<p>${format(content.ui.result.phq9, { total: result.phq9.total })} ${explanation.phq9}</p>` : nothing}
    <p>${explanation.headline}</p>
    ${explanation.pattern.map((line) => html`<p>${line}</p>`)}
  </div>`;
}

/** "I want to ask about this": the tick goes to the machine (`result.wantToAsk`), and on to the summary. */
function wantToAsk(ctx: ViewContext, option: TreatmentOption, ticked: boolean) {
  const id = `want-to-ask-${option.id}`;
  const send = (e: Event) => ctx.send({ type: 'result.wantToAsk', optionId: option.id, wanted: (e.target as HTMLInputElement).checked });
  return html`<div class=${ticked ? 'choice checked want-to-ask' : 'choice want-to-ask'}>
    <input type="checkbox" id=${id} .checked=${live(ticked)} @change=${send} />
    <label for=${id}>${wholeUiOf(ctx.content).result.wantToAsk}<span class="visually-hidden">: ${option.title}</span></label>
  </div>`;
}

type Listed = { option: TreatmentOption; reasons: string[]; ticked: boolean };

/** How many options open as full cards; the rest are one line each (CLINICAL.md §7). */
const FULL_CARDS = 3;

function optionDetails(ui: WholeUiStrings, { option, reasons }: Listed) {
  return html`${reasons.length
      ? html`<p class="label">${ui.result.whyFits}</p>
          <ul>${reasons.map((r) => html`<li>${r}</li>`)}</ul>`
      : nothing}
    <details>
      <summary>${ui.result.thingsToKnow}</summary>
      <ul>${option.facts.map((fact) => html`<li>${fact.text} ${sourceLink(fact.source, ui)}</li>`)}</ul>
    </details>`;
}

function optionCard(ctx: ViewContext, listed: Listed) {
  return html`<li class="option-card" data-option=${listed.option.id}>
    <h4 part="heading" class="option-title">${listed.option.title}</h4>
    ${optionDetails(wholeUiOf(ctx.content), listed)} ${wantToAsk(ctx, listed.option, listed.ticked)}
  </li>`;
}

/** One line (title and its first reason) that opens to the full card; the checkbox stays outside. */
function optionRow(ctx: ViewContext, listed: Listed) {
  return html`<li class="option-row" data-option=${listed.option.id}>
    <details>
      <summary><strong class="option-title">${listed.option.title}</strong>${listed.reasons.length ? html`: ${listed.reasons[0]}` : nothing}</summary>
      ${optionDetails(wholeUiOf(ctx.content), listed)}
    </details>
    ${wantToAsk(ctx, listed.option, listed.ticked)}
  </li>`;
}

/** True when some option is given only in a way the person did not pick (the ranking's `routeClash`). */
function anyRouteMismatch(content: ResultContent, listed: Listed[]): boolean {
  const { sentences, routes } = content.reasons;
  const clashes = new Set(Object.values(routes).map((route) => format(sentences.routeClash, { route })));
  return listed.some(({ reasons }) => reasons.some((r) => clashes.has(r)));
}

function options(ctx: ViewContext, result: ScreenerResult) {
  const content = resultContentOf(ctx.content);
  const { ui } = content;
  const listed = result.options
    .map(({ id, reasons }) => ({ option: content.options.find((o) => o.id === id), reasons, ticked: result.wantToAsk.includes(id) }))
    .filter((item): item is Listed => !!item.option);
  if (!listed.length) return html`<h3 part="heading">${ui.result.optionsHeading}</h3><p>${ui.result.noOptions}</p>`;
  const others = listed.slice(FULL_CARDS);
  return html`<h3 part="heading">${ui.result.optionsHeading}</h3>
    <p>${content.resultCopy.orderNote}</p>
    ${anyRouteMismatch(content, listed) ? html`<p class="mismatch">${content.resultCopy.routeMismatch}</p>` : nothing}
    <ol class="options">${listed.slice(0, FULL_CARDS).map((item) => optionCard(ctx, item))}</ol>
    ${others.length
      ? html`<h4 part="heading" class="other-options">${ui.result.otherOptions}</h4>
          <ol class="options compact" start=${FULL_CARDS + 1}>${others.map((item) => optionRow(ctx, item))}</ol>`
      : nothing}
    <p class="ask">${content.resultCopy.askDoctor}</p>`;
}

function cautions(ctx: ViewContext, result: ScreenerResult) {
  const list = result.cautions
    .map((id) => resultContentOf(ctx.content).cautions.find((c) => c.id === id))
    .filter((c): c is Caution => !!c);
  if (!list.length) return nothing;
  const ui = wholeUiOf(ctx.content);
  return html`<h3 part="heading">${ui.result.cautionsHeading}</h3>
    <ul class="cautions">
      ${list.map((c) => html`<li>${c.fact} ${c.sources.map((url) => sourceLink(url, ui))}</li>`)}
    </ul>`;
}

function nextSteps(ctx: ViewContext) {
  const { contact } = ctx;
  const ui = wholeUiOf(ctx.content);
  return html`<h3 part="heading">${ui.result.nextHeading}</h3>
    <p>${ctx.summary.shown.includes('print') ? ui.result.nextText : ui.result.nextTextWithoutPrint}</p>
    ${summaryActions(ui, ctx.summary)}
    ${contact
      ? html`<div class="actions contact"><a part="button" class="primary" href=${contact.href}>${contact.label || ui.result.contactDefault}</a></div>`
      : nothing}
    <p class="start-over">
      <button part="button" class="quiet" @click=${() => ctx.send({ type: 'nav.restart' })}>${ui.nav.startOver}</button>
    </p>`;
}

export function resultView(ctx: ViewContext) {
  const { result, safety } = ctx.snapshot.context;
  if (!result) return nothing;
  const { content, region } = ctx;
  const ui = wholeUiOf(content);
  return html`<section part="result" class="result" aria-labelledby="result-heading">
    <h2 id="result-heading" part="heading" tabindex="-1" data-view-focus>${ui.result.heading}</h2>
    ${safety.level === 'support' ? html`<p class="lead">${ui.result.supportLead} ${ui.result.notAssessment}</p>` : nothing}
    <p class="not-diagnosis">${resultContentOf(content).resultCopy.notDiagnosis}</p>
    ${summary(ctx, result)} ${options(ctx, result)} ${cautions(ctx, result)}
    ${safety.level === 'none' ? html`<p class="any-time">${fillCrisisCopy(content.crisis.copy.none.anyTime, region)}</p>` : nothing}
    ${nextSteps(ctx)}
  </section>
  ${helpNow(ctx)}`;
}
