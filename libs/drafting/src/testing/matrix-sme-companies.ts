import type { Answers } from '@ipgn/assessment';
import type { CompanyFacts } from '../lib/model/company-facts';
import { p } from '../lib/templates/draft-template';

// FICTIONAL SMEs of the test matrix (company-matrix.ts): a two-person workshop and an exporter. Every name, figure
// and answer is invented.

// The two SMEs answered the SME check (bank 2026.12-1) and the SME facts form; nothing of the listed bank.
export const SME2_FACTS: CompanyFacts = {
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

export const SME2_ANSWERS: Answers = {
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

export const EXPORT_FACTS: CompanyFacts = {
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

export const EXPORT_ANSWERS: Answers = {
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
