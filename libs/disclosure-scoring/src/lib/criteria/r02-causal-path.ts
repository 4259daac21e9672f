import { ADVANTAGE, CAUSAL, FINANCIAL } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/**
 * R2 — a causal chain from an intangible to competitive advantage / customer value to a financial outcome.
 * A chain may run over one sentence or a sentence and its predecessor (Japanese often splits the two).
 */
export const r02CausalPath: CriterionRule = {
  id: 'R2',
  evaluate(ctx) {
    const byOrder = new Map(ctx.distinct.map((s) => [s.order, s]));
    return bestSentenceLevel(ctx, (s) => {
      if (!inIntangibleContext(ctx, s)) return 0;
      const prev = byOrder.get(s.order - 1);
      const joined = prev && prev.kind === 'substantive' ? `${prev.norm} ${s.norm}` : s.norm;
      const causal = CAUSAL.test(s.norm);
      const advantage = ADVANTAGE.test(joined);
      const financial = FINANCIAL.test(s.norm) || (causal && FINANCIAL.test(joined));
      if (causal && advantage && financial) return s.quantity ? 3 : 2;
      if (causal && (advantage || financial)) return 1;
      return 0;
    });
  },
};
