import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * Integrated-report IP / intangibles section, organised by the six TOP-LEVEL headings of METI's Value
 * Co-creation Guidance 2.0 (REFERENCE §4: top level confirmed, sub-items not — so no sub-headings are used).
 */
export const INTEGRATED_REPORT_TEMPLATE: DraftTemplate = {
  type: 'integrated-report',
  version: '2026.12-1',
  title: p(
    '統合報告書 知的財産・無形資産セクション（案）',
    'Integrated report: intellectual property and intangibles section (draft)',
  ),
  sections: {
    values: p('1. 価値観と重要課題', '1. Values and material issues'),
    'long-term-strategy': p(
      '2. 長期戦略とビジネスモデル（価値創造ストーリー）',
      '2. Long-term strategy and business model (value-creation story)',
    ),
    execution: p('3. 実行戦略と資本配分', '3. Execution strategy and capital allocation'),
    outcomes: p('4. 成果と重要な成果指標（KPI）', '4. Outcomes and key performance indicators (KPIs)'),
    governance: p('5. ガバナンス', '5. Governance'),
    dialogue: p('6. 投資家との対話', '6. Dialogue with investors'),
  },
  phrases: {
    materialIssuesMapped: p(
      '重要課題として{issues}を特定し、課題ごとに当社の無形資産を生かせる事業機会を整理しています。',
      'We have identified {issues} as material issues and mapped, for each, the business opportunities where our intangibles give us an edge.',
    ),
    materialIssues: p('重要課題として{issues}を特定しています。', 'We have identified {issues} as material issues.'),
  },
  slots: {
    materialIssues: {
      factKey: 'materialIssues',
      questionId: 'm3.material-issues',
      label: p('重要課題と、無形資産を生かせる機会', 'Material issues and the opportunities for your intangibles'),
    },
  },
};
