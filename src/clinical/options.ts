/**
 * Orders the treatment options to discuss, best fit first, and says why each sits where it does.
 * The pattern decides which options lead; preferences decide the rest; a label contraindication
 * moves an option last. No option is ever dropped except by the clinic's own `allowed` list,
 * and none is returned when the safety level is urgent.
 */
import type { Answers, SafetyLevel } from '../bank/types.js';
import { cautionsFor, cautionsForOption, contraindicationsFor } from './cautions.js';
import type { OptionId, RankingContent, TreatmentOption } from './contentTypes.js';
import { preferenceFit, readPreferences, type PreferenceFit, type ReasonRef } from './fit.js';
import { format } from '../i18n/format.js';
import type { Pattern } from './types.js';

export const OTHER_TREATMENTS = 'other-treatments';
/** Among the off-label ketamine options, the order of their evidence: IV, then IM, then oral. */
const KETAMINE_ORDER: readonly OptionId[] = ['ketamine-iv', 'ketamine-im', 'ketamine-oral'];
const WEAKEST: OptionId = 'ketamine-oral';

export interface RankInput {
  pattern: Pattern;
  /** The TRD pattern is worded "may match" (see `findingOf`): the esketamine card says so too. */
  mayMatch?: boolean;
  answers: Answers;
  safetyLevel: SafetyLevel;
  /** The clinic's restriction: only these option ids are returned (order unchanged). */
  allowed?: readonly string[];
  /** Option, caution and reason content in the result's language. */
  content: RankingContent;
}

export interface RankedOption {
  id: OptionId;
  reasons: string[];
}

interface Assessed {
  option: TreatmentOption;
  index: number;
  fit: PreferenceFit;
}

/** The groups that lead, per pattern, placed one after another with the best fit first inside each. */
function tiersFor(pattern: Pattern, fitting: Assessed[]): OptionId[][] {
  if (pattern === 'trd-pattern') {
    const esketamineFits = fitting.some((a) => a.option.id === 'esketamine-nasal' && a.fit.clashes === 0);
    return esketamineFits ? [['esketamine-nasal']] : [];
  }
  // Esketamine is a ketamine medicine: before the TRD pattern it follows with the ketamine
  // options ("usually after two medicines"), ahead of them as the one FDA-approved for depression.
  const tms: OptionId[][] = pattern === 'one-adequate-trial' ? [['tms']] : [];
  return [['medication-change', 'psychotherapy'], ...tms, ['tms', 'ect'], ['esketamine-nasal', ...KETAMINE_ORDER]];
}

/** Greater fit first; at equal fit, approved, cleared or standard care before off-label; then data order. */
function better(a: Assessed, b: Assessed): number {
  const offLabel = (x: Assessed) => (x.option.approval === 'off-label' ? 1 : 0);
  return b.fit.score - a.fit.score || offLabel(a) - offLabel(b) || a.index - b.index;
}

/**
 * An option's turn comes only after the ketamine options listed before it, and oral ketamine's
 * only after every other option that fits (it has the weakest evidence).
 */
function turnHasCome(candidate: Assessed, remaining: Assessed[]): boolean {
  const id = candidate.option.id;
  const earlierKetamine = KETAMINE_ORDER.slice(0, Math.max(0, KETAMINE_ORDER.indexOf(id)));
  if (remaining.some((r) => earlierKetamine.includes(r.option.id))) return false;
  return id !== WEAKEST || !remaining.some((r) => r !== candidate && r.fit.clashes === 0);
}

function orderGroup(group: Assessed[]): Assessed[] {
  const ordered: Assessed[] = [];
  let remaining = group;
  while (remaining.length > 0) {
    // Some option's turn has always come: the first ketamine option left, or any other option.
    const next = remaining.filter((r) => turnHasCome(r, remaining)).sort(better)[0];
    ordered.push(next);
    remaining = remaining.filter((r) => r !== next);
  }
  return ordered;
}

/** Why the pattern puts the option where it is. */
function placementReasons(option: TreatmentOption, input: RankInput): ReasonRef[] {
  const { pattern, safetyLevel } = input;
  const id = option.id;
  const trd = pattern === 'trd-pattern';
  const refs: ReasonRef[] = [];
  const add = (when: boolean, reason: ReasonRef['id']) => {
    if (when) refs.push({ id: reason });
  };
  add(trd && id === 'esketamine-nasal', input.mayMatch ? 'trdApprovedMayMatch' : 'trdApproved');
  add(id === 'medication-change' || id === 'psychotherapy', 'usualNextStep');
  add(!trd && (id === 'esketamine-nasal' || KETAMINE_ORDER.includes(id)), 'afterTwoMedicines');
  add((trd || pattern === 'one-adequate-trial') && id === 'tms', 'tmsAfterOne');
  add(id === 'ect', 'ectSevere');
  add(option.approval === 'off-label', 'offLabel');
  add(id === WEAKEST, 'weakEvidence');
  add(id === WEAKEST, 'fdaWarning');
  add(safetyLevel === 'support' && id === 'esketamine-nasal', 'supportApproval');
  return refs;
}

export function rankOptions(input: RankInput): RankedOption[] {
  if (input.safetyLevel === 'urgent') return [];
  const { pattern, answers } = input;
  const { content } = input;
  const cautionIds = cautionsFor(answers, content.cautions);
  const prefs = readPreferences(answers);
  const tried = answers[OTHER_TREATMENTS];
  const say = ({ id, values }: ReasonRef) =>
    format(content.reasons.sentences[id], {
      ...(values?.route ? { route: content.reasons.routes[values.route] } : {}),
      ...(values?.topic ? { topic: values.topic } : {}),
    });

  const assessed = content.options.map((option, index) => ({ option, index, fit: preferenceFit(option, prefs) }));
  const blocked = (a: Assessed) => contraindicationsFor(a.option.id, cautionIds, content.cautions).length > 0;
  const fitting = assessed.filter((a) => !blocked(a));
  const placed = new Set<OptionId>();
  const ordered: Assessed[] = [];
  // The pattern's leading groups, then every option not yet placed; contraindicated ones last.
  for (const tier of [...tiersFor(pattern, fitting), content.options.map((o) => o.id)]) {
    const group = fitting.filter((a) => tier.includes(a.option.id) && !placed.has(a.option.id));
    for (const a of orderGroup(group)) {
      placed.add(a.option.id);
      ordered.push(a);
    }
  }
  ordered.push(...assessed.filter(blocked));

  return ordered
    .filter((a) => !input.allowed || input.allowed.includes(a.option.id))
    .map(({ option, fit }) => {
      const contraindications = contraindicationsFor(option.id, cautionIds, content.cautions);
      const notes = cautionsForOption(option.id, cautionIds, content.cautions).filter((c) => !contraindications.includes(c));
      const triedBefore = Array.isArray(tried) && option.triedAs !== undefined && tried.includes(option.triedAs);
      const refs: ReasonRef[] = [
        ...placementReasons(option, input),
        ...contraindications.map((c): ReasonRef => ({ id: 'contraindicated', values: { topic: c.topic } })),
        ...fit.reasons,
        ...(triedBefore ? [{ id: 'triedBefore' } as const] : []),
        ...notes.map((c): ReasonRef => ({ id: 'cautionNote', values: { topic: c.topic } })),
      ];
      return { id: option.id, reasons: [...new Set(refs.map(say))] };
    });
}
