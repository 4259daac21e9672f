import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const causalPathPlanRule = definePlanRule({
  id: 'plan.causal-path.v1',
  gglAction: 3,
  questionIds: ['m4.causal-path', 'm4.pricing-power', 'm4.open-close', 'm4.licensing-strategy'],
  title: t('価値創造の道筋を言葉と数字にする', 'Put the value-creation path into words and numbers'),
  nextStep: t(
    '主力事業について「無形資産 → 強み → 顧客価値 → 財務」の道筋を1枚に書き、各段階を裏付ける数字（価格差・粗利率・リピート率など）を一つずつ付ける。',
    'For the main business, write the path intangible → advantage → customer value → financials on one page and attach one supporting figure to each step (price gap, gross margin, repeat rate).',
  ),
  effort: 'M',
  importance: 1.25,
});
