import { COUNT_METRIC, IP_TERM, QUALITY_METRIC } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIpContext } from './criterion-rule';

/** A count of IP rights ("1,200件", "79 issued patents"), as opposed to other numbers in an IP sentence. */
const IP_COUNT =
  /\d[\d,]*\s?(?:件|ファミリー)|\d[\d,]*\s+(?:[a-z.]+\s+){0,2}(?:patents?|applications|families|registrations|trademarks)/;

/** R5 — quality or outcome metrics for IP (citations, coverage, licence income, share), not just counts. */
export const r05BeyondCounts: CriterionRule = {
  id: 'R5',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!inIpContext(ctx, s) && !IP_TERM.test(s.norm)) return 0;
      if (QUALITY_METRIC.test(s.norm)) return s.quantity ? 3 : 2;
      if (COUNT_METRIC.test(s.norm) || (IP_TERM.test(s.norm) && IP_COUNT.test(s.norm))) return 1;
      return 0;
    });
  },
};
