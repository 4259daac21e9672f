import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const inventoryPlanRule = definePlanRule({
  id: 'plan.intangible-inventory.v1',
  gglAction: 1,
  questionIds: ['m1.inventory', 'm1.earnings-link', 'm1.protection-status', 'm10.strengths-written'],
  title: t('無形資産の棚卸しをする', 'Take stock of your intangibles'),
  nextStep: t(
    '経営者と各部門の責任者で半日の棚卸し会を開き、主力商品の価格を支える無形資産を挙げ、それぞれ「権利で守る・秘密で守る・守っていない」に分けた一覧を作る。',
    'Hold a half-day workshop with management and department heads: list the intangibles behind your flagship product’s price and mark each as protected by a right, kept secret, or unprotected.',
  ),
  effort: 'S',
  importance: 1.5,
});
