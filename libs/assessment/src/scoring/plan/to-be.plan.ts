import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const toBePlanRule = definePlanRule({
  id: 'plan.to-be-and-positioning.v1',
  gglAction: 2,
  questionIds: [
    'm3.to-be',
    'm3.strategy-integration',
    'm3.portfolio-backcast',
    'm3.material-issues',
    'm3.mid-term-plan',
    'm0.segment-portfolio-review',
  ],
  title: t('目指す姿から逆算して知財の役割を決める', 'Set the IP role by backcasting from the target state'),
  nextStep: t(
    '5〜10年後の事業の姿を1枚にまとめ、今との差を埋めるために必要な無形資産を特定し、次の経営計画に知財の役割を明記する。',
    'Put the 5–10-year target for each business on one page, identify the intangibles needed to close the gap, and write the role of IP into the next management plan.',
  ),
  effort: 'L',
  importance: 1.25,
});
