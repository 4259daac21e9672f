import type { Draft, DraftLanguage } from '../model/draft';
import { FREQUENCY_LABELS } from '../templates/common.template';
import { SECURITIES_REPORT_TEMPLATE } from '../templates/securities-report.template';
import {
  allocationSentences,
  boardSentences,
  chainSentences,
  committeeSentence,
  kpiSentences,
  openCloseSentences,
  ownerSentence,
  planInvestmentSentence,
  portfolioSentences,
  spendSentence,
  valuationSentences,
} from './blocks';
import type { Sentence } from './blocks';
import { orSlot, oversightSentence, strategySentence } from './common-sentences';
import type { DraftContext } from './draft-context';
import { DraftWriter } from './writer';

function riskProcessSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const c = ctx.facts.governance?.committee;
  if (c) return w.phrase('riskProcess', { committee: w.l(c.name), frequency: w.l(FREQUENCY_LABELS[c.frequency]) });
  return ctx.choice('m6.board-committee') === undefined ? [w.slot('riskProcess')] : null;
}

function riskSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const out: Sentence[] = (ctx.facts.risks ?? []).map((r) => w.phrase('risk', { risk: w.l(r.risk), response: w.l(r.response) }));
  const fto = ctx.level('m2.freedom-to-operate');
  if (fto !== undefined && fto >= 3 && !(ctx.facts.risks ?? []).some((r) => r.id === 'infringement')) out.push(w.phrase('fto'));
  const secrets = ctx.level('m4.secret-management');
  if (secrets !== undefined && secrets >= 3 && !(ctx.facts.risks ?? []).some((r) => r.id === 'know-how-leak')) out.push(w.phrase('secrets'));
  return out;
}

/** Securities-report sustainability items for IP: governance, strategy, risk management, metrics and targets. */
export function buildSecuritiesReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(SECURITIES_REPORT_TEMPLATE, lang);
  return {
    type: 'securities-report',
    language: lang,
    templateVersion: SECURITIES_REPORT_TEMPLATE.version,
    title: w.l(SECURITIES_REPORT_TEMPLATE.title),
    asOf: ctx.asOf,
    sections: [
      w.section('governance', [
        w.para(ownerSentence(ctx, w), committeeSentence(ctx, w)),
        w.para(...boardSentences(ctx, w), oversightSentence(ctx, w)),
      ]),
      w.section('strategy', [
        w.para(strategySentence(ctx, w), ...orSlot(w, portfolioSentences(ctx, w, 1), 'portfolio')),
        w.para(...orSlot(w, chainSentences(ctx, w, 2), 'chains')),
        w.para(planInvestmentSentence(ctx, w) ?? [w.slot('midTermPlan')], ...orSlot(w, allocationSentences(ctx, w, 2), 'allocations')),
        w.para(...orSlot(w, openCloseSentences(ctx, w, 2), 'openClose')),
      ]),
      w.section('risk-management', [w.para(riskProcessSentence(ctx, w)), w.para(...orSlot(w, riskSentences(ctx, w), 'risks'))]),
      w.section('metrics-targets', [
        w.para(...orSlot(w, kpiSentences(ctx, w), 'kpis')),
        w.para(spendSentence(ctx, w)),
        w.para(...(valuationSentences(ctx, w)?.slice(0, 1) ?? [[w.slot('valuation')]])),
      ]),
    ],
    attachments: {},
  };
}
