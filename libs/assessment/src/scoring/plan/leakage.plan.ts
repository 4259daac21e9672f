import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const leakagePlanRule = definePlanRule({
  id: 'plan.leakage-economic-security.v1',
  gglAction: 5,
  questionIds: ['m14.secret-management', 'm14.departing-staff', 'm14.partner-transfer', 'm14.economic-security'],
  title: t('技術流出と経済安全保障の管理を固める', 'Strengthen control of technology leakage and economic security'),
  nextStep: t(
    '秘密情報を区分してアクセスを制限し、退職時の手続（誓約・権限停止・持ち出しの確認）を決める。海外の拠点・委託先に渡す範囲を事前に決め、輸出管理を含む経済安全保障のリスクを知財・研究開発・法務で一緒に評価する。',
    'Classify secret information and restrict access, set an exit procedure (pledge, access revoked, transfers checked), decide beforehand what goes to overseas sites and contractors, and have IP, R&D and legal assess economic-security risks, export control included, together.',
  ),
  effort: 'M',
  importance: 1,
});
