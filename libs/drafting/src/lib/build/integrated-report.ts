import type { Draft, DraftLanguage, Paragraph } from '../model/draft';
import { INTEGRATED_REPORT_TEMPLATE } from '../templates/integrated-report.template';
import {
  allocationSentences,
  benchmarkSentences,
  boardSentences,
  chainSentences,
  committeeSentence,
  dialogueSentences,
  kpiSentences,
  openCloseSentences,
  ownerSentence,
  planInvestmentSentence,
  portfolioSentences,
  rdIntensitySentence,
  spendSentence,
  valuationSentences,
} from './blocks';
import type { Sentence } from './blocks';
import { assetsSentence, orSlot, oversightSentence, skillMatrixSentence, strategySentence, visionSentence } from './common-sentences';
import type { DraftContext } from './draft-context';
import { buildValueCreationDiagram } from './value-creation-diagram';
import { DraftWriter, joinList } from './writer';

function materialIssuesSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const issues = ctx.facts.materialIssues ?? [];
  const level = ctx.level('m3.material-issues');
  if (issues.length === 0) return (level === undefined && ctx.applies('m3.material-issues')) || (level ?? 0) >= 1 ? [w.slot('materialIssues')] : null;
  const list = joinList(issues.map((i) => w.l(i)), w.lang);
  return (level ?? 0) >= 3 ? w.phrase('materialIssuesMapped', { issues: list }) : w.phrase('materialIssues', { issues: list });
}

function gated(ctx: DraftContext, w: DraftWriter, questionId: string, phrase: string): Sentence | null {
  const level = ctx.level(questionId);
  return level !== undefined && level >= 3 ? w.phrase(phrase) : null;
}

/** Integrated-report IP section under the six top-level headings of the Value Co-creation Guidance 2.0. */
export function buildIntegratedReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(INTEGRATED_REPORT_TEMPLATE, lang);
  const chains = chainSentences(ctx, w);
  const s = (id: string, ...ps: (Paragraph | null)[]) => w.section(id, ps);
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
        w.para(strategySentence(ctx, w), ...orSlot(w, portfolioSentences(ctx, w), 'portfolio')),
        w.para(assetsSentence(ctx, w)),
        ...(chains.length > 0 ? chains.map((c) => w.para(c)) : [w.slotPara('chains')]),
      ),
      s(
        'execution',
        w.para(spendSentence(ctx, w), rdIntensitySentence(ctx, w)),
        w.para(planInvestmentSentence(ctx, w) ?? [w.slot('midTermPlan')], ...orSlot(w, allocationSentences(ctx, w), 'allocations')),
        w.para(...orSlot(w, benchmarkSentences(ctx, w), 'benchmarks')),
        w.para(...orSlot(w, openCloseSentences(ctx, w), 'openClose')),
      ),
      s('outcomes', w.para(...orSlot(w, kpiSentences(ctx, w), 'kpis')), w.para(...(valuationSentences(ctx, w) ?? [[w.slot('valuation')]]))),
      s(
        'governance',
        w.para(ownerSentence(ctx, w), committeeSentence(ctx, w), gated(ctx, w, 'm6.ip-head-in-strategy', 'ipHeadInStrategy')),
        w.para(...boardSentences(ctx, w), skillMatrixSentence(ctx, w), oversightSentence(ctx, w)),
      ),
      s('dialogue', w.para(...orSlot(w, dialogueSentences(ctx, w), 'dialogue'), gated(ctx, w, 'm8.feedback-loop', 'feedbackLoop'))),
    ],
    attachments: { valueCreationDiagram: buildValueCreationDiagram(ctx, lang) },
  };
}
