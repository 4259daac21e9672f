import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * Securities report (有価証券報告書) sustainability section — the IP part, under the section's four elements
 * (REFERENCE §3.2: governance and risk management are required; strategy and metrics/targets by materiality;
 * IP itself is not a named mandatory item, so this is a voluntary IP entry).
 */
export const SECURITIES_REPORT_TEMPLATE: DraftTemplate = {
  type: 'securities-report',
  version: '2026.11-1',
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
  phrases: {
    riskProcess: p(
      '知財・無形資産に関するリスクと機会は、{committee}が{frequency}評価し、重要なものを取締役会に報告しています。',
      'Risks and opportunities relating to IP and intangibles are assessed {frequency} by the {committee}, which reports material ones to the Board of Directors.',
    ),
    risk: p('{risk}に対しては、{response}。', 'Against {risk}, {response}.'),
    fto: p(
      '他社の権利を侵害するリスクに対しては、新製品の開発段階から他社の特許・商標を調査する手順を設けています。',
      'Against the risk of infringing others’ rights, we have a procedure to check others’ patents and trademarks from the development stage of every new product.',
    ),
    secrets: p(
      '秘密とすべきノウハウは、就業規則と契約で秘密保持を定め、アクセスを限定して管理しています。',
      'Know-how that must stay secret is protected by confidentiality terms in our work rules and contracts, with restricted access.',
    ),
  },
  slots: {
    risks: { factKey: 'risks', questionId: 'm2.freedom-to-operate', label: p('知財・無形資産に関する主なリスクと対応', 'Main IP / intangibles risks and how you respond') },
    riskProcess: { factKey: 'governance.committee', questionId: 'm6.board-committee', label: p('知財リスクを評価する会議体と頻度', 'The body that assesses IP risks, and how often') },
  },
};
