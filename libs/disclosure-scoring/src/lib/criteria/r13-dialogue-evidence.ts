import { DIALOGUE_EVENT, DIALOGUE_TERM, FEEDBACK_TERM } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/** R13 — dialogue with investors about IP: concrete events, and what changed because of them. */
export const r13DialogueEvidence: CriterionRule = {
  id: 'R13',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!DIALOGUE_TERM.test(s.norm) || !inIntangibleContext(ctx, s)) return 0;
      const event = DIALOGUE_EVENT.test(s.norm) || s.year || s.quantity;
      if (event && FEEDBACK_TERM.test(s.norm)) return 3;
      return event ? 2 : 1;
    });
  },
};
