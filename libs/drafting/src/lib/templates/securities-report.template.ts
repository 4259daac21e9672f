import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * Securities report (有価証券報告書) sustainability section — the IP part, under the section's four elements
 * (REFERENCE §3.2: governance and risk management are required; strategy and metrics/targets by materiality;
 * IP itself is not a named mandatory item, so this is a voluntary IP entry).
 */
export const SECURITIES_REPORT_TEMPLATE: DraftTemplate = {
  type: 'securities-report',
  version: '2026.12-1',
  title: p(
    '有価証券報告書「サステナビリティに関する考え方及び取組」知的財産（案）',
    'Annual securities report, sustainability section: intellectual property (draft)',
  ),
  sections: {
    governance: p('(1) ガバナンス', '(1) Governance'),
    strategy: p('(2) 戦略', '(2) Strategy'),
    'risk-management': p('(3) リスク管理', '(3) Risk management'),
    'metrics-targets': p('(4) 指標及び目標', '(4) Metrics and targets'),
  },
  // Sentences come from the shared blocks (blocks.template.ts).
  phrases: {},
  slots: {},
};
