/**
 * The safety guard: a bank is refused unless its suicide-risk questions are present, always
 * asked, asked in order and flagged, so that no custom bank can switch off the crisis escalation.
 * Flags may be stronger than required (an urgent flag where support is required), never weaker.
 * (`endsScreen`, the other way to end a screen before them, is refused outside the welcome
 * section by the validator.)
 */
import type { RiskLevel, SectionId } from './types.js';
import { isRecord, quote, type Json, type Located, type Report } from './bank-errors.js';
import { reaches } from './risk.js';

interface SafetyRule {
  id: string;
  section: SectionId;
  level: RiskLevel;
  /** The one answer that does not escalate: every other option must carry the flag. */
  unflagged: string;
  /** The options that must be there (flagged). */
  required: string[];
}

const ASQ_SCREEN = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];
const ASQ_ANSWERS = ['yes', 'decline'];

const RULES: SafetyRule[] = [
  {
    id: 'phq9-9',
    section: 'feeling',
    level: 'support',
    unflagged: 'not-at-all',
    required: ['several-days', 'more-than-half', 'nearly-every-day'],
  },
  ...ASQ_SCREEN.map((id): SafetyRule => ({ id, section: 'safety', level: 'support', unflagged: 'no', required: ASQ_ANSWERS })),
  { id: 'asq-5', section: 'safety', level: 'urgent', unflagged: 'no', required: ASQ_ANSWERS },
];

function meetsLevel(risk: unknown, level: RiskLevel): boolean {
  return (risk === 'support' || risk === 'urgent') && reaches(risk, level);
}

/** asq-5 may only depend on "any of asq-1…asq-4 is not no": it must never be hidden otherwise. */
function isAsq5Condition(question: Json): boolean {
  const conditions = question.enableWhen;
  if (conditions === undefined) return true;
  if (!Array.isArray(conditions) || question.enableBehavior !== 'any') return false;
  const covered = (conditions as unknown[]).filter(
    (c): c is Json => isRecord(c) && c.operator === '!=' && c.answer === 'no' && typeof c.question === 'string' && ASQ_SCREEN.includes(c.question),
  );
  return covered.length === conditions.length && ASQ_SCREEN.every((id) => covered.some((c) => c.question === id));
}

function checkShown(rule: SafetyRule, { step, question }: Located, report: Report): void {
  const name = `Question "${rule.id}"`;
  if (step.enableWhen !== undefined || step.repeatFor !== undefined)
    report(`${name} must always be shown: its step cannot have enableWhen or repeatFor.`, rule.id);
  if (rule.id === 'asq-5' ? !isAsq5Condition(question) : question.enableWhen !== undefined)
    report(
      rule.id === 'asq-5'
        ? `${name} must be asked whenever any of asq-1 to asq-4 is not "no".`
        : `${name} must always be asked: it cannot have enableWhen.`,
      rule.id,
    );
}

function checkFlags(rule: SafetyRule, question: Json, report: Report): void {
  const name = `Question "${rule.id}"`;
  const options = Array.isArray(question.options) ? question.options.filter(isRecord) : [];
  for (const optionId of rule.required)
    if (!options.some((o) => o.id === optionId)) report(`${name} needs a "${optionId}" option with risk "${rule.level}".`, rule.id);
  // Options without a usable id are reported by the validator; every other answer escalates.
  for (const option of options)
    if (typeof option.id === 'string' && option.id !== rule.unflagged && !meetsLevel(option.risk, rule.level))
      report(
        `${name}: option ${quote(option.id)} must have risk "${rule.level}". Every answer but "${rule.unflagged}" escalates.`,
        rule.id,
      );
}

function checkRule(rule: SafetyRule, found: Located | undefined, report: Report): void {
  const name = `Question "${rule.id}"`;
  if (!found) {
    report(`${name} is missing: the suicide-risk questions cannot be removed from a bank.`, rule.id);
    return;
  }
  if (found.sectionId !== rule.section) report(`${name} must be in the "${rule.section}" section.`, rule.id);
  if (found.question.type !== 'single') report(`${name} must be a single-choice question.`, rule.id);
  if (found.question.required !== true) report(`${name} must be required.`, rule.id);
  checkShown(rule, found, report);
  checkFlags(rule, found.question, report);
}

/** phq9-9 comes before the ASQ, and the ASQ is asked in its own order (asq-5 follows up 1–4). */
function checkOrder(questions: Located[], report: Report): void {
  let previous: { id: string; at: number } | undefined;
  for (const rule of RULES) {
    const at = questions.findIndex((found) => found.question.id === rule.id);
    if (at < 0) continue;
    if (previous && at < previous.at)
      report(`Question "${rule.id}" must come after question "${previous.id}" (PHQ-9 item 9, then asq-1 to asq-5 in order).`, rule.id);
    else previous = { id: rule.id, at };
  }
}

export function checkSafetyQuestions(questions: Located[], report: Report): void {
  for (const rule of RULES)
    checkRule(
      rule,
      questions.find((found) => found.question.id === rule.id),
      report,
    );
  checkOrder(questions, report);
}
