import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const funderDialoguePlanRule = definePlanRule({
  id: 'plan.funder-dialogue.v1',
  gglAction: 7,
  questionIds: ['m8.lender-dialogue', 'm10.bank-tools', 'm10.ip-for-valuation'],
  title: t('目に見えない強みを金融機関・投資家に伝える', 'Show your invisible strengths to lenders and investors'),
  nextStep: t(
    '経営デザインシートなどで強みと将来の姿を1枚にまとめ、次の銀行面談や投資家との面談で説明する。知財ビジネス評価書のような第三者の評価の活用も検討する。',
    'Summarise your strengths and future on one page (e.g. a management design sheet) and use it at your next bank or investor meeting; consider a third-party assessment such as an IP business evaluation report.',
  ),
  effort: 'S',
  importance: 1,
});
