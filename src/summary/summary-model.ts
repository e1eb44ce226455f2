import { fillCrisisCopy } from '../../questions/crisis.js';
import { answerText } from '../bank/answer-text.js';
import { findQuestion, stepsBySection } from '../bank/steps.js';
import { templateIdOf } from '../bank/risk.js';
import { explainResult } from '../clinical/explain.js';
import type { RegionData } from '../crisis/types.js';
import { format } from '../i18n/format.js';
import type { LocaleContent } from '../i18n/locale-content.js';
import type { ScreenerContext } from '../machine/types.js';

/** The printed summary as plain data: the same for paper, and easy to test. */

export interface SummaryItem {
  label?: string;
  text: string;
}

export interface SummaryBlock {
  heading: string;
  paragraphs: string[];
  items: SummaryItem[];
  /** Blocks under this one (the answers, by section). */
  parts?: SummaryBlock[];
}

export interface SummaryDocument {
  lang: string;
  title: string;
  subtitle: string[];
  /** The crisis banner, once the session has escalated. */
  banner?: string;
  blocks: SummaryBlock[];
  footer: string[];
}

export interface SummaryInput {
  context: ScreenerContext;
  content: LocaleContent;
  region: RegionData;
  clinicName?: string;
  now: Date;
}

const block = (heading: string, paragraphs: string[] = [], items: SummaryItem[] = []): SummaryBlock => ({
  heading,
  paragraphs,
  items,
});

function safetyBlock({ context, content }: SummaryInput): SummaryBlock {
  const { bank, answers, safety } = context;
  const triggers = safety.triggeredBy.map((id) => {
    const question = findQuestion(bank, templateIdOf(id));
    return { label: question?.text ?? id, text: question ? answerText(question, answers[id]).join(', ') : '' };
  });
  const { ui } = content;
  const paragraphs = [ui.summary.safetyLevels[safety.level], ...(triggers.length ? [ui.summary.triggeredBy] : [])];
  return block(ui.summary.safetyHeading, paragraphs, triggers);
}

function resultBlock({ context, content }: SummaryInput): SummaryBlock | null {
  const { result } = context;
  if (!result || context.safety.level === 'urgent') return null;
  const explanation = explainResult(result, content.resultCopy);
  const phq9 = result.phq9 ? [`${format(content.ui.result.phq9, { total: result.phq9.total })} ${explanation.phq9 ?? ''}`] : [];
  const options = result.options.map(({ id }) => ({ text: content.options.find((o) => o.id === id)?.title ?? id }));
  const topics = result.cautions.map((id) => content.cautions.find((c) => c.id === id)?.topic ?? id);
  const cautions = topics.length ? [{ label: content.ui.result.cautionsHeading, text: topics.join('; ') }] : [];
  return block(
    content.ui.summary.resultHeading,
    [...phq9, explanation.headline, ...explanation.pattern, content.resultCopy.orderNote],
    [...options, ...cautions],
  );
}

function answersBlock({ context, content }: SummaryInput): SummaryBlock {
  const { bank, answers } = context;
  const parts = stepsBySection(bank, answers)
    .map(({ title, steps }) =>
      block(
        title,
        [],
        steps
          .flatMap((s) => s.questions)
          .map((q) => ({ label: q.text, text: answerText(q, answers[q.id]).join(', ') }))
          .filter((item) => item.text),
      ),
    )
    .filter((b) => b.items.length);
  return { ...block(content.ui.summary.answersHeading), parts };
}

function resourcesBlock({ content, region }: SummaryInput): SummaryBlock {
  // On paper the description carries the numbers; only web addresses are added.
  const items = region.resources.map((r) => ({
    text: [`${r.name}.`, r.description, ...r.links.filter((l) => l.href.startsWith('https:')).map((l) => l.href)].join(' '),
  }));
  return block(content.ui.summary.resourcesHeading, [], items);
}

export function summaryOf(input: SummaryInput): SummaryDocument {
  const { context, content, region, clinicName, now } = input;
  const { ui } = content;
  const escalated = context.safety.level !== 'none';
  return {
    lang: content.locale,
    title: ui.summary.title,
    subtitle: [
      ...(clinicName ? [format(ui.summary.forClinic, { clinic: clinicName })] : []),
      format(ui.summary.date, { date: now.toLocaleDateString(content.locale, { dateStyle: 'long' }) }),
    ],
    banner: escalated ? fillCrisisCopy(ui.banner, region) : undefined,
    blocks: [
      safetyBlock(input),
      ...[resultBlock(input)].filter((b): b is SummaryBlock => !!b),
      answersBlock(input),
      resourcesBlock(input),
    ],
    footer: [content.resultCopy.notDiagnosis, format(ui.summary.version, { version: context.bank.version })],
  };
}
