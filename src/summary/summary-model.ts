import { fillCrisisCopy } from '../crisis/regions.js';
import { answerText } from '../bank/answer-text.js';
import { answerOf as heldAnswer, chosenIds } from '../bank/answers.js';
import { templateIdOf } from '../bank/risk.js';
import { findQuestion, pruneAnswers, visibleSteps } from '../bank/steps.js';
import type { Answers, AnswerValue, QuestionBank, SectionId } from '../bank/types.js';
import { cautionsFor } from '../clinical/cautions.js';
import { findingOf, softeningNotes } from '../clinical/finding.js';
import { trdPattern } from '../clinical/pattern.js';
import { resultContentOf, wholeUiOf } from '../i18n/result-content.js';
import { PHQ9_DIFFICULTY, PHQ9_ITEMS, scorePhq9 } from '../clinical/phq9.js';
import { MEDS_TRIED, medicationTrials, trialStatus } from '../clinical/trials.js';
import type { MedicationTrial, Safety, ScreenerResult } from '../clinical/types.js';
import type { RegionData } from '../crisis/types.js';
import { format } from '../i18n/format.js';
import type { LocaleContent } from '../i18n/locale-content.js';
import type { WholeUiStrings } from '../i18n/ui-strings.js';
import { privacySentence } from '../view/privacy.js';
import { optionSections } from './option-sections.js';
import { WIDGET_VERSION } from './widget-version.js';
import type { SummaryDocument, SummaryField, SummaryInput, SummarySafety, SummarySection, SummaryTrigger } from './summary-document.js';

/**
 * Builds the doctor's summary (see summary-document.ts for its shape) from the answers, the safety
 * record and the result.
 */

/** Bank question ids the summary reads besides the clinical ones. */
const PERIOD_LENGTH = 'period-length';
const OTHER_TREATMENTS = 'other-treatments';
const HEALTH = 'health';

/** What the summary reads from one session: its answers (only those still shown) and its bank. */
interface Reading {
  bank: QuestionBank;
  answers: Answers;
  ui: WholeUiStrings;
  /** The session's `safety.raisedBy`: a follow-up a risk answer opened stays shown. */
  raised?: Answers;
}

/** A value of question `id` in words (the option ids themselves if this bank has no such option). */
function valueText(bank: QuestionBank, id: string, value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  const question = findQuestion(bank, templateIdOf(id));
  const text = question ? answerText(question, value).join(', ') : '';
  return text || chosenIds(value).join(', ');
}

function answerOf({ bank, answers }: Reading, id: string): string {
  const question = findQuestion(bank, templateIdOf(id));
  return question ? answerText(question, heldAnswer(answers, id)).join(', ') : '';
}

/** The same answer: the same option ids in any order, or the same text or number. */
function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  const ids = (value: AnswerValue) => [...chosenIds(value)].map((id) => id.trim()).sort().join('\u0000');
  return ids(a) === ids(b);
}

/**
 * One trigger: the answer that raised the level (`raisedBy`, else the answer now, for a record
 * kept from before `raisedBy` existed), then the answer now when it differs.
 */
function triggerOf(bank: QuestionBank, ui: WholeUiStrings, safety: Safety, answers: Answers, id: string): SummaryTrigger {
  const label = findQuestion(bank, templateIdOf(id))?.text ?? id;
  const now = heldAnswer(answers, id);
  const raisedValue = safety.raisedBy && Object.hasOwn(safety.raisedBy, id) ? safety.raisedBy[id] : now;
  const raised = valueText(bank, id, raisedValue);
  if (raisedValue === undefined || (now !== undefined && sameAnswer(raisedValue, now))) return { label, value: raised, raised };
  const current = valueText(bank, id, now);
  const value = current
    ? format(ui.summary.changedLater, { raised, current })
    : format(ui.summary.clearedLater, { raised });
  return { label, value, raised, current };
}

/** Question → answer for every answered question of a section, in the order they were asked. */
function sectionFields(reading: Reading, sectionId: SectionId): SummaryField[] {
  const { shortLabels } = reading.ui.summary;
  return visibleSteps(reading.bank, reading.answers, reading.raised)
    .filter((step) => step.sectionId === sectionId)
    .flatMap((step) => step.questions)
    .map((q) => ({ label: shortLabels[q.templateId] ?? q.text, value: answerOf(reading, q.id) }))
    .filter((field) => field.value);
}

function safetyOf(reading: Reading, safety: Safety, rawAnswers: Answers, region: RegionData): SummarySafety {
  const { bank, ui } = reading;
  // A trigger keeps its place, and names its raising answer, even if the answer was changed later.
  const triggers = safety.triggeredBy.map((id) => triggerOf(bank, ui, safety, rawAnswers, id));
  const asq = sectionFields(reading, 'safety').map((field, index) => `${index + 1}: ${field.value}`);
  return {
    level: safety.level,
    heading: ui.summary.safetyHeading,
    status: ui.summary.safetyStatus[safety.level],
    detail: ui.summary.safetyLevels[safety.level],
    triggersLabel: ui.summary.triggeredBy,
    triggers,
    fields: asq.length ? [{ label: ui.summary.asqAnswers, value: asq.join(' · ') }] : [],
    banner: safety.level === 'none' ? undefined : fillCrisisCopy(ui.banner, region),
  };
}

function phq9Section(reading: Reading): SummarySection | null {
  const { bank, answers, ui } = reading;
  if (!PHQ9_ITEMS.some((id) => answers[id] !== undefined)) return null;
  const score = scorePhq9(answers, bank);
  const itemScore = (id: string) => findQuestion(bank, id)?.options?.find((o) => o.id === answers[id])?.score;
  const item9 = PHQ9_ITEMS[8];
  const total =
    score.total === null || score.severity === null
      ? null
      : `${format(ui.summary.phq9Total, { total: score.total })} (${ui.summary.phq9Bands[score.severity]})`;
  return {
    id: 'phq9',
    heading: ui.summary.phq9Heading,
    lines: total ? [] : [ui.summary.phq9Incomplete],
    fields: [
      { label: ui.summary.phq9TotalLabel, value: total ?? '' },
      { label: ui.summary.item9, value: score.item9 === null ? '' : `${answerOf(reading, item9)} (${score.item9})` },
      { label: ui.summary.difficulty, value: answerOf(reading, PHQ9_DIFFICULTY) },
      { label: ui.summary.phq9Items, value: PHQ9_ITEMS.map((id) => itemScore(id) ?? '–').join(' ') },
    ].filter((field) => field.value),
  };
}

/** The PHQ-9's attribution, once, under a printout that shows its score (CLINICAL.md §3). */
function phq9Credit({ bank }: Reading): string[] {
  const first = findQuestion(bank, PHQ9_ITEMS[0]);
  return first?.verbatim && first.help ? [first.help] : [];
}

function medicineRow(ui: WholeUiStrings, trial: MedicationTrial): string[] {
  const s = ui.summary;
  return [
    trial.name,
    s.periods[trial.period],
    s.weeks[trial.weeks],
    s.yesNoUnsure[trial.fullDose],
    s.responses[trial.response],
    s.yesNoUnsure[trial.stoppedForSideEffects ? 'yes' : 'no'],
    s.adequate[trialStatus(trial)],
  ];
}

function medicinesSection(reading: Reading, result: ScreenerResult | null, content: LocaleContent): SummarySection | null {
  const { bank, answers, ui } = reading;
  if (answers[MEDS_TRIED] === undefined) return null;
  const trials = result?.medications ?? medicationTrials(bank, answers);
  const found = trdPattern(trials);
  const finding = findingOf(trials, result?.cautions ?? cautionsFor(answers, resultContentOf(content).cautions), found);
  const period = answerOf(reading, PERIOD_LENGTH);
  const c = ui.summary.columns;
  return {
    id: 'medicines',
    heading: ui.summary.medicinesHeading,
    fields: [
      ...(period ? [{ label: ui.summary.periodLength, value: period }] : []),
      ...(trials.length
        ? [
            { label: ui.summary.adequateCount, value: String(found.failedAdequate) },
            {
              label: ui.summary.patternLabel,
              value: [ui.summary.patterns[finding], ...softeningNotes(found, resultContentOf(content).resultCopy, content.locale)].join(' '),
            },
          ]
        : []),
    ],
    lines: trials.length ? [] : [ui.summary.noMedicines],
    table: trials.length
      ? {
          columns: [c.medicine, c.period, c.weeks, c.fullDose, c.response, c.sideEffects, c.adequate],
          rows: trials.map((trial) => medicineRow(ui, trial)),
        }
      : undefined,
  };
}

/** A section listing one answer's choices, or nothing when the question was not answered. */
function choicesSection(reading: Reading, id: 'other-treatments' | 'health', heading: string): SummarySection | null {
  const value = answerOf(reading, id);
  return value ? { id, heading, fields: [], lines: [value] } : null;
}

function preferencesSection(reading: Reading): SummarySection | null {
  const fields = sectionFields(reading, 'preferences');
  return fields.length ? { id: 'preferences', heading: reading.ui.summary.preferencesHeading, fields, lines: [] } : null;
}

function resourcesSection(ui: WholeUiStrings, region: RegionData): SummarySection {
  const lines = region.resources.map((r) => `${r.name} — ${r.links.map((link) => link.label).join(', ')}`);
  return { id: 'resources', heading: ui.summary.resourcesHeading, fields: [], lines, list: 'plain' };
}

export function summaryOf(input: SummaryInput): SummaryDocument {
  const { context, content, region, clinicName, privacyNote, now, personal = {} } = input;
  const ui = wholeUiOf(content);
  const raised = context.safety.raisedBy;
  const reading: Reading = { bank: context.bank, answers: pruneAnswers(context.bank, context.answers, raised), ui, raised };
  const phq9 = phq9Section(reading);
  const sections = [
    phq9,
    medicinesSection(reading, context.result, content),
    choicesSection(reading, OTHER_TREATMENTS, ui.summary.otherTreatmentsHeading),
    choicesSection(reading, HEALTH, ui.summary.cautionsHeading),
    preferencesSection(reading),
    ...optionSections(context.result, context.safety, content),
    resourcesSection(ui, region),
  ];
  return {
    lang: content.locale,
    title: ui.summary.title,
    selfReport: ui.summary.selfReport,
    privacy: privacySentence(ui, privacyNote),
    details: [
      { label: ui.summary.dateTime, value: now.toLocaleString(content.locale, { dateStyle: 'long', timeStyle: 'short' }) },
      ...(clinicName ? [{ label: ui.summary.clinic, value: clinicName }] : []),
      { label: ui.summary.name, value: personal.name?.trim() ?? '' },
      { label: ui.summary.birthDate, value: personal.birthDate?.trim() ?? '' },
    ],
    safety: safetyOf(reading, context.safety, context.answers, region),
    sections: sections.filter((section): section is SummarySection => section !== null),
    notesHeading: ui.summary.notesHeading,
    footer: [
      resultContentOf(content).resultCopy.notDiagnosis,
      `${format(ui.summary.widgetVersion, { version: WIDGET_VERSION })} · ${format(ui.summary.version, { version: context.bank.version })}`,
      ...(phq9 ? phq9Credit(reading) : []),
    ],
  };
}
