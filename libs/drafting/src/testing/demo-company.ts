import { sampleAnswers } from '@ipgn/assessment';
import type { CompanyFacts } from '../lib/model/company-facts';
import type { DraftInput, DraftOrganization } from '../lib/model/draft-input';
import { p } from '../lib/templates/draft-template';

/*
 * DEMO DATA. デモ電機株式会社 / Demo Denki Co., Ltd. is a fictional company invented for demos, tests and the
 * benchmark. Every name, figure and event below is made up; any resemblance to a real company is accidental.
 */

export const DEMO_ORGANIZATION: DraftOrganization = {
  legalNameJa: 'デモ電機株式会社',
  legalNameEn: 'Demo Denki Co., Ltd.',
  listingStatus: 'prime',
  companySize: 'large',
  industry: '3650',
  fiscalYearEndMonth: 3,
};

/** The "as of" date used with the demo data (after the fiscal year ended March 2026). */
export const DEMO_AS_OF = '2026-06-30';

export const DEMO_COMPANY_FACTS: CompanyFacts = {
  segments: [
    {
      id: 'power',
      name: p('パワー半導体事業', 'the Power Semiconductors business'),
      products: p('SiCパワーモジュール', 'SiC power modules'),
    },
    {
      id: 'sensor',
      name: p('車載センサ事業', 'the Automotive Sensors business'),
      products: p('先進運転支援システム向けレーダーセンサ', 'radar sensors for driver-assistance systems'),
    },
    {
      id: 'motor',
      name: p('産業モーター事業', 'the Industrial Motors business'),
      products: p('高効率産業用モーター', 'high-efficiency industrial motors'),
    },
    {
      id: 'service',
      name: p('保守・データサービス事業', 'the Maintenance and Data Services business'),
      products: p('予兆保全サービス', 'predictive maintenance services'),
    },
  ],
  intangibles: [
    {
      id: 'sic-know-how',
      kind: 'know-how',
      name: p('SiC結晶加工のプロセスノウハウ', 'our SiC wafer-processing know-how'),
      segmentIds: ['power'],
    },
    {
      id: 'sensor-patents',
      kind: 'patent',
      name: p('レーダー信号処理の特許群', 'our radar signal-processing patent family'),
      segmentIds: ['sensor'],
    },
    {
      id: 'interface-patents',
      kind: 'patent',
      name: p('センサ接続インターフェースの周辺特許', 'our peripheral patents on the sensor connection interface'),
      segmentIds: ['sensor'],
    },
    {
      id: 'field-data',
      kind: 'data',
      name: p('導入先設備から集まる稼働データ', 'operating data collected from installed equipment'),
      segmentIds: ['service'],
    },
    {
      id: 'demotorq-brand',
      kind: 'brand',
      name: p('産業モーターのブランド「DEMOTORQ」', 'the DEMOTORQ industrial-motor brand'),
      segmentIds: ['motor'],
    },
    {
      id: 'engineers',
      kind: 'people',
      name: p('パワーデバイス技術者の層の厚さ', 'our depth of power-device engineers'),
      segmentIds: ['power'],
    },
  ],
  valueChains: [
    {
      id: 'power-chain',
      intangibleId: 'sic-know-how',
      segmentId: 'power',
      advantage: p(
        '低損失のSiCパワーモジュールの高歩留まりでの量産',
        'volume production of low-loss SiC power modules at high yield',
      ),
      customerValue: p('EV用インバーターの電力損失の低減', 'lower power loss in EV inverters'),
      financialResult: p(
        '値下げ競争に巻き込まれない価格設定と高い売上総利益率',
        'prices that hold up against competitors and a high gross margin',
      ),
      evidence: { label: p('売上総利益率', 'gross margin'), value: 34, unit: 'percent', fiscalYear: 2025 },
    },
    {
      id: 'sensor-chain',
      intangibleId: 'sensor-patents',
      segmentId: 'sensor',
      advantage: p(
        '他社が回避しにくい検知精度の差別化',
        'differentiated detection accuracy that competitors find hard to design around',
      ),
      customerValue: p('先進運転支援システムの誤検知の削減', 'fewer false detections in driver-assistance systems'),
      financialResult: p('自動車メーカーでの採用拡大による売上成長', 'sales growth from wider adoption by carmakers'),
      evidence: {
        label: p('車載センサ事業の売上高', 'Automotive Sensors revenue'),
        value: 62_000,
        unit: 'million-yen',
        fiscalYear: 2025,
      },
    },
    {
      id: 'service-chain',
      intangibleId: 'field-data',
      segmentId: 'service',
      advantage: p('故障の予兆の早期検知', 'early detection of signs of failure'),
      customerValue: p('設備停止時間の短縮', 'shorter equipment downtime'),
      financialResult: p('継続課金型の保守契約収入', 'recurring maintenance-contract revenue'),
      evidence: {
        label: p('保守契約の継続率', 'maintenance-contract renewal rate'),
        value: 92,
        unit: 'percent',
        fiscalYear: 2025,
      },
    },
  ],
  kpis: [
    {
      id: 'coverage',
      name: p('主要製品の特許カバー率', 'patent coverage of key products'),
      kind: 'quality',
      unit: 'percent',
      target: { value: 90, fiscalYear: 2028 },
      actual: { value: 78, fiscalYear: 2025 },
      baseline: { value: 70, fiscalYear: 2023 },
    },
    {
      id: 'licence-income',
      name: p('ライセンス収入', 'licence income'),
      kind: 'outcome',
      unit: 'million-yen',
      segmentId: 'sensor',
      target: { value: 1_500, fiscalYear: 2028 },
      actual: { value: 620, fiscalYear: 2025 },
    },
    {
      id: 'new-product-share',
      name: p('新製品売上高比率', 'share of revenue from new products'),
      kind: 'outcome',
      unit: 'percent',
      target: { value: 30, fiscalYear: 2028 },
      actual: { value: 22, fiscalYear: 2025 },
    },
    {
      id: 'filings',
      name: p('特許出願件数', 'number of patent applications filed'),
      kind: 'count',
      unit: 'count',
      actual: { value: 410, fiscalYear: 2025 },
    },
  ],
  allocations: [
    {
      id: 'power-rd',
      area: 'rd',
      segmentId: 'power',
      amount: 60_000,
      fromFiscalYear: 2026,
      toFiscalYear: 2028,
      purpose: p(
        '次世代SiCモジュールの量産技術を確立します',
        'establishing volume-production technology for next-generation SiC modules',
      ),
    },
    {
      id: 'service-data',
      area: 'data-digital',
      segmentId: 'service',
      amount: 12_000,
      fromFiscalYear: 2026,
      toFiscalYear: 2028,
      purpose: p('稼働データの分析基盤を整備します', 'building the analytics platform for operating data'),
    },
    {
      id: 'people',
      area: 'people',
      amount: 3_000,
      fromFiscalYear: 2026,
      toFiscalYear: 2028,
      purpose: p('知財とデータ分析の人材を育成します', 'developing IP and data-analytics talent'),
    },
  ],
  midTermPlan: {
    name: p('中期経営計画2028', 'Mid-term Plan 2028'),
    fromFiscalYear: 2026,
    toFiscalYear: 2028,
    intangibleInvestment: 150_000,
  },
  vision: {
    targetYear: 2035,
    statement: p(
      '電動化と省エネルギーを支えるパワーエレクトロニクスの中核企業になること',
      'to become a core power-electronics company enabling electrification and energy saving',
    ),
  },
  portfolio: [
    {
      segmentId: 'sensor',
      asIs: 'core',
      toBe: 'growth',
      targetYear: 2030,
      ipRole: p(
        'レーダー信号処理の特許網を拡充し、競合の参入障壁を高めています',
        'we are expanding our radar signal-processing patent family to raise barriers to entry',
      ),
    },
    {
      segmentId: 'service',
      asIs: 'incubation',
      toBe: 'growth',
      targetYear: 2030,
      ipRole: p(
        '稼働データの利用権を保守契約で確保し、予兆保全サービスを事業化しています',
        'we secure the right to use operating data in our maintenance contracts and have commercialised predictive maintenance',
      ),
    },
  ],
  materialIssues: [
    p('脱炭素に向けた電動化', 'electrification for decarbonisation'),
    p('安全なモビリティ', 'safe mobility'),
    p('製造現場の省人化', 'labour saving in factories'),
  ],
  governance: {
    ipOwner: p(
      'CIPO（最高知財責任者）を兼ねる常務執行役員',
      'managing executive officer who also serves as Chief IP Officer (CIPO)',
    ),
    committee: {
      name: p('知財・無形資産戦略委員会', 'IP and Intangibles Strategy Committee'),
      chair: p('社長', 'President and CEO'),
      frequency: 'quarterly',
    },
    boardTopics: [
      p('車載センサ事業の特許網拡充への追加投資', 'additional investment in the automotive-sensor patent family'),
      p('SiC関連技術のライセンス方針', 'the licensing policy for SiC-related technology'),
      p('無形資産KPIの目標と実績', 'intangibles KPIs against their targets'),
    ],
  },
  benchmarks: [
    {
      id: 'sic-citations',
      metric: p(
        'SiC関連特許の被引用数に基づく注目度スコア',
        'the citation-based impact score of our SiC-related patents',
      ),
      peer: p('主要競合3社の平均', 'the average of our three main competitors'),
      ownValue: 1.8,
      peerValue: 1.2,
      unit: 'score',
      fiscalYear: 2025,
      segmentId: 'power',
      decision: p(
        '次世代SiCモジュールへの研究開発費の重点配分を決定しました',
        'we decided to concentrate R&D spending on next-generation SiC modules',
      ),
    },
  ],
  dialogueEvents: [
    {
      id: 'ip-briefing-2025',
      kind: 'ip-briefing',
      month: '2025-11',
      participants: 45,
      feedback: p('セグメント別の特許カバー率を知りたい', 'they wanted patent coverage by segment'),
      change: p(
        '統合報告書でセグメント別の特許カバー率の開示を始めました',
        'we began disclosing patent coverage by segment in our integrated report',
      ),
    },
    { id: 'small-meeting-2026', kind: 'small-meeting', month: '2026-02', participants: 12 },
  ],
  risks: [
    {
      id: 'infringement',
      risk: p('他社特許の侵害による差止め・損害賠償', 'injunctions or damages for infringing others’ patents'),
      response: p(
        'すべての新製品で開発初期から侵害予防調査を実施しています',
        'we run freedom-to-operate checks from early development for every new product',
      ),
    },
    {
      id: 'know-how-leak',
      risk: p('技術者の退職に伴うSiCプロセスノウハウの流出', 'leakage of SiC process know-how when engineers leave'),
      response: p(
        'アクセス権限を限定し、退職時に秘密保持誓約を取得しています',
        'we restrict access and obtain confidentiality undertakings on departure',
      ),
    },
    {
      id: 'counterfeits',
      risk: p('DEMOTORQブランドの模倣品', 'counterfeits of DEMOTORQ products'),
      response: p(
        '主要な販売国で商標を登録し、税関での輸入差止めを申し立てています',
        'we register the trademark in our main sales countries and file customs applications to stop imports',
      ),
    },
  ],
  openClose: [
    {
      intangibleId: 'sic-know-how',
      stance: 'secret',
      rationale: p(
        '製品を分析しても再現できず、特許出願で公開すると模倣を招く',
        'keep a process that cannot be reverse-engineered from the product out of competitors’ reach',
      ),
    },
    {
      intangibleId: 'interface-patents',
      stance: 'license-out',
      rationale: p(
        '他社にも接続仕様を採用してもらい、車載センサの市場を広げる',
        'expand the automotive-sensor market by letting others adopt our connection interface',
      ),
    },
    {
      intangibleId: 'sensor-patents',
      stance: 'patent-exclusive',
      rationale: p('検知精度の差別化を守る', 'protect our differentiation in detection accuracy'),
    },
  ],
  disclosureUrl: 'https://example.com/ir/integrated-report-2026.pdf',
  sme: {
    customers: p(
      '国内外の自動車部品メーカーと設備メーカー',
      'automotive-parts and equipment makers in Japan and abroad',
    ),
    contact: p('経営企画部 知財グループ', 'IP Group, Corporate Planning Department'),
  },
};

/** The demo organisation with a complete listed-track assessment (every ladder at level 4) and full facts. */
export function demoDraftInput(): DraftInput {
  const answers = sampleAnswers('listed', 4, {
    listingStatus: DEMO_ORGANIZATION.listingStatus,
    companySize: DEMO_ORGANIZATION.companySize,
  });
  return { organization: DEMO_ORGANIZATION, answers, facts: DEMO_COMPANY_FACTS, asOf: DEMO_AS_OF };
}
