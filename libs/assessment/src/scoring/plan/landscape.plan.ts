import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const landscapePlanRule = definePlanRule({
  id: 'plan.external-position.v1',
  gglAction: 1,
  questionIds: [
    'm2.competitor-comparison',
    'm2.comparison-audience',
    'm2.ip-landscape',
    'm2.trend-watch',
    'm2.patent-quality',
  ],
  title: t('競合と比べた自社の位置を把握する', 'Map your position against competitors'),
  nextStep: t(
    '上位3社の競合について、特許・ブランド・技術分野を比較した資料を作り、事業責任者と経営陣に報告して一つの判断（投資・提携・撤退など）に結びつける。',
    'Compare patents, brands and technology fields with your top three competitors, present the result to business heads and executives, and tie it to one concrete decision (invest, partner or exit).',
  ),
  effort: 'M',
  importance: 1,
});
