import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf, levelOf } from './finding';

/** Outcome KPIs presuppose a causal path they measure. */
export const kpisWithoutCausalPathFinding: FindingRule = {
  id: 'finding.outcome-kpis-without-causal-path.v1',
  evaluate(ctx) {
    const kpi = answerOf(ctx, 'm5.kpi-type');
    const path = levelOf(ctx, 'm4.causal-path');
    if ((kpi !== 'outcome' && kpi !== 'outcome-targets') || path === undefined || path > 1) return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'medium',
      questionIds: ['m5.kpi-type', 'm4.causal-path'],
      message: t(
        '成果のKPIがあると回答していますが、無形資産から業績への道筋は説明できないとしています。KPIが何の成果を測っているのかを確認してください。',
        'You report outcome KPIs but say you cannot explain the path from intangibles to results. Check what those KPIs actually measure.',
      ),
    };
  },
};
