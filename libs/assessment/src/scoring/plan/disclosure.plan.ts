import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const disclosurePlanRule = definePlanRule({
  id: 'plan.disclosure-specificity.v1',
  gglAction: 6,
  questionIds: [
    'm7.cg-report-content',
    'm7.segment-level',
    'm7.quantitative',
    'm7.earnings-link',
    'm7.channels',
    'm7.valuation-link',
  ],
  title: t('開示を具体的にする', 'Make your disclosure specific'),
  nextStep: t(
    '次のCG報告書・統合報告書で、主要セグメントごとに「どの無形資産が、どう利益につながるか」と、目標値付きのKPIを一つずつ示す。「今後検討」だけの記載は具体的な取組みに置き換える。',
    'In the next CG report and integrated report, show for each main segment which intangibles lead to profit and how, with one KPI and its target; replace intention-only statements with concrete activities.',
  ),
  effort: 'M',
  importance: 1,
});
