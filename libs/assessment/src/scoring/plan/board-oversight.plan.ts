import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const boardOversightPlanRule = definePlanRule({
  id: 'plan.board-oversight.v1',
  gglAction: 5,
  questionIds: ['m6.board-discussions', 'm6.board-committee', 'm6.skill-matrix', 'm6.board-oversight'],
  title: t('取締役会の監督を具体化する', 'Make board oversight concrete'),
  nextStep: t(
    '知財・無形資産への投資を資源配分の議題として年2回以上取締役会に上げ、スキル・マトリックスに知財・技術の項目を加える。必要に応じて諮問の仕組みを検討する。',
    'Put IP and intangible investment on the board agenda as a resource-allocation item at least twice a year, add IP/technology to the skills matrix, and consider an advisory body if needed.',
  ),
  effort: 'M',
  importance: 1,
});
