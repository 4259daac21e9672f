import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const protectionBasicsPlanRule = definePlanRule({
  id: 'plan.protection-basics.v1',
  gglAction: 3,
  questionIds: [
    'm4.secret-management',
    'm10.confidentiality-rules',
    'm10.trademark-registration',
    'm10.invention-ownership',
    'm2.freedom-to-operate',
  ],
  title: t('基本的な守りを固める', 'Put basic protection in place'),
  nextStep: t(
    '主な商品名の商標登録、社員・取引先との秘密保持の書面、外注先との権利帰属の契約の3点を、専門家や公的な相談窓口に相談しながら整える。',
    'With an expert or a public IP help desk, sort out three basics: trademarks for your main product names, written confidentiality agreements with staff and partners, and contracts that assign contractors’ work to you.',
  ),
  effort: 'S',
  importance: 1.5,
});
