import type { Answers } from '@ipgn/assessment';
import type { CompanyFacts } from '../lib/model/company-facts';
import { p } from '../lib/templates/draft-template';

// FICTIONAL listed companies of the test matrix (company-matrix.ts): a mid-level one with many gaps, one trading
// below book value and a newly listed one with no IP owner. Every name, figure and answer is invented.

export const MID_FACTS: CompanyFacts = {
  segments: [
    {
      id: 'materials',
      name: p('機能材料事業', 'the Functional Materials business'),
      products: p('高耐熱樹脂材料', 'heat-resistant resin materials'),
    },
    {
      id: 'devices',
      name: p('電子部品事業', 'the Electronic Components business'),
      products: p('積層セラミック部品', 'multilayer ceramic components'),
    },
  ],
  intangibles: [
    {
      id: 'dispersion',
      kind: 'know-how',
      name: p('独自の分散技術', 'our proprietary dispersion technology'),
      segmentIds: ['devices'],
    },
    {
      id: 'resin-patents',
      kind: 'patent',
      name: p('高耐熱樹脂の配合特許', 'our patents on heat-resistant resin formulations'),
      segmentIds: ['materials'],
    },
  ],
  valueChains: [
    {
      id: 'devices-chain',
      intangibleId: 'dispersion',
      segmentId: 'devices',
      advantage: p('微細な部品の安定した量産', 'stable volume production of very small components'),
      customerValue: p('スマートフォンの小型化', 'smaller smartphones'),
      financialResult: p('主要顧客との長期契約', 'long-term contracts with key customers'),
    },
  ],
  kpis: [
    {
      id: 'filings',
      name: p('特許出願件数', 'patent applications filed'),
      kind: 'count',
      unit: 'count',
      actual: { value: 38, fiscalYear: 2025 },
    },
  ],
  allocations: [
    {
      id: 'materials-rd',
      area: 'rd',
      segmentId: 'materials',
      amount: 4_500,
      fromFiscalYear: 2026,
      toFiscalYear: 2028,
      purpose: p('次世代の高耐熱樹脂', 'next-generation heat-resistant resins'),
    },
    {
      id: 'devices-rd',
      area: 'rd',
      segmentId: 'devices',
      amount: 1_200,
      fromFiscalYear: 2026,
      toFiscalYear: 2028,
      purpose: p('量産ラインの歩留まりを高めます', 'raising yield on the volume-production lines'),
    },
  ],
  midTermPlan: {
    name: p('中期経営計画「Next 2028」', 'the Next 2028 mid-term plan'),
    fromFiscalYear: 2026,
    toFiscalYear: 2028,
  },
  portfolio: [
    {
      segmentId: 'devices',
      asIs: 'core',
      toBe: 'growth',
      targetYear: 2030,
      ipRole: p('分散技術のノウハウの秘匿', 'keeping our dispersion know-how secret'),
    },
  ],
  benchmarks: [
    {
      id: 'resin-share',
      metric: p('高耐熱樹脂の特許出願シェア', 'share of patent filings on heat-resistant resins'),
      peer: p('国内同業2社', 'two domestic peers'),
      ownValue: 18,
      peerValue: 31,
      unit: 'percent',
      fiscalYear: 2025,
      segmentId: 'materials',
      decision: p('海外での出願を増やすことを決めました', 'we decided to file more applications abroad'),
    },
  ],
  plans: [
    {
      id: 'board-review',
      topic: 'oversight',
      action: p(
        '取締役会が知財・無形資産投資の進捗を年2回確認する仕組みを導入します',
        'the board is to review progress on IP and intangible investment twice a year',
      ),
      due: '2027-06',
    },
  ],
};

export const MID_ANSWERS: Answers = {
  'm0.revenue': 82_000,
  'm0.rd-expense': 2_600,
  'm0.book-equity': 60_000,
  'm0.market-cap': 84_000,
  'm0.employees': 1_900,
  'm5.ip-cost': 240,
  'm3.strategy-integration': 3,
  'm3.mid-term-plan': 'policy',
  'm6.executive-owner': 'executive-part',
  'm6.board-committee': 'none',
  'm6.board-discussions': 0,
  'm6.board-oversight': 0,
  'm2.ip-landscape': 4,
  'm2.competitor-comparison': 'within-2y',
  'm2.freedom-to-operate': 3,
  'm4.secret-management': 2,
  'm8.feedback-loop': 3,
  'm4.value-story': '独自の分散技術で微細な部品を安定して量産し、顧客の製品の小型化に貢献することで長期契約を得ている',
  'm2.competitor-notes': '高耐熱樹脂では出願件数で国内同業に劣るが、電子部品では歩留まりで優位',
};

export const PBR_FACTS: CompanyFacts = {
  segments: [
    {
      id: 'steel',
      name: p('特殊鋼事業', 'the Specialty Steel business'),
      products: p('自動車向け特殊鋼', 'specialty steel for cars'),
    },
  ],
  intangibles: [
    {
      id: 'alloy-design',
      kind: 'know-how',
      name: p('合金設計のノウハウ', 'our alloy-design know-how'),
      segmentIds: ['steel'],
    },
  ],
  valueChains: [
    {
      id: 'steel-chain',
      intangibleId: 'alloy-design',
      segmentId: 'steel',
      advantage: p('軽量で高強度な鋼材の開発', 'developing light, high-strength steel'),
      customerValue: p('車体の軽量化', 'lighter car bodies'),
      financialResult: p('高付加価値品の販売比率の上昇', 'a higher share of high-value products in sales'),
      evidence: {
        label: p('高付加価値品比率', 'high-value product share'),
        value: 41,
        unit: 'percent',
        fiscalYear: 2025,
      },
    },
  ],
  kpis: [
    {
      id: 'hv-share',
      name: p('高付加価値品比率', 'high-value product share'),
      kind: 'outcome',
      unit: 'percent',
      segmentId: 'steel',
      target: { value: 50, fiscalYear: 2028 },
      actual: { value: 41, fiscalYear: 2025 },
    },
  ],
  plans: [
    {
      id: 'cost-of-capital',
      topic: 'strategy',
      action: p(
        '資本コストを踏まえた無形資産投資の方針を、中期経営計画の見直しに合わせて公表します',
        'we will publish our policy on intangible investment in light of our cost of capital with the revised mid-term plan',
      ),
      due: '2027-05',
    },
  ],
  governance: { ipOwner: p('技術担当の取締役常務執行役員', 'director and managing executive officer for technology') },
};

export const PBR_ANSWERS: Answers = {
  'm0.revenue': 310_000,
  'm0.rd-expense': 4_100,
  'm0.book-equity': 240_000,
  'm0.market-cap': 165_000,
  'm0.recognised-intangibles': 3_000,
  'm0.goodwill': 0,
  'm5.ip-cost': 380,
  'm5.brand-data-investment': 900,
  'm3.strategy-integration': 2,
  'm6.executive-owner': 'executive-part',
  'm6.board-committee': 'management',
  'm6.board-discussions': 1,
  'm6.skill-matrix': 'technology',
  'm6.board-oversight': 2,
  'm2.freedom-to-operate': 2,
  'm4.secret-management': 3,
};

export const NEW_FACTS: CompanyFacts = {
  segments: [
    {
      id: 'saas',
      name: p('クラウド事業', 'the Cloud business'),
      products: p('中小企業向け会計クラウド', 'cloud accounting for small businesses'),
    },
  ],
  intangibles: [
    {
      id: 'ledger-data',
      kind: 'data',
      name: p('取引明細の学習データ', 'our transaction-data training set'),
      segmentIds: ['saas'],
    },
  ],
  valueChains: [
    {
      id: 'saas-chain',
      intangibleId: 'ledger-data',
      segmentId: 'saas',
      advantage: p('仕訳の自動提案の精度', 'accurate automatic journal suggestions'),
      customerValue: p('経理作業の時間短縮', 'less time spent on bookkeeping'),
      financialResult: p('解約率の低さ', 'low churn'),
      evidence: { label: p('月次解約率', 'monthly churn'), value: 0.8, unit: 'percent', fiscalYear: 2025 },
    },
  ],
  kpis: [
    {
      id: 'accuracy',
      name: p('自動仕訳の正答率', 'automatic journal accuracy'),
      kind: 'quality',
      unit: 'percent',
      intangibleId: 'ledger-data',
      actual: { value: 93, fiscalYear: 2025 },
    },
  ],
};

export const NEW_ANSWERS: Answers = {
  'm0.revenue': 4_800,
  'm0.rd-expense': 1_100,
  'm0.book-equity': 6_000,
  'm0.market-cap': 42_000,
  'm6.executive-owner': 'nobody',
  'm6.board-committee': 'none',
  'm6.board-discussions': 0,
  'm6.board-oversight': 0,
  'm2.competitor-comparison': 'never',
};
