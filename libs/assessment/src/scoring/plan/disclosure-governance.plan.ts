import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const disclosureGovernancePlanRule = definePlanRule({
  id: 'plan.disclosure-governance.v1',
  gglAction: 6,
  questionIds: ['m7.sensitivity-policy', 'm7.cross-media-consistency'],
  title: t('開示の方針と一貫性を整える', 'Set a disclosure policy and keep media consistent'),
  nextStep: t(
    '知財部門とIR・開示担当で「何を出し、何を伏せるか」の基準を文書にし、CG報告書・統合報告書・有価証券報告書の知財の記載と数値を一つの原稿から作る。',
    'Have IP and IR agree in writing what to disclose and what to withhold, and produce the IP text and figures for the CG report, integrated report and annual securities report from one master draft.',
  ),
  effort: 'S',
  importance: 1,
});
