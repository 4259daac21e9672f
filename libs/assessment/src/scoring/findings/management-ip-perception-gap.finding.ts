import { t } from '../../i18n/localized-text';
import { FindingRule, levelOf } from './finding';

/** A gap of two or more ladder steps between management's and the IP function's view of IP's role. */
export const managementIpPerceptionGapFinding: FindingRule = {
  id: 'finding.management-ip-perception-gap.v1',
  evaluate(ctx) {
    const management = levelOf(ctx, 'm9.management-view');
    const ip = levelOf(ctx, 'm9.ip-function-view');
    if (management === undefined || ip === undefined || Math.abs(management - ip) < 2) return null;
    return {
      ruleId: this.id,
      kind: 'perception-gap',
      severity: 'medium',
      questionIds: ['m9.management-view', 'm9.ip-function-view'],
      message: t(
        '知財部門の役割について、経営陣と知財部門の認識が2段階以上ずれています。まず役割の期待をすり合わせる場を設けてください。',
        'Management and the IP function differ by two or more levels on the role of IP. Start by aligning expectations of that role.',
      ),
    };
  },
};
