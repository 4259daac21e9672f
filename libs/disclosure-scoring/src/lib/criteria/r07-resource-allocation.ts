import { HORIZON_TERM, INVEST_TERM, MONEY } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext, isSpecific } from './criterion-rule';

/** R7 — how much goes into intangibles, where, and over what horizon. */
export const r07ResourceAllocation: CriterionRule = {
  id: 'R7',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!INVEST_TERM.test(s.norm) || !inIntangibleContext(ctx, s)) return 0;
      const money = MONEY.test(s.norm) || (s.quantity && /%|比率|ratio|percent/.test(s.norm));
      if (money) return HORIZON_TERM.test(s.norm) || isSpecific(s) || s.year ? 3 : 2;
      return isSpecific(s) ? 2 : 1;
    });
  },
};
