import type { DraftTemplate } from './draft-template';
import { p } from './draft-template';

/**
 * CG report (コーポレート・ガバナンス報告書) text for the IP parts of supplementary principles 3-1③ and 4-2②
 * of the 2021 Corporate Governance Code (REFERENCE §3.1). Headings name the principle; the text is our own
 * drafting and never quotes the code as official wording. 4-2② is optional in the report (REFERENCE §3.2).
 */
export const CG_REPORT_TEMPLATE: DraftTemplate = {
  type: 'cg-report',
  version: '2026.11-1',
  title: p(
    'コーポレート・ガバナンス報告書 記載案（知的財産への投資・取締役会による監督）',
    'Corporate governance report draft (investment in intellectual property; board supervision)',
  ),
  sections: {
    'sp-3-1-3': p('【補充原則3-1③ 知的財産への投資等（2021年改訂コード）】', '[Supplementary Principle 3-1-3: investment in intellectual property (2021 Code)]'),
    'sp-4-2-2': p('【補充原則4-2② 経営資源の配分に対する取締役会の監督（2021年改訂コード）】', '[Supplementary Principle 4-2-2: board supervision of resource allocation (2021 Code)]'),
  },
  phrases: {
    strategy: p(
      '当社は、{plan}において、知的財産を含む無形資産への投資を経営戦略・事業戦略の一部として位置付け、{segments}を重点に計画・実行しています。',
      'Under {plan}, we treat investment in intangible assets, including intellectual property, as part of our management and business strategy, with a focus on {segments}.',
    ),
    assets: p('当社の競争力を支える主な無形資産は、{assets}です。', 'The main intangible assets behind our competitiveness are {assets}.'),
    assetWithSegment: p('{asset}（{segment}）', '{asset} ({segment})'),
    skillMatrixIp: p(
      '取締役会のスキル・マトリックスには知財・無形資産の項目を設け、監督に必要な知見を確認しています。',
      'Our board skills matrix includes IP and intangibles, so that the expertise needed for supervision is checked.',
    ),
    skillMatrixTech: p(
      '取締役会のスキル・マトリックスには技術・研究開発の項目を設けています。',
      'Our board skills matrix includes technology and research and development.',
    ),
    oversight: p(
      '取締役会は、{committee}の報告に基づき知財・無形資産のKPIの目標と実績を確認し、資源配分の見直しを求めています。',
      'Based on reports from the {committee}, the Board of Directors reviews IP and intangibles KPIs against their targets and requests changes in resource allocation.',
    ),
    oversightNoCommittee: p(
      '取締役会は、知財・無形資産のKPIの目標と実績の報告を受け、資源配分の見直しを求めています。',
      'The Board of Directors receives reports on IP and intangibles KPIs against their targets and requests changes in resource allocation.',
    ),
  },
  slots: {
    strategy: {
      questionId: 'm3.strategy-integration',
      factKey: 'midTermPlan',
      label: p('知財・無形資産投資の経営戦略上の位置づけ（中期経営計画の名称と重点事業）', 'How IP / intangible investment sits in the management strategy (mid-term plan name and focus businesses)'),
    },
    assets: {
      questionId: 'm1.asset-types',
      factKey: 'intangibles',
      label: p('競争力を支える主な無形資産と、それが効いている事業', 'The main intangibles behind your competitiveness and the businesses they support'),
    },
    skillMatrix: { questionId: 'm6.skill-matrix', label: p('取締役会スキル・マトリックスにおける知財・技術の扱い', 'Whether the board skills matrix covers IP or technology') },
    oversight: { questionId: 'm6.board-oversight', label: p('取締役会による知財投資の監督の方法', 'How the board supervises IP investment') },
  },
};
