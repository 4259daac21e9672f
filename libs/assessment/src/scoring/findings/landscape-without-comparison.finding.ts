import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf, levelOf } from './finding';

/** Regular IP landscaping implies a competitor comparison. */
export const landscapeWithoutComparisonFinding: FindingRule = {
  id: 'finding.landscape-without-comparison.v1',
  evaluate(ctx) {
    const ipl = levelOf(ctx, 'm2.ip-landscape');
    if (ipl === undefined || ipl < 3 || answerOf(ctx, 'm2.competitor-comparison') !== 'never') return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'low',
      questionIds: ['m2.ip-landscape', 'm2.competitor-comparison'],
      message: t(
        'IPランドスケープを経営と定期的に議論しているとしながら、競合と比べたことはないと回答しています。',
        'IP landscaping is said to be discussed with management regularly, yet no comparison with competitors has been made.',
      ),
    };
  },
};
