import { COUNT_METRIC, IP_TERM, QUALITY_METRIC } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIpContext } from './criterion-rule';

/** R5 — quality or outcome metrics for IP (citations, coverage, licence income, share), not just counts. */
export const r05BeyondCounts: CriterionRule = {
  id: 'R5',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!inIpContext(ctx, s) && !IP_TERM.test(s.norm)) return 0;
      if (QUALITY_METRIC.test(s.norm)) return s.quantity ? 3 : 2;
      if (COUNT_METRIC.test(s.norm) || (s.quantity && IP_TERM.test(s.norm))) return 1;
      return 0;
    });
  },
};
