import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf } from './finding';

/** A claim of concrete CG-report content should be backed by the document itself. */
export const disclosureWithoutEvidenceFinding: FindingRule = {
  id: 'finding.cg-report-claim-without-link.v1',
  evaluate(ctx) {
    const content = answerOf(ctx, 'm7.cg-report-content');
    if (content !== 'concrete' && content !== 'concrete-linked') return null;
    if (!ctx.visible.some((q) => q.id === 'm7.cg-report-link') || answerOf(ctx, 'm7.cg-report-link') !== undefined)
      return null;
    return {
      ruleId: this.id,
      kind: 'missing-evidence',
      severity: 'low',
      questionIds: ['m7.cg-report-content', 'm7.cg-report-link'],
      message: t(
        'CG報告書に具体的な取組みを記載しているとの回答に、根拠となるURLがありません。URLを追加すると結果の説得力が増します。',
        'You say your CG report describes concrete activities, but no link is given. Adding the URL makes the result verifiable.',
      ),
    };
  },
};
