import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const investmentPlanRule = definePlanRule({
  id: 'plan.investment-allocation.v1',
  gglAction: 4,
  questionIds: ['m5.asset-view', 'm5.rd-allocation', 'm5.reallocation', 'm3.mid-term-plan'],
  title: t('無形資産への投資を配分の方針にする', 'Turn intangible spending into an allocation policy'),
  nextStep: t(
    '研究開発・知財・ブランド・人材への支出をセグメント別・時間軸別に一覧にし、事業ポートフォリオの方針に沿った配分案と、見直しの基準を作って取締役会に諮る。',
    'List R&D, IP, brand and people spending by segment and horizon, draft an allocation that follows the portfolio strategy with criteria for reallocation, and take it to the board.',
  ),
  effort: 'L',
  importance: 1,
});
