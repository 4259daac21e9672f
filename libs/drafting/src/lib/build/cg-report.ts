import type { Draft, DraftLanguage } from '../model/draft';
import { buildStory } from '../story/build-story';
import { CG_REPORT_TEMPLATE } from '../templates/cg-report.template';
import { businessParagraphs } from './business-paragraphs';
import type { DraftContext } from './draft-context';
import { benchmarkSentences, openCloseSentences } from './evidence-sentences';
import {
  boardSentences,
  committeeSentences,
  oversightSentences,
  ownerSentence,
  skillMatrixSentence,
} from './governance-sentences';
import { planInvestmentSentence, spendSentence, valuationSentences } from './money-sentences';
import { fact } from './sentence';
import { allocationSentence, companyKpiSentence, focusSentence } from './story-sentences';
import { assetsSentence, strategySentences } from './strategy-sentences';
import { DraftWriter } from './writer';

/**
 * CG report entries as real reports head them: 3-1③ as one entry (sustainability, human capital and IP, the
 * IP part written from the story, the rest pointed to by the URL of the fuller disclosure) and 4-2②.
 */
export function buildCgReportDraft(ctx: DraftContext, lang: DraftLanguage): Draft {
  const w = new DraftWriter(CG_REPORT_TEMPLATE, lang, ctx.organization.fiscalYearEndMonth);
  const story = buildStory(ctx);
  const url = ctx.facts.disclosureUrl;
  const largest = [...(ctx.facts.allocations ?? [])].sort((a, b) => b.amount - a.amount).slice(0, 2);
  const allKpis = (ctx.facts.kpis ?? []).map((k) => k.id);
  return {
    type: 'cg-report',
    language: lang,
    templateVersion: CG_REPORT_TEMPLATE.version,
    title: w.l(CG_REPORT_TEMPLATE.title),
    asOf: ctx.asOf,
    sections: [
      w.section('sp-3-1-3', [
        w.para(url ? w.say('fullerDisclosure', { url }, [fact('disclosureUrl')]) : w.gap('disclosureUrl')),
        w.para(...strategySentences(ctx, w), focusSentence(ctx, w), planInvestmentSentence(ctx, w)),
        w.para(assetsSentence(ctx, w)),
        ...businessParagraphs(ctx, w, story, { maxBusinesses: 2 }),
        w.para(spendSentence(ctx, w), ...largest.map((a) => allocationSentence(ctx, w, a))),
        w.para(
          companyKpiSentence(ctx, w, allKpis, 2, 'kpiHeadline') ?? w.gap('kpis'),
          ...benchmarkSentences(ctx, w, 1),
          ...openCloseSentences(ctx, w, 1),
        ),
        w.para(...valuationSentences(ctx, w, false)),
      ]),
      w.section('sp-4-2-2', [
        w.para(ownerSentence(ctx, w), ...committeeSentences(ctx, w)),
        w.para(...boardSentences(ctx, w), skillMatrixSentence(ctx, w)),
        w.para(...oversightSentences(ctx, w)),
      ]),
    ],
    attachments: {},
  };
}
