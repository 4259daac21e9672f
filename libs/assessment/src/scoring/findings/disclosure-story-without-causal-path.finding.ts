import { t } from '../../i18n/localized-text';
import { FindingRule, levelOf } from './finding';

/** A disclosed story cannot be clearer than the internal understanding it is based on. */
export const disclosureStoryWithoutCausalPathFinding: FindingRule = {
  id: 'finding.disclosed-story-without-causal-path.v1',
  evaluate(ctx) {
    const disclosed = levelOf(ctx, 'm7.earnings-link');
    const internal = levelOf(ctx, 'm4.causal-path');
    if (disclosed === undefined || internal === undefined || disclosed < 3 || internal > 1) return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'medium',
      questionIds: ['m7.earnings-link', 'm4.causal-path'],
      message: t(
        '開示では無形資産から財務までの道筋を説明しているとしていますが、社内ではその道筋を説明できないと回答しています。',
        'Your disclosure is said to explain the path from intangibles to financials, but internally the path is said to be unclear.',
      ),
    };
  },
};
