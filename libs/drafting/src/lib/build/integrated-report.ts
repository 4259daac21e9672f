import type { Draft, DraftLanguage, Paragraph } from '../model/draft';
import { buildStory } from '../story/build-story';
import { INTEGRATED_REPORT_TEMPLATE } from '../templates/integrated-report.template';
import { businessParagraphs } from './business-paragraphs';
import type { DraftContext } from './draft-context';
import { benchmarkSentences, dialogueSentences, openCloseSentences } from './evidence-sentences';
import {
  boardSentences,
  committeeSentences,
  feedbackSentence,
  ipHeadSentence,
  oversightSentences,
  ownerSentence,
  skillMatrixSentence,
} from './governance-sentences';
import { planInvestmentSentence, rdIntensitySentence, spendSentence, valuationSentences } from './money-sentences';
import type { Sentence } from './sentence';
import { ans, fact } from './sentence';
import { allocationSentence, businessKpiSentence, companyKpiSentence, focusSentence } from './story-sentences';
import { assetsSentence, strategySentences, visionSentence } from './strategy-sentences';
import { buildValueCreationDiagram } from './value-creation-diagram';
import { DraftWriter, joinList } from './writer';

function materialIssuesSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const issues = ctx.facts.materialIssues ?? [];
  const level = ctx.level('m3.material-issues');
  if (issues.length === 0)
    return (level === undefined && ctx.applies('m3.material-issues')) || (level ?? 0) >= 1
      ? w.gap('materialIssues')
      : null;
  const list = joinList(
    issues.map((i) => w.l(i)),
    w.lang,
  );
  if ((level ?? 0) >= 3)
    return w.say('materialIssuesMapped', { issues: list }, [fact('materialIssues'), ans('m3.material-issues')]);
  return w.say('materialIssues', { issues: list }, [fact('materialIssues')]);
}

/** Integrated-report IP section under the six top-level headings of the Value Co-creation Guidance 2.0, told business by business. */
export function buildIntegratedReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(INTEGRATED_REPORT_TEMPLATE, lang, ctx.organization.fiscalYearEndMonth);
  const story = buildStory(ctx);
  const s = (id: string, ...ps: (Paragraph | null)[]) => w.section(id, ps);
  const withChains = story.businesses.filter((b) => b.chains.length > 0);
  const kpiSentences = [
    ...withChains.map((b) => businessKpiSentence(ctx, w, b.segmentId, [...new Set(b.chains.flatMap((c) => c.kpiIds))])),
    companyKpiSentence(ctx, w, story.companyKpiIds),
  ].filter((x): x is Sentence => x !== null);
  const allocations = ctx.facts.allocations ?? [];
  const benchmarks = benchmarkSentences(ctx, w);
  // "Never" or "more than 2 years ago" is an answer: no comparison results to ask for.
  const compared = !['never', 'over-2y'].includes(ctx.choice('m2.competitor-comparison') ?? '');
  return {
    type: 'integrated-report',
    language: lang,
    templateVersion: INTEGRATED_REPORT_TEMPLATE.version,
    title: w.l(INTEGRATED_REPORT_TEMPLATE.title),
    asOf: ctx.asOf,
    sections: [
      s('values', w.para(visionSentence(ctx, w), materialIssuesSentence(ctx, w))),
      s(
        'long-term-strategy',
        w.para(...strategySentences(ctx, w), focusSentence(ctx, w)),
        w.para(assetsSentence(ctx, w)),
        ...businessParagraphs(ctx, w, story, { maxBusinesses: 4, portfolio: true }),
      ),
      s(
        'execution',
        w.para(spendSentence(ctx, w), rdIntensitySentence(ctx, w)),
        w.para(
          planInvestmentSentence(ctx, w),
          ...(allocations.length > 0
            ? allocations.slice(0, 4).map((a) => allocationSentence(ctx, w, a))
            : [w.gap('allocations')]),
        ),
        w.para(...(benchmarks.length > 0 ? benchmarks : compared ? [w.gap('benchmarks')] : [])),
        w.para(...openCloseSentences(ctx, w, 2)),
      ),
      s(
        'outcomes',
        w.para(...(kpiSentences.length > 0 ? kpiSentences : [w.gap('kpis')])),
        w.para(...valuationSentences(ctx, w)),
      ),
      s(
        'governance',
        w.para(ownerSentence(ctx, w), ...committeeSentences(ctx, w), ipHeadSentence(ctx, w)),
        w.para(...boardSentences(ctx, w), skillMatrixSentence(ctx, w), ...oversightSentences(ctx, w)),
      ),
      s(
        'dialogue',
        w.para(
          ...(dialogueSentences(ctx, w, 2).length > 0 ? dialogueSentences(ctx, w, 2) : [w.gap('dialogue')]),
          feedbackSentence(ctx, w),
        ),
      ),
    ],
    attachments: { valueCreationDiagram: buildValueCreationDiagram(ctx, lang) },
  };
}
