import { PROGRESS_CUE, TARGET_CUE, TARGET_YEAR } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/**
 * R4 — numbers with units about intangibles (1), a numeric target with a date (2), and a target tracked
 * against actual results (3). A KPI named without a number stays at 1 at most ("hidden target").
 */
export const r04QuantifiedTargets: CriterionRule = {
  id: 'R4',
  evaluate(ctx) {
    const outcome = bestSentenceLevel(ctx, (s) => {
      if (!inIntangibleContext(ctx, s)) return 0;
      if (!s.quantity) return 0;
      const target = TARGET_CUE.test(s.norm) && (TARGET_YEAR.test(s.norm) || s.year);
      if (target) return PROGRESS_CUE.test(s.norm) ? 3 : 2;
      return 1;
    });
    if (outcome.score !== 2) return outcome;
    // A target elsewhere plus a reported actual elsewhere also counts as tracked.
    const actual = ctx.substantive.find((s) => s.quantity && PROGRESS_CUE.test(s.norm) && inIntangibleContext(ctx, s));
    return actual ? { score: 3, evidence: [...outcome.evidence, actual] } : outcome;
  },
};
