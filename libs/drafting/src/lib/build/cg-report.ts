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
import type { Sentence } from './blocks';
import { namedIntangibles, segmentList } from './common-sentences';
import type { DraftContext } from './draft-context';
import { DraftWriter } from './writer';

/** Segments the portfolio strategy grows; all segments when no portfolio is given. */
export function focusSegmentIds(ctx: DraftContext): readonly string[] | undefined {
  const growth = (ctx.facts.portfolio ?? []).filter((f) => f.toBe === 'growth').map((f) => f.segmentId);
  return growth.length > 0 ? growth : undefined;
}

function strategySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m3.strategy-integration');
  const plan = ctx.facts.midTermPlan;
  const segments = segmentList(ctx, w, focusSegmentIds(ctx));
  if (level === undefined || !plan || !segments) return [w.slot('strategy')];
  if (level < 3) return null;
  return w.phrase('strategy', { plan: w.l(plan.name), segments });
}

function assetsSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const named = namedIntangibles(ctx, w, 'assetWithSegment', 4);
  return named ? w.phrase('assets', { assets: named }) : [w.slot('assets')];
}

function skillMatrixSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const v = ctx.choice('m6.skill-matrix');
  if (v === undefined) return [w.slot('skillMatrix')];
  if (v === 'ip') return w.phrase('skillMatrixIp');
  if (v === 'technology') return w.phrase('skillMatrixTech');
  return null;
}

function oversightSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const level = ctx.level('m6.board-oversight');
  if (level === undefined) return [w.slot('oversight')];
  if (level < 3) return null;
  const committee = ctx.facts.governance?.committee;
  return committee ? w.phrase('oversight', { committee: w.l(committee.name) }) : w.phrase('oversightNoCommittee');
}

function orSlot(w: DraftWriter, sentences: readonly Sentence[], slot: string): Sentence[] {
  return sentences.length > 0 ? [...sentences] : [[w.slot(slot)]];
}

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
