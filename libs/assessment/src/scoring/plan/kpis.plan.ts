import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const kpisPlanRule = definePlanRule({
  id: 'plan.kpis.v1',
  gglAction: 4,
  questionIds: ['m5.kpi-type', 'm5.kpi-cascade', 'm5.kpi-tracking'],
  title: t('道筋に沿ったKPIと目標を決める', 'Set KPIs and targets along the causal path'),
  nextStep: t(
    '価値創造の道筋の各段階に成果を測るKPIを一つずつ決め、目標値と期限を付けて四半期ごとに経営会議で確認する。件数だけの指標は質や成果の指標と組み合わせる。',
    'Pick one outcome KPI for each step of the value-creation path, give each a target and a date, and review them quarterly in the management meeting; pair count-only measures with quality or outcome measures.',
  ),
  effort: 'M',
  importance: 1,
});
