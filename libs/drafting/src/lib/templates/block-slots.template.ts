import { p } from './draft-template';
import type { SlotSpec } from './draft-template';

/**
 * The slots of the shared sentences (blocks.template.ts): the assessment question or company fact that fills each,
 * and its label, both languages.
 */
export const BLOCK_SLOTS: Readonly<Record<string, SlotSpec>> = {
  vision: {
    factKey: 'vision',
    questionId: 'm3.to-be-description',
    label: p('長期ビジョン（目標年と目指す姿）', 'Long-term vision (target year and target state)'),
  },
  strategy: {
    questionId: 'm3.strategy-integration',
    label: p(
      '知財・無形資産投資の経営戦略上の位置づけ',
      'How IP / intangible investment sits in the management strategy',
    ),
  },
  assets: {
    questionId: 'm1.top-three',
    factKey: 'intangibles',
    label: p(
      '競争力を支える主な無形資産と、それが効いている事業',
      'The main intangibles behind your competitiveness and the businesses they support',
    ),
  },
  skillMatrix: {
    questionId: 'm6.skill-matrix',
    label: p(
      '取締役会スキル・マトリックスにおける知財・技術の扱い',
      'Whether the board skills matrix covers IP or technology',
    ),
  },
  oversight: {
    questionId: 'm6.board-oversight',
    label: p('取締役会による知財投資の監督の方法', 'How the board supervises IP investment'),
  },
  rd: { questionId: 'm0.rd-expense', label: p('研究開発費（百万円）', 'R&D expense (million yen)') },
  ipCost: { questionId: 'm5.ip-cost', label: p('知財関連費用（百万円）', 'IP costs (million yen)') },
  brandData: {
    questionId: 'm5.brand-data-investment',
    label: p(
      'ブランド・データ・デジタル基盤への投資額（百万円）',
      'Investment in brand, data and digital infrastructure (million yen)',
    ),
  },
  newShare: {
    questionId: 'm5.new-business-rd-share',
    label: p('研究開発費のうち新事業向けの割合（％）', 'Share of R&D for new businesses (%)'),
  },
  chains: {
    factKey: 'valueChains',
    questionId: 'm4.value-story',
    label: p(
      '価値創造の道筋（どの無形資産が、どの事業で、どんな強みと顧客価値を生み、どの財務成果につながるか、裏付けの数値）',
      'Value-creation path (which intangible, in which segment, creates which advantage and customer value, leading to which financial result, with a supporting figure)',
    ),
  },
  kpis: {
    factKey: 'kpis',
    label: p(
      '知財・無形資産のKPI（名称・目標値・目標年度・実績）',
      'IP / intangibles KPIs (name, target value, target year, actual)',
    ),
  },
  allocations: {
    factKey: 'allocations',
    label: p('事業別・期間別の無形資産への投資配分額', 'Investment in intangibles by business and period'),
  },
  midTermPlan: {
    factKey: 'midTermPlan',
    label: p(
      '中期経営計画の名称・期間・無形資産投資額',
      'Mid-term plan name, period and planned intangible investment',
    ),
  },
  portfolio: {
    factKey: 'portfolio',
    label: p(
      '事業ごとの現状と目指す位置づけ（As Is → To Be）と知財の役割',
      'As Is → To Be position of each business and the role of IP',
    ),
  },
  benchmarks: {
    factKey: 'benchmarks',
    label: p(
      '競合との比較結果（指標・自社値・比較対象の値・年度）と、それを踏まえた判断',
      'Competitor comparison (measure, own value, peer value, year) and the decision it informed',
    ),
  },
  openClose: {
    factKey: 'openClose',
    label: p(
      '何を権利化・秘匿し、何をライセンス・標準化・開放するかと、その理由',
      'What you patent or keep secret and what you license, standardise or open, and why',
    ),
  },
  owner: {
    questionId: 'm6.executive-owner',
    factKey: 'governance.ipOwner',
    label: p('知財・無形資産戦略の責任者（役職）', 'Executive responsible for the IP and intangibles strategy (title)'),
  },
  committee: {
    questionId: 'm6.board-committee',
    factKey: 'governance.committee',
    label: p(
      '知財・無形資産を扱う会議体の名称・議長・開催頻度',
      'Name, chair and frequency of the body dealing with IP and intangibles',
    ),
  },
  boardCount: {
    questionId: 'm6.board-discussions',
    label: p(
      '昨年度の取締役会での知財・無形資産投資の審議回数',
      'Number of board discussions of IP/intangible investment last year',
    ),
  },
  dialogue: {
    factKey: 'dialogueEvents',
    label: p(
      '投資家との対話の実績（時期・形式・参加者数・意見・それを受けて変えたこと）',
      'Investor dialogue (when, format, participants, feedback, what you changed)',
    ),
  },
  valuation: {
    questionId: 'm0.market-cap',
    label: p(
      '時価総額・純資産・計上済み無形資産（無形資産比率の算出用）',
      'Market capitalisation, book equity and recognised intangibles (for the intangible share)',
    ),
  },
  pbrResponse: {
    factKey: 'plans',
    label: p(
      'PBR1倍を下回る状況への対応方針（資本コストを踏まえ、無形資産投資で収益性・成長性をどう高めるか、時期）',
      'How you respond to a PBR below 1 (how intangible investment is to lift returns above the cost of capital and growth, and by when)',
    ),
  },
  risks: {
    factKey: 'risks',
    questionId: 'm2.freedom-to-operate',
    label: p('知財・無形資産に関する主なリスクと対応', 'Main IP / intangibles risks and how you respond'),
  },
};
