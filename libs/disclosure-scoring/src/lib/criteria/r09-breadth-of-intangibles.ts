import { ASSET_TYPES } from '../lexicon';
import type { AnalyzedSentence } from '../text/analyze';
import type { CriterionRule } from './criterion-rule';

/**
 * R9 — breadth: patents are one asset type among brand, design, know-how, data, software, human and
 * organisational capital, relationships. Counted over substantive sentences only, so a generic list of
 * asset words earns nothing.
 */
export const r09BreadthOfIntangibles: CriterionRule = {
  id: 'R9',
  evaluate(ctx) {
    const types = new Map<string, AnalyzedSentence>();
    for (const s of ctx.substantive) {
      for (const [type, pattern] of ASSET_TYPES) {
        if (!types.has(type) && pattern.test(s.norm)) types.set(type, s);
      }
    }
    const n = types.size;
    const score = n >= 5 ? 3 : n >= 3 ? 2 : n >= 1 ? 1 : 0;
    const evidence = [...new Set(types.values())].sort((a, b) => a.start - b.start).slice(0, 5);
    return { score, evidence };
  },
};
