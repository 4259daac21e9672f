import type { Answers } from '@ipgn/assessment';
import type { CompanyFacts } from '../lib/model/company-facts';
import type { DraftInput } from '../lib/model/draft-input';
import { p } from '../lib/templates/draft-template';
import { DEMO_AS_OF, DEMO_COMPANY_FACTS, demoDraftInput } from './demo-company';

/*
 * FICTIONAL TEST COMPANIES. Six made-up companies that span what drafts meet in practice (issue 11): a rich
 * listed company, a mid-level listed company with many gaps, one trading below book value, a newly listed one
 * with no IP owner, an SME of two people and an SME exporter. Every name, figure and answer is invented.
 */

export const MATRIX_COMPANIES = [
  'rich-listed',
  'mid-listed-gaps',
  'pbr-below-1',
  'newly-listed',
  'sme-two-people',
  'sme-exporter',
] as const;
export type MatrixCompany = (typeof MATRIX_COMPANIES)[number];

/** The rich listed company: the demo data made coherent (every KPI on a chain, the largest allocation to a focus business). */
function richListed(): DraftInput {
  const base = demoDraftInput();
  const facts: CompanyFacts = {
    ...DEMO_COMPANY_FACTS,
    kpis: (DEMO_COMPANY_FACTS.kpis ?? []).map((k) =>
      k.id === 'coverage' || k.id === 'filings'
        ? { ...k, intangibleId: 'sensor-patents' }
        : k.id === 'new-product-share'
          ? { ...k, intangibleId: 'sic-know-how' }
          : k,
    ),
    portfolio: [
      {
        segmentId: 'power',
        asIs: 'growth',
        toBe: 'growth',
        targetYear: 2030,
        ipRole: p(
          'SiC加工ノウハウを営業秘密として守り、量産技術の優位を保ちます',
          'we keep our SiC processing know-how secret to hold our lead in volume production',
        ),
      },
      ...(DEMO_COMPANY_FACTS.portfolio ?? []),
    ],
    governance: { ...DEMO_COMPANY_FACTS.governance, committeeReportsToBoard: true },
  };
  const answers: Answers = {
    ...base.answers,
    'm4.value-story': null,
    'm1.top-three': null,
    'm2.competitor-notes': null,
    'm3.to-be-description': null,
  };
  return { ...base, answers, facts };
}

const MID_FACTS: CompanyFacts = {
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

const MID_ANSWERS: Answers = {
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

const PBR_FACTS: CompanyFacts = {
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

const PBR_ANSWERS: Answers = {
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

const NEW_FACTS: CompanyFacts = {
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

const NEW_ANSWERS: Answers = {
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

// The two SMEs answered the SME check (bank 2026.12-1) and the SME facts form; nothing of the listed bank.
const SME2_FACTS: CompanyFacts = {
  sme: {
    ownerTitle: p('社長', 'president'),
    // Japanese only, as most owners will enter it: the English draft asks for the translation.
    products: { ja: '精密プレス金型の設計・製作' },
    customers: p('県内の自動車部品メーカー', 'automotive-parts makers in our prefecture'),
    employees: 2,
    revenueManYen: 12_000,
    contact: p('社長 山田（電話 000-000-0000）', 'Mr Yamada, president (phone 000-000-0000)'),
  },
};

const SME2_ANSWERS: Answers = {
  'sme-strengths.why-customers': '短納期でも寸法精度が出せるから',
  'sme-strengths.kinds': ['skill', 'drawings', 'relationships'],
  'sme-strengths.written-down': 1,
  'sme-strengths.handover': 'no',
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 1,
  'sme-secrets.access': 'roughly',
  'sme-secrets.not-public': 'unsure',
  'sme-secrets.staff-promise': 0,
  'sme-deals.drawing-requests': 'often',
  'sme-deals.drawing-terms': 'verbal',
  'sme-deals.nda-first': 1,
  'sme-deals.joint-work': 'no',
  'sme-deals.guideline-known': 'no',
  'sme-brand.trademark': 'no',
  'sme-brand.sells-abroad': 'no',
  'sme-help.advisers': 'none',
  'sme-help.budget': 'under-10',
  'sme-help.bank-talk': 'verbal',
};

const EXPORT_FACTS: CompanyFacts = {
  intangibles: [
    {
      id: 'brand',
      kind: 'brand',
      name: p('「KATANA TOOLS」ブランド', 'the KATANA TOOLS brand'),
      segmentIds: ['tools'],
    },
  ],
  segments: [
    {
      id: 'tools',
      name: p('作業工具事業', 'our hand-tools business'),
      products: p('職人向けの手工具', 'hand tools for professionals'),
    },
  ],
  valueChains: [
    {
      id: 'export-chain',
      intangibleId: 'brand',
      segmentId: 'tools',
      advantage: p('欧米の職人の間での高い認知', 'strong recognition among professionals in Europe and North America'),
      customerValue: p('長く使える信頼性', 'tools that last'),
      financialResult: p('値崩れしない海外売上', 'overseas sales that hold their price'),
      evidence: { label: p('海外売上高比率', 'overseas share of sales'), value: 62, unit: 'percent', fiscalYear: 2025 },
    },
  ],
  allocations: [
    {
      id: 'tm-abroad',
      area: 'ip',
      amount: 8,
      fromFiscalYear: 2026,
      toFiscalYear: 2027,
      purpose: p('欧州と米国で商標を追加登録します', 'registering our trademark in more European countries and the US'),
    },
  ],
  sme: {
    ownerTitle: p('代表', 'managing director'),
    products: p('職人向けの手工具', 'hand tools for professionals'),
    customers: p('欧州・北米の工具販売店', 'tool dealers in Europe and North America'),
    employees: 24,
    revenueManYen: 95_000,
    nextSteps: p(
      '2027年中に、欧州と米国で「KATANA TOOLS」の商標を追加登録します',
      'By the end of 2027 we will register KATANA TOOLS as a trademark in more European countries and the US',
    ),
    contact: p('海外営業担当 佐藤', 'Ms Sato, export sales'),
  },
};

const EXPORT_ANSWERS: Answers = {
  'sme-strengths.why-customers': '切れ味が長持ちし、修理にも応じるから。',
  'sme-strengths.kinds': ['skill', 'names', 'design'],
  'sme-strengths.written-down': 3,
  'sme-strengths.handover': 'partly',
  'sme-secrets.has-secret': 'yes',
  'sme-secrets.marked': 3,
  'sme-secrets.access': 'decided',
  'sme-secrets.not-public': 'checked',
  'sme-secrets.staff-promise': 2,
  'sme-deals.drawing-requests': 'never',
  'sme-deals.nda-first': 3,
  'sme-deals.joint-work': 'no',
  'sme-deals.guideline-known': 'heard',
  'sme-brand.trademark': 'all-main',
  'sme-brand.sells-abroad': 'yes',
  'sme-brand.export-trademark': 'some',
  'sme-brand.copies-seen': 'yes',
  'sme-help.advisers': 'sometimes',
  'sme-help.budget': '10-50',
  'sme-help.bank-talk': 'sheet',
};

const ORG = { industry: '3650', fiscalYearEndMonth: 3 } as const;

/** The six companies as draft inputs (as of the same date as the demo). */
export function matrixInput(company: MatrixCompany): DraftInput {
  switch (company) {
    case 'rich-listed':
      return richListed();
    case 'mid-listed-gaps':
      return {
        organization: {
          ...ORG,
          legalNameJa: 'ミッド化成株式会社',
          legalNameEn: 'Mid Kasei Corporation',
          listingStatus: 'standard',
          companySize: 'large',
          industry: '3200',
        },
        answers: MID_ANSWERS,
        facts: MID_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'pbr-below-1':
      return {
        organization: {
          ...ORG,
          legalNameJa: '低簿鋼業株式会社',
          legalNameEn: 'Teibo Steel Co., Ltd.',
          listingStatus: 'prime',
          companySize: 'large',
          industry: '3450',
        },
        answers: PBR_ANSWERS,
        facts: PBR_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'newly-listed':
      return {
        organization: {
          ...ORG,
          legalNameJa: '株式会社シンキクラウド',
          legalNameEn: 'Shinki Cloud Inc.',
          listingStatus: 'growth',
          companySize: 'startup',
          industry: '5250',
          fiscalYearEndMonth: 12,
        },
        answers: NEW_ANSWERS,
        facts: NEW_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'sme-two-people':
      return {
        organization: {
          ...ORG,
          legalNameJa: '山田精密金型',
          legalNameEn: 'Yamada Precision Moulds',
          listingStatus: 'unlisted',
          companySize: 'sme',
          industry: '3550',
        },
        answers: SME2_ANSWERS,
        facts: SME2_FACTS,
        asOf: DEMO_AS_OF,
      };
    case 'sme-exporter':
      return {
        organization: {
          ...ORG,
          legalNameJa: '刀工具株式会社',
          legalNameEn: 'Katana Tools Co., Ltd.',
          listingStatus: 'unlisted',
          companySize: 'sme',
          industry: '3550',
        },
        answers: EXPORT_ANSWERS,
        facts: EXPORT_FACTS,
        asOf: DEMO_AS_OF,
      };
  }
}
