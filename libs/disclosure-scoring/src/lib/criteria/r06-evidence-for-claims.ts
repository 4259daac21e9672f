import { COMPARISON_TERM, DECISION_TERM, IPL_TERM } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/**
 * R6 — IP data used to back strategic claims: IP landscape analyses that led to a decision, or comparisons
 * with competitors/peers, ideally with figures.
 */
export const r06EvidenceForClaims: CriterionRule = {
  id: 'R6',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!inIntangibleContext(ctx, s)) return 0;
      const ipl = IPL_TERM.test(s.norm);
      const comparison = COMPARISON_TERM.test(s.norm);
      const decision = DECISION_TERM.test(s.norm);
      if (comparison && s.quantity) return 3;
      if (ipl && decision && s.quantity) return 3;
      if (comparison || (ipl && decision)) return 2;
      return ipl ? 1 : 0;
    });
  },
};
