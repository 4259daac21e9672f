import type { AllocationFact, KpiFact, ValueChainFact } from '../model/company-facts';
import type { Run } from '../model/draft';
import { ALLOCATION_AREA_LABELS, PORTFOLIO_ROLE_LABELS } from '../templates/common.template';
import type { DraftContext } from './draft-context';
import type { Sentence } from './sentence';
import { ans, fact } from './sentence';
import { answerText, factClause, isClause } from './text-fills';
import { DraftWriter, formatUnit, joinList } from './writer';

const text = (runs: readonly Run[]): string => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');

/** The three sentences of one causal chain: source → advantage and customer value → financial line. */
export function chainSentences(ctx: DraftContext, w: DraftWriter, c: ValueChainFact): Sentence[] {
  const segment = ctx.segmentName(c.segmentId, w.lang);
  const intangible = ctx.intangible(c.intangibleId);
  if (!segment || !intangible) return [];
  const ref = `valueChains.${c.id}`;
  const out: Sentence[] = [
    w.vary(['chainSourceA', 'chainSourceB', 'chainSourceC'], { segment, intangible: w.l(intangible.name) }, [
      fact(`segments.${c.segmentId}`),
      fact(`intangibles.${c.intangibleId}`),
    ]),
    w.vary(
      ['chainValueA', 'chainValueB', 'chainValueC'],
      { advantage: factClause(w, c.advantage), customerValue: factClause(w, c.customerValue) },
      [fact(`${ref}.advantage`), fact(`${ref}.customerValue`)],
    ),
  ];
  const financialResult = factClause(w, c.financialResult);
  if (c.evidence) {
    out.push(
      w.vary(
        ['chainResultA', 'chainResultB', 'chainResultC'],
        {
          financialResult,
          label: w.l(c.evidence.label),
          value: formatUnit(c.evidence.value, c.evidence.unit, w.lang),
          fy: w.fy(c.evidence.fiscalYear),
        },
        [fact(`${ref}.financialResult`), fact(`${ref}.evidence`)],
      ),
    );
  } else {
    out.push(w.vary(['chainResultPlainA', 'chainResultPlainB'], { financialResult }, [fact(`${ref}.financialResult`)]));
  }
  return out;
}

/** The user's own value-creation path (m4.value-story), when no structured chain was entered. */
export function valueStorySentence(ctx: DraftContext, w: DraftWriter, who?: string): Sentence | null {
  const t = ctx.text('m4.value-story');
  const speaker = who ?? (w.lang === 'ja' ? '当社' : 'management');
  return t
    ? w.say('valueStory', { who: speaker, text: answerText(w, t, 'm4.value-story') }, [ans('m4.value-story')])
    : null;
}

function kpiItem(ctx: DraftContext, w: DraftWriter, k: KpiFact, withSegment: boolean): Run[] {
  const value = (v: number): string => formatUnit(v, k.unit, w.lang);
  const segment = withSegment ? ctx.segmentName(k.segmentId, w.lang) : undefined;
  const kpi = segment ? text(w.phrase('kpiItemScoped', { segment, kpi: w.l(k.name) })) : w.l(k.name);
  if (k.target && k.actual && k.baseline) {
    return w.phrase('kpiItemBaseline', {
      kpi,
      baseline: value(k.baseline.value),
      baselineFy: w.fy(k.baseline.fiscalYear),
      actual: value(k.actual.value),
      actualFy: w.fy(k.actual.fiscalYear),
      target: value(k.target.value),
      targetFy: w.fy(k.target.fiscalYear),
    });
  }
  if (k.target && k.actual) {
    return w.phrase('kpiItemFull', {
      kpi,
      actual: value(k.actual.value),
      actualFy: w.fy(k.actual.fiscalYear),
      target: value(k.target.value),
      targetFy: w.fy(k.target.fiscalYear),
    });
  }
  if (k.target)
    return w.phrase('kpiItemTarget', { kpi, target: value(k.target.value), targetFy: w.fy(k.target.fiscalYear) });
  if (k.actual)
    return w.phrase('kpiItemActual', { kpi, actual: value(k.actual.value), actualFy: w.fy(k.actual.fiscalYear) });
  return [{ kind: 'text', text: kpi }];
}

function kpiList(ctx: DraftContext, w: DraftWriter, kpis: readonly KpiFact[], withSegment: boolean): string {
  return joinList(
    kpis.map((k) => text(kpiItem(ctx, w, k, withSegment))),
    w.lang,
  );
}

/** Outcome and quality KPIs first: they say more than counts. */
export function orderKpis(kpis: readonly KpiFact[]): KpiFact[] {
  const order = { outcome: 0, quality: 1, count: 2 } as const;
  return kpis
    .map((k, i) => ({ k, i }))
    .sort((a, b) => order[a.k.kind] - order[b.k.kind] || a.i - b.i)
    .map(({ k }) => k);
}

/** One sentence listing the KPIs that track a business's chains. */
export function businessKpiSentence(
  ctx: DraftContext,
  w: DraftWriter,
  segmentId: string,
  kpiIds: readonly string[],
  limit = Infinity,
): Sentence | null {
  const kpis = orderKpis((ctx.facts.kpis ?? []).filter((k) => kpiIds.includes(k.id))).slice(0, limit);
  const segment = ctx.segmentName(segmentId, w.lang);
  if (kpis.length === 0 || !segment) return null;
  return w.vary(
    ['kpiBusinessA', 'kpiBusinessB'],
    { segment, kpis: kpiList(ctx, w, kpis, false) },
    kpis.map((k) => fact(`kpis.${k.id}`)),
  );
}

/** KPIs in one sentence: `company` for those not tied to a business story, `headline` for the main KPIs of a short draft. */
export function companyKpiSentence(
  ctx: DraftContext,
  w: DraftWriter,
  kpiIds: readonly string[],
  limit = Infinity,
  frame: 'kpiCompany' | 'kpiHeadline' = 'kpiCompany',
): Sentence | null {
  const kpis = orderKpis((ctx.facts.kpis ?? []).filter((k) => kpiIds.includes(k.id))).slice(0, limit);
  if (kpis.length === 0) return null;
  return w.say(
    frame,
    { kpis: kpiList(ctx, w, kpis, true) },
    kpis.map((k) => fact(`kpis.${k.id}`)),
  );
}

export function allocationSentence(ctx: DraftContext, w: DraftWriter, a: AllocationFact): Sentence {
  const segment = ctx.segmentName(a.segmentId, w.lang) ?? text(w.phrase('allocWholeCompany'));
  const plan = ctx.facts.midTermPlan;
  const samePeriod =
    plan !== undefined && plan.fromFiscalYear === a.fromFiscalYear && plan.toFiscalYear === a.toFiscalYear;
  const spanKey = `${a.fromFiscalYear}-${a.toFiscalYear}`;
  // A period just named by the previous allocation is referred back to, not repeated.
  const repeated = w.remember('allocationSpan', spanKey) === spanKey;
  const values = {
    span: repeated
      ? text(w.phrase('samePeriod'))
      : samePeriod
        ? text(w.phrase('planPeriod', { plan: w.definite(plan.name) }))
        : w.span(a.fromFiscalYear, a.toFiscalYear),
    segment,
    area: w.l(ALLOCATION_AREA_LABELS[a.area]),
    amount: w.money(a.amount),
    purpose: factClause(w, a.purpose),
  };
  const sources = [
    fact(`allocations.${a.id}`),
    ...(a.segmentId && ctx.segment(a.segmentId) ? [fact(`segments.${a.segmentId}`)] : []),
    ...(samePeriod ? [fact('midTermPlan')] : []),
  ];
  return w.vary(
    isClause(a.purpose) ? ['allocClauseA', 'allocClauseB', 'allocClauseC'] : ['allocNounA', 'allocNounB'],
    values,
    sources,
  );
}

/** Portfolio move of a business and the role of IP in it. */
export function portfolioSentences(ctx: DraftContext, w: DraftWriter, segmentId: string): Sentence[] {
  const f = (ctx.facts.portfolio ?? []).find((x) => x.segmentId === segmentId);
  const segment = ctx.segmentName(segmentId, w.lang);
  if (!f || !segment) return [];
  const plan = ctx.facts.midTermPlan;
  const planName = plan ? w.l(plan.name) : text(w.phrase('planGeneric'));
  const sources = [fact(`portfolio.${segmentId}`), ...(plan ? [fact('midTermPlan')] : [])];
  return [
    w.vary(
      f.asIs === f.toBe ? ['portfolioKeep'] : ['portfolioA', 'portfolioB'],
      {
        plan: planName,
        segment,
        asIs: w.l(PORTFOLIO_ROLE_LABELS[f.asIs]),
        toBe: w.l(PORTFOLIO_ROLE_LABELS[f.toBe]),
        targetFy: w.year(f.targetYear),
      },
      sources,
    ),
    w.vary(
      isClause(f.ipRole) ? ['ipRoleClauseA', 'ipRoleClauseB'] : ['ipRoleNounA', 'ipRoleNounB'],
      { ipRole: factClause(w, f.ipRole) },
      [fact(`portfolio.${segmentId}.ipRole`)],
    ),
  ];
}

/** Growth businesses of the portfolio, when entered (never "all businesses" by default). */
export function focusSentence(ctx: DraftContext, w: DraftWriter): Sentence | null {
  const ids = (ctx.facts.portfolio ?? []).filter((f) => f.toBe === 'growth').map((f) => f.segmentId);
  const names = ids.map((id) => ctx.segmentName(id, w.lang)).filter((n): n is string => n !== undefined);
  if (names.length === 0) return null;
  return w.say(
    names.length === 1 ? 'focusOne' : 'focus',
    { segments: joinList(names, w.lang) },
    ids.map((id) => fact(`portfolio.${id}`)),
  );
}
