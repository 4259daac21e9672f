import { CAUSAL, VALUATION_TERM } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/** R15 — intangibles linked to market valuation (intangible share of market value, PBR narrative). */
export const r15MarketValuation: CriterionRule = {
  id: 'R15',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!VALUATION_TERM.test(s.norm) || !(s.intangible || inIntangibleContext(ctx, s))) return 0;
      const explained =
        CAUSAL.test(s.norm) || /無形資産比率|pbr|時価総額|market capitali|intangible (?:asset )?share/.test(s.norm);
      if (explained && s.quantity) return 3;
      return explained ? 2 : 1;
    });
  },
};
