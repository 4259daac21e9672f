import type { Draft, DraftLanguage } from '../model/draft';
import { buildStory } from '../story/build-story';
import { SECURITIES_REPORT_TEMPLATE } from '../templates/securities-report.template';
import { businessParagraphs } from './business-paragraphs';
import type { DraftContext } from './draft-context';
import { openCloseSentences, riskSentences } from './evidence-sentences';
import {
  boardSentences,
  committeeSentences,
  oversightSentences,
  ownerSentence,
  planSentences,
} from './governance-sentences';
import { planInvestmentSentence, spendSentence, valuationSentences } from './money-sentences';
import { allocationSentence, companyKpiSentence, focusSentence } from './story-sentences';
import { strategySentences } from './strategy-sentences';
import { DraftWriter } from './writer';

/**
 * Securities-report sustainability items for IP under the four elements. ガバナンス and リスク管理 are mandatory
 * headings: they always carry the current state as entered (or a slot asking for it), never nothing.
 */
export function buildSecuritiesReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(SECURITIES_REPORT_TEMPLATE, lang, ctx.organization.fiscalYearEndMonth);
  const story = buildStory(ctx);
  const risks = [...riskSentences(ctx, w), ...planSentences(ctx, w, ['risk-management'])];
  const kpiIds = [
    ...new Set([...story.businesses.flatMap((b) => b.chains.flatMap((c) => c.kpiIds)), ...story.companyKpiIds]),
  ];
  const kpis = companyKpiSentence(ctx, w, kpiIds, 4, 'kpiHeadline');
  return {
    type: 'securities-report',
    language: lang,
    templateVersion: SECURITIES_REPORT_TEMPLATE.version,
    title: w.l(SECURITIES_REPORT_TEMPLATE.title),
    asOf: ctx.asOf,
    sections: [
      w.section('governance', [
        w.para(ownerSentence(ctx, w), ...committeeSentences(ctx, w)),
        w.para(...boardSentences(ctx, w), ...oversightSentences(ctx, w)),
      ]),
      w.section('strategy', [
        w.para(...strategySentences(ctx, w), focusSentence(ctx, w)),
        ...businessParagraphs(ctx, w, story, { maxBusinesses: 3, portfolio: true }),
        w.para(
          planInvestmentSentence(ctx, w),
          ...(ctx.facts.allocations ?? []).slice(0, 3).map((a) => allocationSentence(ctx, w, a)),
        ),
        w.para(...openCloseSentences(ctx, w, 2)),
      ]),
      w.section('risk-management', [w.para(...(risks.length > 0 ? risks : [w.gap('risks')]))]),
      w.section('metrics-targets', [
        w.para(kpis ?? w.gap('kpis')),
        w.para(spendSentence(ctx, w)),
        w.para(...valuationSentences(ctx, w, false)),
      ]),
    ],
    attachments: {},
  };
}
