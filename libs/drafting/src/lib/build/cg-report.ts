import type { Draft, DraftLanguage, Paragraph } from '../model/draft';
import { CG_REPORT_TEMPLATE } from '../templates/cg-report.template';
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
  spendSentence,
  valuationSentences,
} from './blocks';
import { assetsSentence, orSlot, oversightSentence, skillMatrixSentence, strategySentence } from './common-sentences';
import type { DraftContext } from './draft-context';
import { DraftWriter } from './writer';

/** CG report text for 3-1③ (IP investment) and 4-2② (board supervision): concise, fact by fact. */
export function buildCgReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(CG_REPORT_TEMPLATE, lang);
  const p313: (Paragraph | null)[] = [
    w.para(strategySentence(ctx, w), ...portfolioSentences(ctx, w, 1)),
    w.para(assetsSentence(ctx, w), ...orSlot(w, chainSentences(ctx, w, 1), 'chains')),
    w.para(spendSentence(ctx, w), planInvestmentSentence(ctx, w) ?? [w.slot('midTermPlan')], ...orSlot(w, allocationSentences(ctx, w, 1), 'allocations')),
    w.para(...orSlot(w, kpiSentences(ctx, w, 2), 'kpis')),
    w.para(...orSlot(w, benchmarkSentences(ctx, w, 1), 'benchmarks'), ...orSlot(w, openCloseSentences(ctx, w, 2), 'openClose')),
    w.para(...(valuationSentences(ctx, w)?.slice(0, 1) ?? [[w.slot('valuation')]]), ...orSlot(w, dialogueSentences(ctx, w, 1), 'dialogue')),
  ];
  const p422: (Paragraph | null)[] = [
    w.para(ownerSentence(ctx, w), committeeSentence(ctx, w)),
    w.para(...boardSentences(ctx, w), skillMatrixSentence(ctx, w)),
    w.para(oversightSentence(ctx, w)),
  ];
  return {
    type: 'cg-report',
    language: lang,
    templateVersion: CG_REPORT_TEMPLATE.version,
    title: w.l(CG_REPORT_TEMPLATE.title),
    asOf: ctx.asOf,
    sections: [w.section('sp-3-1-3', p313), w.section('sp-4-2-2', p422)],
    attachments: {},
  };
}
