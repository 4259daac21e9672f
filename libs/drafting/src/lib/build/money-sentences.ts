import type { Run } from '../model/draft';
import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { ans, fact, profile, result } from './sentence';
import { planSentences } from './governance-sentences';
import { DraftWriter, formatUnit } from './writer';

/** A ratio (0.722) as a percentage with one decimal (72.2%). */
export function percentOf(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

/** Last year's spend from the answers; a missing amount becomes an inline slot. */
export function spendSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const sources = [profile('fiscalYearEndMonth')];
  const money = (id: string, slot: string): Run[] => {
    const v = ctx.number(id);
    if (v === undefined) return [w.slot(slot)];
    sources.push(ans(id));
    return [{ kind: 'text', text: w.money(v) }];
  };
  const period = ctx.periodLabel(w.lang);
  if (!ctx.applies('m5.ip-cost')) return w.say('spendRd', { period, rd: money('m0.rd-expense', 'rd') }, sources);
  const values = {
    period,
    rd: money('m0.rd-expense', 'rd'),
    ipCost: money('m5.ip-cost', 'ipCost'),
    brandData: money('m5.brand-data-investment', 'brandData'),
  };
  return w.say('spend', values, sources);
}

export function rdIntensitySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const ratio = ctx.result.quantification.rdIntensity.value;
  if (ratio === null) return null;
  const share = ctx.number('m5.new-business-rd-share');
  const pct = formatUnit(percentOf(ratio), 'percent', w.lang);
  const sources = [ans('m0.rd-expense'), ans('m0.revenue'), result('rdIntensity')];
  if (share === undefined && !ctx.applies('m5.new-business-rd-share'))
    return w.say('rdIntensityOnly', { ratio: pct }, sources);
  return w.say(
    'rdIntensity',
    { ratio: pct, newShare: share === undefined ? w.slot('newShare') : formatUnit(share, 'percent', w.lang) },
    share === undefined ? sources : [...sources, ans('m5.new-business-rd-share')],
  );
}

/**
 * The planned intangible investment of the mid-term plan. A plan without an amount gives no sentence and no
 * slot (the plan is named by the strategy sentence); no plan at all asks for one only when the answers say the
 * plan has targets or a budget.
 */
export function planInvestmentSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const plan = ctx.facts.midTermPlan;
  if (!plan) {
    const a = ctx.choice('m3.mid-term-plan');
    return a === 'targets' || a === 'targets-budget' ? w.gap('midTermPlan') : null;
  }
  if (plan.intangibleInvestment === undefined) return null;
  return w.say(
    'planInvestment',
    {
      plan: w.definite(plan.name),
      span: w.span(plan.fromFiscalYear, plan.toFiscalYear),
      amount: w.money(plan.intangibleInvestment),
    },
    [fact('midTermPlan.intangibleInvestment')],
  );
}

const MARKET_INPUTS = [ans('m0.market-cap'), ans('m0.book-equity'), profile('fiscalYearEndMonth')];

/**
 * The intangible share and PBR. Below book value (PBR < 1, a negative share) is a situation to explain, not
 * missing data: the PBR, TSE's 2023 request (Prime and Standard), and the company's own response if entered.
 */
export function valuationSentences(ctx: DraftContext, w: DraftWriter, withMethod = true): Sentence[] {
  const q = ctx.result.quantification;
  const period = ctx.periodLabel(w.lang);
  if (q.pbr.value !== null && q.pbr.value < 1) {
    const out: Sentence[] = [
      w.say('belowBook', { period, pbr: formatUnit(Math.round(q.pbr.value * 100) / 100, 'times', w.lang) }, [
        ...MARKET_INPUTS,
        result('pbr'),
      ]),
    ];
    const status = ctx.organization.listingStatus;
    if (status === 'prime' || status === 'standard')
      out.push(w.say('tseRequest', {}, [...MARKET_INPUTS, result('pbr'), profile('listingStatus')]));
    const plans = planSentences(ctx, w, ['strategy']);
    out.push(...(plans.length > 0 ? plans : [w.gap('pbrResponse')]));
    return out;
  }
  if (q.intangibleShare.value === null || q.pbr.value === null || q.intangibleShare.value <= 0) {
    return ctx.listed && ctx.applies('m0.market-cap') ? [w.gap('valuation')] : [];
  }
  const sources = [...MARKET_INPUTS, result('intangibleShare'), result('pbr')];
  const out = [
    w.say(
      'valuation',
      {
        period,
        share: formatUnit(percentOf(q.intangibleShare.value), 'percent', w.lang),
        pbr: formatUnit(Math.round(q.pbr.value * 100) / 100, 'times', w.lang),
      },
      sources,
    ),
  ];
  if (withMethod)
    out.push(
      w.say(q.intangibleShare.method === 'net-tangible-assets' ? 'valuationMethod' : 'valuationMethodProxy', {}, [
        ...MARKET_INPUTS,
        result('intangibleShare'),
      ]),
    );
  return out;
}
