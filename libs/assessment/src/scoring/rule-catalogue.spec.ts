import { getQuestion } from '../bank/question-bank';
import { isScorable } from './answer-maturity';
import { FINDING_RULES } from './findings/finding-rules';
import { PLAN_RULES } from './plan/plan-rules';
import { SCORE_RULES } from './rules/score-rules';

describe('rule catalogue', () => {
  const ids = [...SCORE_RULES, ...FINDING_RULES, ...PLAN_RULES].map((r) => r.id);

  it('has unique, stable, versioned rule ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(score|finding|plan)\.[a-z0-9-]+\.v\d+$/);
  });

  it('builds plan items only from existing, scorable questions', () => {
    for (const rule of PLAN_RULES) {
      for (const qid of rule.questionIds) {
        const q = getQuestion(qid);
        expect({ rule: rule.id, qid, scorable: q !== undefined && isScorable(q) }).toEqual({
          rule: rule.id,
          qid,
          scorable: true,
        });
      }
    }
  });

  it('covers every GGL action with at least one plan rule', () => {
    // Plan rule ids are stable, so this lists the action coverage explicitly.
    const actions = new Set(
      PLAN_RULES.flatMap((r) => r.questionIds.flatMap((id) => getQuestion(id)?.tags.gglActions ?? [])),
    );
    for (const a of [1, 2, 3, 4, 5, 6, 7] as const) expect(actions.has(a)).toBe(true);
  });
});
