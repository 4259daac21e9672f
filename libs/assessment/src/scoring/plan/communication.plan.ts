import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const communicationPlanRule = definePlanRule({
  id: 'plan.management-ip-communication.v1',
  gglAction: 5,
  questionIds: [
    'm9.management-view',
    'm9.ip-function-view',
    'm9.future-information',
    'm9.ip-proposals',
    'm9.shared-vocabulary',
    'm6.ip-talent',
  ],
  title: t('経営と知財が将来を話し合う関係をつくる', 'Get management and IP talking about the future'),
  nextStep: t(
    '経営デザインシートなど共通の資料を使い、経営陣と知財部門が将来の事業について話し合う会を数回開き、知財部門から経営への提案を一つ出す。',
    'Using a shared tool such as the management design sheet, hold a few sessions where management and IP discuss future business, ending with one proposal from IP to management.',
  ),
  effort: 'M',
  importance: 1,
});
