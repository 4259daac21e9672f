import { t } from '../../i18n/localized-text';
import { definePlanRule } from './plan-rule';

export const aiDataPlanRule = definePlanRule({
  id: 'plan.ai-data.v1',
  gglAction: 5,
  questionIds: [
    'm11.genai-policy',
    'm11.ai-involvement-records',
    'm11.training-data-rights',
    'm11.data-asset',
    'm11.ai-vendor-contracts',
  ],
  title: t('AIとデータの扱いを決める', 'Settle how AI and data are handled'),
  nextStep: t(
    '生成AIの入力・出力・ツールのルールを文書にし、研究開発では案件ごとにAIの関与の段階と人の寄与を記録する。学習データと重要なデータの一覧（出所・権利・責任者）を作り、AI事業者との契約を同じチェックリストで見直す。',
    'Write down rules for generative-AI inputs, outputs and tools; in R&D record, per case, the degree of AI involvement and what people contributed. List training and key data with source, rights and owner, and review AI-vendor contracts against one checklist.',
  ),
  effort: 'M',
  importance: 1,
});
