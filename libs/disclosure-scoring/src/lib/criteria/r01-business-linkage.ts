import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext, isSpecific } from './criterion-rule';

const BUSINESS_WORD =
  /事業|製品|サービス|商品|市場|顧客|用途|ソリューション|business|product|service|market|customer|application/;

/** R1 — IP tied to named segments, products or markets rather than to "the company" in general. */
export const r01BusinessLinkage: CriterionRule = {
  id: 'R1',
  evaluate(ctx) {
    const outcome = bestSentenceLevel(ctx, (s) => {
      if (!(s.intangible || (s.ipContext && inIntangibleContext(ctx, s)))) return 0;
      if (isSpecific(s)) return s.quantity ? 3 : 2;
      return BUSINESS_WORD.test(s.norm) ? 1 : 0;
    });
    if (outcome.score !== 2) return outcome;
    // Two linked businesses described separately also show segment-level linkage.
    const anchors = new Set(outcome.evidence.map((s) => [...s.names, s.market ? 'market' : ''].sort().join('|')));
    return anchors.size >= 2 ? { score: 3, evidence: outcome.evidence } : outcome;
  },
};
