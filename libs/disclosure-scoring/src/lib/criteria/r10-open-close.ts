import { CLOSE_TERM, OPEN_CLOSE_EXPLICIT, OPEN_TERM, RATIONALE } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext, isSpecific } from './criterion-rule';

/** R10 — what is protected, kept secret, licensed or standardised, and why. */
export const r10OpenClose: CriterionRule = {
  id: 'R10',
  evaluate(ctx) {
    const outcome = bestSentenceLevel(ctx, (s) => {
      if (!inIntangibleContext(ctx, s)) return 0;
      const open = OPEN_TERM.test(s.norm);
      const close = CLOSE_TERM.test(s.norm);
      const explicit = OPEN_CLOSE_EXPLICIT.test(s.norm);
      if (!open && !close && !explicit) return 0;
      const rationale = RATIONALE.test(s.norm);
      const both = explicit || (open && close);
      if (both && rationale && isSpecific(s)) return 3;
      if ((both || open) && rationale) return 2;
      return 1;
    });
    if (outcome.score !== 2) return outcome;
    // Open and close logic described in two different sentences, one of them tied to a named business.
    const hasOpen = ctx.substantive.some((s) => OPEN_TERM.test(s.norm) && RATIONALE.test(s.norm));
    const closeSpecific = ctx.substantive.find(
      (s) => CLOSE_TERM.test(s.norm) && isSpecific(s) && inIntangibleContext(ctx, s),
    );
    return hasOpen && closeSpecific ? { score: 3, evidence: [...outcome.evidence, closeSpecific] } : outcome;
  },
};
