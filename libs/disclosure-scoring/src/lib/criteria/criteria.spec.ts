import { criterionOf } from '../test-helpers';

describe('R1 business linkage', () => {
  it('ja: IP tied to a named business with a figure scores 3', () => {
    const r = criterionOf(
      '当社の半導体材料事業では、高純度化技術に関する特許約1,200件が主力製品を支えています。',
      'R1',
    );
    expect(r.score).toBe(3);
    expect(r.evidence[0]?.text).toContain('半導体材料事業');
  });
  it('en: IP tied to a named segment scores at least 2', () => {
    const r = criterionOf(
      'Our Healthcare segment relies on patents covering the Xylo injection device, which we launched in 2021.',
      'R1',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('ja: "当社事業" only is not business linkage beyond level 1', () => {
    const r = criterionOf('当社は知的財産を当社事業に活用しております。', 'R1');
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.missing).toBeDefined();
  });
  it('adversarial: keyword list of segments and IP words scores 0', () => {
    const r = criterionOf('半導体、特許、事業、製品、ブランド、市場、知財、電池、自動車', 'R1');
    expect(r.score).toBe(0);
  });
});

describe('R2 causal path', () => {
  it('ja: IP → barrier → margin chain scores ≥ 2', () => {
    const r = criterionOf(
      '当社は電池材料分野で取得した特許により競合の参入障壁を築き、営業利益率20%を維持しています。',
      'R2',
    );
    expect(r.score).toBe(3);
  });
  it('en: chain without figures scores 2', () => {
    const r = criterionOf(
      'Our patents on the Xylo device create a barrier to competitors, which has allowed premium pricing in Europe.',
      'R2',
    );
    expect(r.score).toBe(2);
  });
  it('adversarial: future-intention-only chain earns nothing', () => {
    const r = criterionOf('知的財産の活用により競争力を高め、収益の拡大につなげてまいります。', 'R2');
    expect(r.score).toBe(0);
  });
  it('en adversarial: "we will" chain earns nothing', () => {
    const r = criterionOf(
      'We will leverage our intellectual property to strengthen competitiveness and drive revenue growth.',
      'R2',
    );
    expect(r.score).toBe(0);
  });
});

describe('R3 backcast / portfolio', () => {
  it('ja: As Is → To Be with year and IP role scores 3', () => {
    const r = criterionOf(
      '2030年の長期ビジョンでは、事業ポートフォリオを現状の汎用品中心から電子材料へ転換することとしており、知財部門はその転換に必要な特許網を構築しています。',
      'R3',
    );
    expect(r.score).toBe(3);
  });
  it('en: portfolio framing with a named business scores ≥ 2', () => {
    const r = criterionOf(
      'Under Vision 2030 we shifted our business portfolio toward the Lumina display business, and our patents were filed to support that shift.',
      'R3',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('ja: a plan mentioned without portfolio scores at most 1', () => {
    const r = criterionOf('中期経営計画において研究開発を行っています。', 'R3');
    expect(r.score).toBeLessThanOrEqual(1);
  });
});

describe('R4 quantification with targets', () => {
  it('ja: target with date and actual scores 3', () => {
    const r = criterionOf(
      '知財部門は2026年度までに特許ライセンス収入50億円を目標としており、2024年度実績は32億円でした。',
      'R4',
    );
    expect(r.score).toBe(3);
  });
  it('en: target with date scores 2', () => {
    const r = criterionOf('We target 30% of sales from products protected by our own patents by FY2027.', 'R4');
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('ja: a KPI named without a number (hidden target) stays low', () => {
    const r = criterionOf('当社は特許出願件数をKPIとして設定し、モニタリングしています。', 'R4');
    expect(r.score).toBe(0);
  });
  it('adversarial: numbers without meaning earn nothing beyond level 1', () => {
    const r = criterionOf('知財 100% 1,000件 50億円 2030年 3倍', 'R4');
    expect(r.score).toBeLessThanOrEqual(1);
  });
  it('full-width digits are recognised', () => {
    const r = criterionOf('２０２６年度までに特許ライセンス収入５０億円を目標としています。', 'R4');
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
});

describe('R5 beyond counts', () => {
  it('ja: counts only scores 1', () => {
    const r = criterionOf('2024年度の特許出願件数は350件、保有件数は4,200件です。', 'R5');
    expect(r.score).toBe(1);
  });
  it('ja: quality metric with value scores 3', () => {
    const r = criterionOf('主要製品の特許カバー率は92%で、被引用数は業界平均の1.8倍です。', 'R5');
    expect(r.score).toBe(3);
  });
  it('en: licence income with value scores 3', () => {
    const r = criterionOf('Patent licensing income reached ¥12 billion in FY2024.', 'R5');
    expect(r.score).toBe(3);
  });
});

describe('R6 evidence for claims', () => {
  it('ja: IPL result leading to a decision scores ≥ 2', () => {
    const r = criterionOf(
      'IPランドスケープで電池材料分野の競合3社の出願動向を分析し、2023年に同分野への参入を決定しました。',
      'R6',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('en: peer benchmark with a rank scores 3', () => {
    const r = criterionOf(
      'Our patent portfolio in gene therapy ranked 2nd among 15 peers by citation impact in 2024.',
      'R6',
    );
    expect(r.score).toBe(3);
  });
  it('ja: "IPランドスケープを推進" alone earns at most 1', () => {
    const r = criterionOf('IPランドスケープの活用を推進してまいります。', 'R6');
    expect(r.score).toBe(0);
  });
});

describe('R7 resource allocation', () => {
  it('ja: amount with horizon scores 3', () => {
    const r = criterionOf('研究開発費は中期経営計画期間の3年間で累計900億円を投じています。', 'R7');
    expect(r.score).toBe(3);
  });
  it('en: amount with ratio scores 3', () => {
    const r = criterionOf('In FY2024 we invested ¥45 billion in R&D, equal to 8.2% of net sales.', 'R7');
    expect(r.score).toBe(3);
  });
  it('ja adversarial: "投資を検討してまいります" earns 0', () => {
    expect(criterionOf('今後、知的財産への投資を検討してまいります。', 'R7').score).toBe(0);
  });
});

describe('R8 governance specificity', () => {
  it('ja: named committee with frequency scores 3', () => {
    const r = criterionOf('知財戦略委員会（委員長：CTO）を年4回開催し、その結果を取締役会に報告しています。', 'R8');
    expect(r.score).toBe(3);
  });
  it('en: named committee reporting quarterly scores 3', () => {
    const r = criterionOf(
      'The IP Strategy Committee, chaired by the Chief Intellectual Property Officer, meets quarterly and reports to the Board of Directors.',
      'R8',
    );
    expect(r.score).toBe(3);
  });
  it('adversarial: "取締役会が適切に監督" earns 0', () => {
    expect(criterionOf('取締役会は、知的財産への投資について適切に監督しております。', 'R8').score).toBe(0);
  });
});

describe('R9 breadth of intangibles', () => {
  it('ja: several asset types in specific statements score ≥ 2', () => {
    const r = criterionOf(
      '当社の化粧品事業では、ブランドと処方ノウハウ、顧客の肌データを組み合わせ、特許200件で保護した製品を2023年に発売しました。',
      'R9',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('adversarial: a generic list of asset types scores 0', () => {
    const r = criterionOf(
      '当社は特許、商標、ノウハウ、データ、人材などの無形資産を重要な経営資源と認識しています。',
      'R9',
    );
    expect(r.score).toBe(0);
  });
});

describe('R10 open & close', () => {
  it('ja: secrecy vs licensing with reason and named business scores ≥ 2', () => {
    const r = criterionOf(
      '電池材料事業では、製造ノウハウは営業秘密として秘匿し、周辺技術はライセンス供与することで市場拡大を図っています。',
      'R10',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('en: open licensing with a reason scores ≥ 2', () => {
    const r = criterionOf(
      'We licensed our Qi-charging patents royalty-free in 2022 in order to expand the market for our modules.',
      'R10',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('keyword stuffing "オープン・クローズ戦略" alone scores 0', () => {
    expect(criterionOf('オープン・クローズ戦略、標準化、ライセンス、秘匿', 'R10').score).toBe(0);
  });
});

describe('R11 boilerplate', () => {
  it('ja: all-generic text scores 0', () => {
    const r = criterionOf(
      '当社は、知的財産を重要な経営資源と認識しております。知的財産の適切な保護・管理に努めてまいります。',
      'R11',
    );
    expect(r.score).toBe(0);
  });
  it('en: specific text scores 3', () => {
    const r = criterionOf(
      'The IP Strategy Committee meets quarterly and reports to the Board. Patent licensing income reached ¥12 billion in FY2024.',
      'R11',
    );
    expect(r.score).toBe(3);
  });
});

describe('R13 dialogue evidence', () => {
  it('ja: briefing with feedback-driven change scores 3', () => {
    const r = criterionOf(
      '2024年に知財説明会を開催し、投資家からのご意見を踏まえて特許の質に関する指標の開示を追加しました。',
      'R13',
    );
    expect(r.score).toBe(3);
  });
  it('en: investor meeting named scores 2', () => {
    const r = criterionOf(
      'In 2023 we held an IP briefing for investors, presented by our CEO and the head of IP.',
      'R13',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
  it('generic "投資家との対話に努める" scores 0', () => {
    expect(criterionOf('知的財産について投資家との建設的な対話に努めてまいります。', 'R13').score).toBe(0);
  });
});

describe('R15 market valuation', () => {
  it('ja: intangible share of market value with figure scores 3', () => {
    const r = criterionOf('当社の時価総額に占める無形資産比率は2024年度末で75%となりました。', 'R15');
    expect(r.score).toBe(3);
  });
  it('en: PBR explained scores ≥ 2', () => {
    const r = criterionOf(
      'Our PBR of 2.5x in FY2024 reflects the value the market places on our patent-protected Lumina products.',
      'R15',
    );
    expect(r.score).toBeGreaterThanOrEqual(2);
  });
});
