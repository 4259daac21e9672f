import { t } from '../../i18n/localized-text';
import { FindingRule, answerOf } from './finding';

const NO_EXECUTIVE_OWNER = ['nobody', 'staff'];

/** Frequent board discussion with no executive who owns the strategy rarely holds together. */
export const boardWithoutExecutiveOwnerFinding: FindingRule = {
  id: 'finding.board-ip-without-executive-owner.v1',
  evaluate(ctx) {
    const discussions = answerOf(ctx, 'm6.board-discussions');
    const committee = answerOf(ctx, 'm6.board-committee');
    const owner = answerOf(ctx, 'm6.executive-owner');
    if (typeof owner !== 'string' || !NO_EXECUTIVE_OWNER.includes(owner)) return null;
    const frequent = typeof discussions === 'number' && discussions >= 4;
    const boardCommittee = committee === 'board-advisory';
    if (!frequent && !boardCommittee) return null;
    return {
      ruleId: this.id,
      kind: 'contradiction',
      severity: 'high',
      questionIds: [
        'm6.executive-owner',
        ...(frequent ? ['m6.board-discussions'] : []),
        ...(boardCommittee ? ['m6.board-committee'] : []),
      ],
      message: t(
        '取締役会で知財を頻繁に議論している（または諮問委員会がある）一方、経営陣に知財戦略の責任者がいないと回答しています。議論を実行につなげる責任者を確認してください。',
        'The board is said to discuss IP often (or to have an advisory committee), yet no executive owns the IP strategy. Check who turns those discussions into action.',
      ),
    };
  },
};
