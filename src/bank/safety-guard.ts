/**
 * The safety guard: a bank is refused unless its suicide-risk questions are present, always
 * asked and flagged, so that no custom bank can switch off the crisis escalation.
 * Flags may be stronger than required (an urgent flag where support is required), never weaker.
 */
import type { RiskLevel, SectionId } from './types.js';
import { isRecord, type Json, type Located, type Report } from './bank-errors.js';

interface SafetyRule {
  id: string;
  section: SectionId;
  level: RiskLevel;
  /** The options that must carry the flag; `null` means every option but `not-at-all`. */
  flagged: string[] | null;
}

const ASQ_SCREEN = ['asq-1', 'asq-2', 'asq-3', 'asq-4'];

const RULES: SafetyRule[] = [
  { id: 'phq9-9', section: 'feeling', level: 'support', flagged: null },
  ...ASQ_SCREEN.map((id): SafetyRule => ({ id, section: 'safety', level: 'support', flagged: ['yes', 'decline'] })),
  { id: 'asq-5', section: 'safety', level: 'urgent', flagged: ['yes', 'decline'] },
];

const LEVEL_RANK: Record<RiskLevel, number> = { support: 1, urgent: 2 };

function meetsLevel(risk: unknown, level: RiskLevel): boolean {
  return (risk === 'support' || risk === 'urgent') && LEVEL_RANK[risk] >= LEVEL_RANK[level];
}

/** asq-5 may only depend on "any of asq-1…asq-4 is not no": it must never be hidden otherwise. */
function isAsq5Condition(question: Json): boolean {
  const conditions = question.enableWhen;
  if (conditions === undefined) return true;
  if (!Array.isArray(conditions) || question.enableBehavior !== 'any') return false;
  const covered = conditions.filter(
    (c) => isRecord(c) && c.operator === '!=' && c.answer === 'no' && ASQ_SCREEN.includes(String(c.question)),
  );
  return covered.length === conditions.length && ASQ_SCREEN.every((id) => covered.some((c) => c.question === id));
}

function checkRule(rule: SafetyRule, found: Located | undefined, report: Report): void {
  const name = `Question "${rule.id}"`;
  if (!found) {
    report(`${name} is missing: the suicide-risk questions cannot be removed from a bank.`, rule.id);
    return;
  }
  const { sectionId, step, question } = found;
  if (sectionId !== rule.section) report(`${name} must be in the "${rule.section}" section.`, rule.id);
  if (question.type !== 'single') report(`${name} must be a single-choice question.`, rule.id);
  if (question.required !== true) report(`${name} must be required.`, rule.id);
  if (step.enableWhen !== undefined || step.repeatFor !== undefined)
    report(`${name} must always be shown: its step cannot have enableWhen or repeatFor.`, rule.id);
  if (rule.id === 'asq-5' ? !isAsq5Condition(question) : question.enableWhen !== undefined)
    report(
      rule.id === 'asq-5'
        ? `${name} must be asked whenever any of asq-1 to asq-4 is not "no".`
        : `${name} must always be asked: it cannot have enableWhen.`,
      rule.id,
    );
  const options = Array.isArray(question.options) ? question.options.filter(isRecord) : [];
  // Options without a usable id are reported by the validator; only named ones can be flagged.
  const ids = options.map((o) => o.id).filter((id): id is string => typeof id === 'string');
  const mustFlag = rule.flagged ?? ids.filter((id) => id !== 'not-at-all');
  for (const optionId of mustFlag) {
    const option = options.find((o) => o.id === optionId);
    if (!option) report(`${name} needs a "${optionId}" option with risk "${rule.level}".`, rule.id);
    else if (!meetsLevel(option.risk, rule.level))
      report(`${name}: option "${optionId}" must have risk "${rule.level}".`, rule.id);
  }
}

export function checkSafetyQuestions(questions: Located[], report: Report): void {
  for (const rule of RULES)
    checkRule(
      rule,
      questions.find((found) => found.question.id === rule.id),
      report,
    );
}
