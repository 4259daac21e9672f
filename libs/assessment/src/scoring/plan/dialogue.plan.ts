import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const dialoguePlanRule = definePlanRule({
  id: 'plan.investor-dialogue.v1',
  gglAction: 7,
  questionIds: ['m8.feedback-loop', 'm8.ip-briefing', 'm8.ip-team-engagement'],
  title: t('対話から戦略を磨く仕組みをつくる', 'Use dialogue to refine the strategy'),
  nextStep: t(
    '投資家から受けた知財に関する質問を記録して半期ごとに経営陣に報告し、中計説明会で知財の枠を設ける。知財の責任者が投資家面談に同席する。',
    'Log investors’ IP questions and report them to management every half-year, add an IP slot to the mid-term-plan briefing, and have the IP head join investor meetings.',
  ),
  effort: 'M',
  importance: 1,
});
