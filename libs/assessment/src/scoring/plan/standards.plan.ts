import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const standardsPlanRule = definePlanRule({
  id: 'plan.standards.v1',
  gglAction: 3,
  questionIds: ['m12.standards-in-strategy', 'm12.standards-owner', 'm12.standards-return', 'm12.essential-patents'],
  title: t('標準化を事業・知財戦略の中に位置づける', 'Place standards work inside the business and IP strategy'),
  nextStep: t(
    '事業ごとに、標準にして広げる部分と特許・秘匿で守る部分を決め、標準化の責任者（役員）を置く。複数年の費用と効果の指標を決めて毎年確認し、標準必須特許の一覧とライセンス方針を作る。',
    'For each business decide what to open up as a standard and what to keep closed with patents or secrecy, and name an executive owner. Set multi-year cost and return indicators reviewed every year, and build a list of essential patents with a licensing policy.',
  ),
  effort: 'L',
  importance: 1,
});
