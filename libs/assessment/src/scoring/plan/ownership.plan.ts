import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const ownershipPlanRule = definePlanRule({
  id: 'plan.executive-ownership.v1',
  gglAction: 5,
  questionIds: ['m6.executive-owner', 'm6.ip-head-in-strategy', 'm6.cross-functional', 'm10.expert-access'],
  title: t(
    '経営陣の中に責任者を置き、部門横断の場をつくる',
    'Name an executive owner and set up a cross-functional forum',
  ),
  nextStep: t(
    '知財・無形資産の戦略に責任を持つ役員（中小企業なら経営者本人）を決め、知財・開発・営業・企画が毎四半期集まる会議を設ける。',
    'Name an executive (the owner, in a small company) accountable for the IP and intangibles strategy, and start a quarterly meeting of IP, development, sales and planning.',
  ),
  effort: 'S',
  importance: 1.5,
});
