import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf } from './finding';

/** "We do not disclose" conflicts with disclosure-quality answers above the bottom level. */
export const disclosureChannelsContradictionFinding: FindingRule = {
  id: 'finding.no-channel-but-disclosure.v1',
  evaluate(ctx) {
    const channels = answerOf(ctx, 'm7.channels');
    if (!Array.isArray(channels) || !channels.includes('none')) return null;
    const claims = ['m7.segment-level', 'm7.quantitative', 'm7.earnings-link'].filter(
      (id) => (ctx.maturity.get(id) ?? 0) >= 50,
    );
    const cg = answerOf(ctx, 'm7.cg-report-content');
    if (cg === 'concrete' || cg === 'concrete-linked') claims.push('m7.cg-report-content');
    if (claims.length === 0) return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'medium',
      questionIds: ['m7.channels', ...claims],
      message: t(
        '知財情報を開示していないと回答する一方、開示の中身については具体的に書いていると回答しています。',
        'You say you do not disclose IP information, yet describe the content of your disclosure as specific.',
      ),
    };
  },
};
