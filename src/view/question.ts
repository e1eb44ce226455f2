import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { answerOf, chosenIds, MAX_TEXT_LENGTH, toggleChoice } from '../bank/answers.js';
import type { QuestionInstance } from '../bank/steps.js';
import type { AnswerOption, AnswerValue } from '../bank/types.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { ViewContext } from './context.js';
import { FILTER_FROM, filterBox } from './filter.js';

/**
 * One question: choices are native radios / checkboxes in a `<fieldset>` with a `<legend>`;
 * text and number are a labelled `<input>`. Help and the inline error are tied to the field
 * with `aria-describedby`; the error also sets `aria-invalid`.
 */

type Answer = (value: AnswerValue) => void;

const ids = (q: QuestionInstance) => ({ help: `help-${q.id}`, error: `error-${q.id}` });

/** Space-separated id list for `aria-describedby`, or nothing. */
function describedBy(...refs: Array<string | false | undefined>) {
  const list = refs.filter(Boolean).join(' ');
  return list || nothing;
}

function errorText(q: QuestionInstance, ui: UiStrings): string {
  const messages = { single: ui.validation.chooseOne, multiple: ui.validation.chooseAny, text: ui.validation.type, number: ui.validation.number };
  return messages[q.type];
}

function choice(q: QuestionInstance, option: AnswerOption, checked: boolean, invalid: boolean, onChange: (checked: boolean) => void) {
  const inputId = `in-${q.id}-${option.id}`;
  const helpId = option.help ? `help-${q.id}-${option.id}` : undefined;
  // A step of the same shape reuses these inputs (step.ts). `.checked` is set before `name`: a
  // reused radio takes its new state while still in its old group, so joining its new group
  // cannot uncheck the radio chosen there. The class, set from the answers like `.checked`,
  // marks the chosen row; a `:has(:checked)` rule would cost style work up the tree.
  return html`<div class=${checked ? 'choice checked' : 'choice'}>
    <input
      .checked=${live(checked)}
      id=${inputId}
      type=${q.type === 'single' ? 'radio' : 'checkbox'}
      name=${q.id}
      value=${option.id}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(helpId, invalid && ids(q).error)}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <label for=${inputId}>${option.label}</label>
    ${option.help ? html`<span class="option-help" id=${helpId}>${option.help}</span>` : nothing}
  </div>`;
}

/** Consecutive options that share a `group` (e.g. a medicine class) become one sub-list. */
function groupsOf(options: readonly AnswerOption[]): Array<{ name?: string; options: AnswerOption[] }> {
  const groups: Array<{ name?: string; options: AnswerOption[] }> = [];
  for (const option of options) {
    const last = groups.at(-1);
    if (last && last.name === option.group) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  return groups;
}

function choices(q: QuestionInstance, value: AnswerValue | undefined, invalid: boolean, answer: Answer) {
  const options = q.options ?? [];
  const chosen = chosenIds(value);
  const render = (option: AnswerOption) =>
    choice(q, option, chosen.includes(option.id), invalid, (checked) =>
      answer(q.type === 'single' ? option.id : toggleChoice(options, chosen, option.id, checked)),
    );
  return groupsOf(options).map((group, index) => {
    if (!group.name) return html`<div class="choices">${group.options.map(render)}</div>`;
    const headingId = `group-${q.id}-${index}`;
    return html`<div class="choices" role="group" aria-labelledby=${headingId}>
      <h3 class="group-heading" id=${headingId}>${group.name}</h3>
      ${group.options.map(render)}
    </div>`;
  });
}

function field(q: QuestionInstance, value: AnswerValue | undefined, invalid: boolean, answer: Answer) {
  const { help, error } = ids(q);
  const number = q.type === 'number';
  return html`<input
    id=${`in-${q.id}`}
    class="text-input"
    type=${number ? 'number' : 'text'}
    inputmode=${number ? 'numeric' : nothing}
    min=${q.min ?? nothing}
    max=${q.max ?? nothing}
    maxlength=${number ? nothing : MAX_TEXT_LENGTH}
    autocomplete="off"
    .value=${live(value === undefined ? '' : String(value))}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${describedBy(q.help && help, invalid && error)}
    @input=${(e: Event) => {
      const text = (e.target as HTMLInputElement).value;
      if (!number) answer(text);
      else if (text.trim() !== '' && Number.isFinite(Number(text))) answer(Number(text));
    }}
  />`;
}

export function questionView(ctx: ViewContext, q: QuestionInstance) {
  const { answers, invalid: invalidIds } = ctx.snapshot.context;
  const value = answerOf(answers, q.id);
  const invalid = invalidIds.includes(q.id);
  const { help, error } = ids(q);
  const answer: Answer = (v) => ctx.send({ type: 'answer.set', questionId: q.id, value: v });
  const helpText = q.help ? html`<p class="help" id=${help}>${q.help}</p>` : nothing;
  const errorMessage = invalid ? html`<p class="field-error" id=${error}>${errorText(q, ctx.ui)}</p>` : nothing;
  if (q.type === 'text' || q.type === 'number') {
    return html`<div class="question">
      <label class="question-text" for=${`in-${q.id}`}>${q.text}</label>
      ${helpText} ${errorMessage} ${field(q, value, invalid, answer)}
    </div>`;
  }
  // An instrument item's help is the instrument's credit line (the PHQ-9's, on its first item): a
  // footer under the answers, once, never between the question and its answers.
  const credit = q.verbatim ? q.help : undefined;
  const filter = q.type === 'multiple' && (q.options?.length ?? 0) >= FILTER_FROM ? filterBox(q.id, ctx.ui) : nothing;
  return html`<fieldset class="question" aria-describedby=${describedBy(!credit && q.help && help)}>
      <legend class="question-text">${q.text}</legend>
      ${credit ? nothing : helpText} ${errorMessage} ${filter} ${choices(q, value, invalid, answer)}
    </fieldset>
    ${credit ? html`<p class="help credit">${credit}</p>` : nothing}`;
}
