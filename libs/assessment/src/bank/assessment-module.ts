import { LocalizedText, t } from '../i18n/localized-text';
import { SME_MODULES, SME_MODULE_IDS } from '../sme/bank/sme-modules';

export const MODULE_IDS = [
  'm0',
  'm1',
  'm2',
  'm3',
  'm4',
  'm5',
  'm6',
  'm7',
  'm8',
  'm9',
  'm10',
  'm11',
  'm12',
  'm13',
  'm14',
  'm15',
  'm16',
  ...SME_MODULE_IDS,
] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export interface AssessmentModule {
  readonly id: ModuleId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

// Module list follows REFERENCE §10; m11–m16 cover the agenda items of REFERENCE §12 (bank 2026.12-1).
export const ASSESSMENT_MODULES: readonly AssessmentModule[] = [
  {
    id: 'm0',
    title: t('会社概要と財務の基礎', 'Profile and financial baseline'),
    description: t(
      '事業と財務の基本的な数字。無形資産の定量化に使います。',
      'Basic business and financial figures, used to quantify intangibles.',
    ),
  },
  {
    id: 'm1',
    title: t('無形資産の棚卸し', 'Intangible inventory'),
    description: t(
      'どの知財・無形資産が今の稼ぐ力を支えているか。',
      'Which IP and intangibles underpin today’s earnings.',
    ),
  },
  {
    id: 'm2',
    title: t('外部環境と自社の立ち位置', 'External position and IP landscape'),
    description: t('競合や市場と比べた自社の知財の位置。', 'Where your IP stands against competitors and the market.'),
  },
  {
    id: 'm3',
    title: t('目指す姿と事業ポートフォリオ', 'To-Be and business portfolio'),
    description: t(
      '将来の姿から逆算した重要課題と戦略の位置づけ。',
      'Key issues backcast from the future state, and where the IP strategy sits.',
    ),
  },
  {
    id: 'm4',
    title: t('価値創造ストーリー', 'Value-creation story and causal path'),
    description: t(
      '無形資産が競争優位と利益につながる道筋。',
      'How intangibles lead to competitive advantage and profit.',
    ),
  },
  {
    id: 'm5',
    title: t('投資・資源配分とKPI', 'Investment, allocation and KPIs'),
    description: t(
      '無形資産への投資の規模、配分、進捗の測り方。',
      'How much you invest in intangibles, where, and how progress is measured.',
    ),
  },
  {
    id: 'm6',
    title: t('組織とガバナンス', 'Organisation and governance'),
    description: t(
      '誰が責任を持ち、取締役会がどう監督しているか。',
      'Who owns the strategy and how the board oversees it.',
    ),
  },
  {
    id: 'm7',
    title: t('開示の実務', 'Disclosure practice'),
    description: t('どこで、どこまで具体的に開示しているか。', 'Where and how specifically you disclose.'),
  },
  {
    id: 'm8',
    title: t('対話とフィードバック', 'Dialogue and feedback'),
    description: t(
      '投資家・金融機関との対話と、その結果の反映。',
      'Dialogue with investors and lenders, and what changes as a result.',
    ),
  },
  {
    id: 'm9',
    title: t('経営と知財のコミュニケーション', 'Management–IP communication maturity'),
    description: t(
      '経営層と知財部門がどれだけ将来について話し合えているか。',
      'How far management and the IP function discuss the future together.',
    ),
  },
  {
    id: 'm10',
    title: t('中小企業・スタートアップ', 'SME and startup essentials'),
    description: t(
      '強みの見える化、基本的な守り、金融機関・投資家への説明。',
      'Making strengths visible, basic protection, and explaining them to banks and investors.',
    ),
  },
  {
    id: 'm11',
    title: t('AIとデータ', 'AI use and data'),
    description: t(
      '生成AIの利用方針、研究開発でのAI関与の記録、学習データの権利、資産としてのデータ、AI事業者との契約。',
      'Generative-AI policy, records of AI’s part in R&D, rights in training data, data as an asset, and contracts with AI vendors.',
    ),
  },
  {
    id: 'm12',
    title: t('国際標準', 'International standards'),
    description: t(
      '標準化を事業・知財戦略と一体で判断しているか、責任者、費用対効果、標準必須特許とライセンス。',
      'Whether standards work is decided with the business and IP strategy, who owns it, its return, and essential patents and licensing.',
    ),
  },
  {
    id: 'm13',
    title: t('職務発明', 'Employee inventions'),
    description: t(
      '職務発明の規程と、発明を生み出す報奨の仕組み。',
      'Employee-invention rules and the rewards that encourage invention.',
    ),
  },
  {
    id: 'm14',
    title: t('技術流出と経済安全保障', 'Technology leakage and economic security'),
    description: t(
      '営業秘密の管理、退職者・海外の取引先を通じた流出の防止、輸出管理を含む経済安全保障。',
      'Trade-secret management, leakage through departing staff and overseas partners, and economic security including export control.',
    ),
  },
  {
    id: 'm15',
    title: t('人的資本との連携', 'Link to human capital'),
    description: t(
      '知財戦略に必要な人材の計画と、人的資本の開示とのつながり。',
      'Planning the people the IP strategy needs, and the link to human-capital disclosure.',
    ),
  },
  {
    id: 'm16',
    title: t('資本コストと企業価値', 'Cost of capital and market value'),
    description: t(
      '資本コストと収益性の比較、東証の要請への対応、企業価値を高める計画での無形資産の位置づけ。',
      'Returns against the cost of capital, the response to TSE’s request, and where intangibles sit in the plan to raise corporate value.',
    ),
  },
  // The SME track's own sections (bank 2026.12-1).
  ...SME_MODULES,
];
