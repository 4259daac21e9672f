import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf } from './finding';

/** Patent holdings and the asset list should agree. */
export const patentsInconsistentFinding: FindingRule = {
  id: 'finding.patents-held-vs-asset-types.v1',
  evaluate(ctx) {
    const held = answerOf(ctx, 'm1.patents-held');
    const types = answerOf(ctx, 'm1.asset-types');
    if (typeof held !== 'string' || !Array.isArray(types)) return null;
    if (held !== 'none' || !types.includes('patents')) return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'low',
      questionIds: ['m1.patents-held', 'm1.asset-types'],
      message: t(
        '特許は持っていないと回答していますが、強みを支える無形資産に特許を挙げています。どちらかを見直してください。',
        'You hold no patents, yet list patents among the intangibles behind your strengths. Please review one of the answers.',
      ),
    };
  },
};
