import { GAP_TERM, PLAN_TERM, PORTFOLIO_TERM, TARGET_YEAR } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext, isSpecific } from './criterion-rule';

/** R3 — the future state per business (As Is → To Be, portfolio) and the role of IP in getting there. */
export const r03BackcastPortfolio: CriterionRule = {
  id: 'R3',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      const plan = PLAN_TERM.test(s.norm) || TARGET_YEAR.test(s.norm);
      const portfolio = PORTFOLIO_TERM.test(s.norm);
      if (!plan && !portfolio) return 0;
      if (!inIntangibleContext(ctx, s)) return 0;
      if (!(plan && portfolio) && !(portfolio && isSpecific(s))) return 1;
      const gap = GAP_TERM.test(s.norm);
      return gap && (isSpecific(s) || TARGET_YEAR.test(s.norm)) ? 3 : 2;
    });
  },
};
