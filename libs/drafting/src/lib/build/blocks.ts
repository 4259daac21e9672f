import type { AllocationFact, KpiFact } from '../model/company-facts';
import type { Run } from '../model/draft';
import {
  ALLOCATION_AREA_LABELS,
  DIALOGUE_KIND_LABELS,
  FREQUENCY_LABELS,
  PORTFOLIO_ROLE_LABELS,
  STANCE_LABELS,
} from '../templates/common.template';
import type { DraftContext } from './draft-context';
import { DraftWriter, formatFiscalYear, formatMoney, formatMonth, formatNumber, formatUnit, joinList } from './writer';

/** One sentence as runs. */
export type Sentence = Run[];

/** A ratio (0.722) as a percentage with one decimal (72.2%). */
export function percentOf(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

function fy(w: DraftWriter, year: number): string {
  return formatFiscalYear(year, w.lang);
}

function scopeOf(ctx: DraftContext, w: DraftWriter, segmentId: string | undefined): Sentence | string {
  const name = ctx.segmentName(segmentId, w.lang);
  return name ? w.phrase('kpiScope', { segment: name }) : '';
}

/** Causal chains with a known segment and intangible; none when the facts lack them. */
export function chainSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  for (const c of ctx.facts.valueChains ?? []) {
    const segment = ctx.segmentName(c.segmentId, w.lang);
    const intangible = ctx.intangible(c.intangibleId);
    if (!segment || !intangible) continue;
    const evidence = c.evidence
      ? w.phrase('chainEvidence', {
          label: w.l(c.evidence.label),
          value: formatUnit(c.evidence.value, c.evidence.unit, w.lang),
          fy: fy(w, c.evidence.fiscalYear),
        })
      : '';
    out.push(
      w.phrase('chain', {
        segment,
        intangible: w.l(intangible.name),
        advantage: w.l(c.advantage),
        customerValue: w.l(c.customerValue),
        financialResult: w.l(c.financialResult),
        evidence,
      }),
    );
    if (out.length >= limit) break;
  }
  return out;
}

/** Last year's spend from the answers; a missing amount becomes an inline slot. */
export function spendSentence(ctx: DraftContext, w: DraftWriter): Sentence {
  const money = (id: string, slot: string): string | Run => {
    const v = ctx.number(id);
    return v === undefined ? w.slot(slot) : formatMoney(v, w.lang);
  };
  const fill = (v: string | Run): string | Run[] => (typeof v === 'string' ? v : [v]);
  if (!ctx.applies('m5.ip-cost')) return w.phrase('spendRd', { period: ctx.periodLabel(w.lang), rd: fill(money('m0.rd-expense', 'rd')) });
  return w.phrase('spend', {
    period: ctx.periodLabel(w.lang),
    rd: fill(money('m0.rd-expense', 'rd')),
    ipCost: fill(money('m5.ip-cost', 'ipCost')),
    brandData: fill(money('m5.brand-data-investment', 'brandData')),
  });
}

export function rdIntensitySentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const ratio = ctx.result.quantification.rdIntensity.value;
  if (ratio === null) return null;
  const share = ctx.number('m5.new-business-rd-share');
  const pct = formatUnit(percentOf(ratio), 'percent', w.lang);
  if (share === undefined && !ctx.applies('m5.new-business-rd-share')) return w.phrase('rdIntensityOnly', { ratio: pct });
  return w.phrase('rdIntensity', { ratio: pct, newShare: share === undefined ? w.slot('newShare') : formatUnit(share, 'percent', w.lang) });
}

export function planInvestmentSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const plan = ctx.facts.midTermPlan;
  if (!plan || plan.intangibleInvestment === undefined) return null;
  return w.phrase('planInvestment', {
    plan: w.l(plan.name),
    from: fy(w, plan.fromFiscalYear),
    to: fy(w, plan.toFiscalYear),
    amount: formatMoney(plan.intangibleInvestment, w.lang),
  });
}

export function allocationSentence(ctx: DraftContext, w: DraftWriter, a: AllocationFact): Sentence {
  const segment = ctx.segmentName(a.segmentId, w.lang);
  const values = {
    from: fy(w, a.fromFiscalYear),
    to: fy(w, a.toFiscalYear),
    area: w.l(ALLOCATION_AREA_LABELS[a.area]),
    amount: formatMoney(a.amount, w.lang),
    purpose: w.l(a.purpose),
  };
  return segment ? w.phrase('allocation', { ...values, segment }) : w.phrase('allocationCompany', values);
}

export function allocationSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  return (ctx.facts.allocations ?? []).slice(0, limit).map((a) => allocationSentence(ctx, w, a));
}

export function kpiSentence(ctx: DraftContext, w: DraftWriter, k: KpiFact): Sentence | null {
  const kpi = w.l(k.name);
  const scope = scopeOf(ctx, w, k.segmentId);
  const value = (v: number): string => formatUnit(v, k.unit, w.lang);
  if (k.target && k.actual) {
    const baseline = k.baseline
      ? w.phrase('kpiBaseline', { baseline: value(k.baseline.value), baselineFy: fy(w, k.baseline.fiscalYear) })
      : '';
    return w.phrase('kpiTarget', {
      kpi,
      scope,
      target: value(k.target.value),
      targetFy: fy(w, k.target.fiscalYear),
      actual: value(k.actual.value),
      actualFy: fy(w, k.actual.fiscalYear),
      baseline,
    });
  }
  if (k.target) return w.phrase('kpiTargetOnly', { kpi, scope, target: value(k.target.value), targetFy: fy(w, k.target.fiscalYear) });
  if (k.actual) return w.phrase('kpiActualOnly', { kpi, scope, actual: value(k.actual.value), actualFy: fy(w, k.actual.fiscalYear) });
  return null;
}

/** Quality and outcome KPIs first: they say more than counts. */
export function kpiSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const order = { outcome: 0, quality: 1, count: 2 } as const;
  return [...ctx.kpis()]
    .map((k, i) => ({ k, i }))
    .sort((a, b) => order[a.k.kind] - order[b.k.kind] || a.i - b.i)
    .map(({ k }) => kpiSentence(ctx, w, k))
    .filter((s): s is Sentence => s !== null)
    .slice(0, limit);
}

export function benchmarkSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const ipl = (ctx.level('m2.ip-landscape') ?? 0) >= 3;
  const out: Sentence[] = [];
  for (const b of (ctx.facts.benchmarks ?? []).slice(0, limit)) {
    const values = {
      metric: w.l(b.metric),
      scope: scopeOf(ctx, w, b.segmentId),
      own: formatUnit(b.ownValue, b.unit, w.lang),
      peer: w.l(b.peer),
      peerValue: formatUnit(b.peerValue, b.unit, w.lang),
      fy: fy(w, b.fiscalYear),
    };
    out.push(w.phrase(ipl ? 'benchmarkIpl' : 'benchmarkPlain', values));
    if (b.decision) out.push(w.phrase('benchmarkDecision', { decision: w.l(b.decision) }));
  }
  return out;
}

export function openCloseSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  for (const o of ctx.facts.openClose ?? []) {
    const intangible = ctx.intangible(o.intangibleId);
    const segment = ctx.segmentName(intangible?.segmentIds[0], w.lang);
    if (!intangible || !segment) continue;
    out.push(
      w.phrase('openClose', { segment, intangible: w.l(intangible.name), rationale: w.l(o.rationale), stance: w.l(STANCE_LABELS[o.stance]) }),
    );
    if (out.length >= limit) break;
  }
  return out;
}

/** The executive owner: the title given in the facts, else what the answer says; a slot when neither. */
export function ownerSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const title = ctx.facts.governance?.ipOwner;
  if (title) return w.phrase('owner', { owner: w.l(title) });
  const answer = ctx.choice('m6.executive-owner');
  if (answer === 'dedicated-executive') return w.phrase('owner', { owner: w.phrase('ownerDedicated') });
  if (answer === 'executive-part') return w.phrase('owner', { owner: w.phrase('ownerPart') });
  if (answer === undefined) return [w.slot('owner')];
  return null;
}

export function committeeSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const c = ctx.facts.governance?.committee;
  const answer = ctx.choice('m6.board-committee');
  if (c && answer !== 'none') {
    return w.phrase('committee', { committee: w.l(c.name), chair: w.l(c.chair), frequency: w.l(FREQUENCY_LABELS[c.frequency]) });
  }
  if (answer === 'board-advisory') return w.phrase('committeeBoardAdvisory');
  if (answer === 'management') return w.phrase('committeeManagement');
  if (answer === undefined && ctx.applies('m6.board-committee')) return [w.slot('committee')];
  return null;
}

export function boardSentences(ctx: DraftContext, w: DraftWriter): Sentence[] {
  const n = ctx.number('m6.board-discussions');
  const out: Sentence[] = [];
  if (n === undefined) {
    if (ctx.applies('m6.board-discussions')) out.push([w.slot('boardCount')]);
  }
  else if (n > 0) {
    out.push(w.phrase('boardCount', { period: ctx.periodLabel(w.lang), count: w.phrase('boardTimes', { n: formatNumber(n) }) }));
  }
  const topics = ctx.facts.governance?.boardTopics ?? [];
  if (n !== 0 && topics.length > 0) out.push(w.phrase('boardTopics', { topics: joinList(topics.map((t) => w.l(t)), w.lang) }));
  return out;
}

export function dialogueSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  return (ctx.facts.dialogueEvents ?? []).slice(0, limit).map((e) => {
    const participants = e.participants === undefined ? '' : w.phrase('dialogueParticipants', { n: formatNumber(e.participants) });
    const base = { month: formatMonth(e.month, w.lang), event: w.l(DIALOGUE_KIND_LABELS[e.kind]), participants };
    return e.feedback && e.change
      ? w.phrase('dialogue', { ...base, feedback: w.l(e.feedback), change: w.l(e.change) })
      : w.phrase('dialogueNoFeedback', base);
  });
}

/** Intangible share and PBR from the assessment's quantification; null when not computable. */
export function valuationSentences(ctx: DraftContext, w: DraftWriter): Sentence[] | null {
  const q = ctx.result.quantification;
  // A share at or below zero (market value under net tangible assets) says nothing about intangibles.
  if (q.intangibleShare.value === null || q.pbr.value === null || q.intangibleShare.value <= 0) return null;
  return [
    w.phrase('valuation', {
      period: ctx.periodLabel(w.lang),
      share: formatUnit(percentOf(q.intangibleShare.value), 'percent', w.lang),
      pbr: formatUnit(Math.round(q.pbr.value * 100) / 100, 'times', w.lang),
    }),
    w.phrase('valuationMethod'),
  ];
}

export function portfolioSentences(ctx: DraftContext, w: DraftWriter, limit = Infinity): Sentence[] {
  const plan = ctx.facts.midTermPlan;
  const out: Sentence[] = [];
  for (const f of ctx.facts.portfolio ?? []) {
    const segment = ctx.segmentName(f.segmentId, w.lang);
    if (!segment || !plan) continue;
    out.push(
      w.phrase('portfolio', {
        plan: w.l(plan.name),
        segment,
        asIs: w.l(PORTFOLIO_ROLE_LABELS[f.asIs]),
        toBe: w.l(PORTFOLIO_ROLE_LABELS[f.toBe]),
        targetYear: fy(w, f.targetYear),
        ipRole: w.l(f.ipRole),
      }),
    );
    if (out.length >= limit) break;
  }
  return out;
}
