import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const humanCapitalPlanRule = definePlanRule({
  id: 'plan.human-capital-link.v1',
  gglAction: 6,
  questionIds: ['m15.ip-talent-plan', 'm15.disclosure-link'],
  title: t('知財と人的資本を一つの話として計画・開示する', 'Plan and disclose IP and human capital as one story'),
  nextStep: t(
    '知財戦略に必要なスキルと人数を決めて採用・育成の目標を置き、人的資本の開示の中で、人への投資がどの知財・競争力につながるかを指標とともに説明する。',
    'Define the skills and headcount the IP strategy needs, set hiring and training targets, and explain in the human-capital disclosure, with indicators, which IP and strengths the investment in people leads to.',
  ),
  effort: 'M',
  importance: 1,
});
