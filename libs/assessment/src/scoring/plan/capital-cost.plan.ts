import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const capitalCostPlanRule = definePlanRule({
  id: 'plan.capital-cost.v1',
  gglAction: 4,
  questionIds: ['m16.capital-cost-analysis', 'm16.tse-response', 'm16.intangibles-in-plan'],
  title: t(
    '資本コストを上回る収益への道筋に無形資産を入れる',
    'Put intangibles on the path to returns above the cost of capital',
  ),
  nextStep: t(
    '事業ごとに収益性を資本コストと比べて取締役会で議論し、改善計画に無形資産への投資とその効果の見込みを入れて開示し、毎年更新する。',
    'Compare each business’s returns with the cost of capital at the board, put intangible investments and their expected effect into the improvement plan, disclose it and update it every year.',
  ),
  effort: 'L',
  importance: 1.25,
});
