import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, MILLION_YEN, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';

export const M5_QUESTIONS: readonly Question[] = [
  {
    id: 'm5.asset-view',
    module: 'm5',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '研究開発・ブランド・人材などへの支出を、将来の稼ぐ力をつくる「投資」として扱っていますか。',
      'Do you treat spending on R&D, brand and people as investment that builds future earning power?',
    ),
    help: t(
      'ガイドラインは、無形資産への支出を「費用」ではなく「資産の形成」と捉えることを勧めています。',
      'The guideline encourages treating spending on intangibles as asset formation rather than as cost.',
    ),
    glossary: ['intangible-assets'],
    levels: ladder(
      ['削れる費用として扱っている。', 'Treated as a cost to be cut.'],
      ['必要経費として毎年ほぼ同じ額を使っている。', 'Treated as a necessary expense, roughly flat each year.'],
      ['投資と考えているが、効果の見込みは立てていない。', 'Seen as investment, without expected returns.'],
      [
        '投資として効果の見込みを立て、業績が悪くても優先度に応じて守っている。',
        'Treated as investment with expected returns, protected by priority even in downturns.',
      ],
      ['投資の効果を測り、次の配分に反映している。', 'Returns are measured and feed the next allocation.'],
    ),
    tags: tags([4], [2], ['3']),
    weight: 2,
  },
  {
    id: 'm5.kpi-type',
    module: 'm5',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '知財・無形資産の取り組みについて、どんな指標（KPI）を追っていますか。',
      'What indicators (KPIs) do you track for your IP and intangibles efforts?',
    ),
    help: t(
      '出願件数などの活動量だけでなく、売上への貢献など成果を測る指標があるかを確認します。',
      'Checks whether you measure outcomes such as contribution to sales, not only activity such as filing counts.',
    ),
    glossary: ['kpi', 'intangible-assets'],
    options: [
      option('none', '追っていない', 'None', 0),
      option('activity', '活動量（出願件数など）だけ', 'Activity counts only (e.g. filings)', 1),
      option('quality', '活動量に加え、質の指標もある', 'Activity plus quality measures', 2),
      option('outcome', '成果の指標（売上貢献など）がある', 'Outcome measures (e.g. contribution to sales)', 3),
      option('outcome-targets', '成果の指標に目標値と期限がある', 'Outcome measures with targets and dates', 4),
    ],
    tags: tags([4], [2], ['4']),
  },
  {
    id: 'm5.rd-allocation',
    module: 'm5',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '研究開発・知財への投資を、事業セグメント別・時間軸別に配分する方針がありますか。',
      'Do you have a policy for allocating R&D and IP investment by segment and time horizon?',
    ),
    help: t(
      '事業ポートフォリオ戦略と資源配分の整合を確認します。',
      'Checks that resource allocation follows the business-portfolio strategy.',
    ),
    glossary: ['business-portfolio'],
    levels: ladder(
      ['方針はない。', 'No policy.'],
      ['前年実績を基準に配分している。', 'Allocation follows last year’s figures.'],
      [
        'セグメント別の配分額は決めているが、戦略との関係は説明できない。',
        'Amounts per segment are set, but their link to strategy is not explained.',
      ],
      [
        'ポートフォリオ戦略に沿って、セグメント・時間軸別に配分している。',
        'Allocated by segment and horizon in line with the portfolio strategy.',
      ],
      [
        '配分の結果を定期的に評価し、取締役会で見直している。',
        'Outcomes are evaluated regularly and the board reviews the allocation.',
      ],
    ),
    tags: tags([4], [2], ['3'], [cgc2021('4-2-2')]),
    weight: 2,
  },
  {
    id: 'm5.ip-cost',
    module: 'm5',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '昨年度の知財関連費用（出願・維持・調査・係争）はいくらですか。',
      'How much did you spend on IP last year (filing, maintenance, searches, disputes)?',
    ),
    help: t('概算で構いません。', 'An estimate is fine.'),
    tags: tags([4], [2], ['3']),
  },
  {
    id: 'm5.brand-data-investment',
    module: 'm5',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '昨年度のブランド・データ・デジタル基盤への投資額はいくらですか。',
      'How much did you invest in brand, data and digital infrastructure last year?',
    ),
    help: t(
      '広告宣伝費のうちブランド構築分、データ基盤、ソフトウェア投資などの概算です。',
      'An estimate covering brand-building advertising, data platforms and software investment.',
    ),
    tags: tags([4], [2], ['3']),
  },
  {
    id: 'm5.acquisition-licensing-in',
    module: 'm5',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '昨年度、技術や知財の獲得（買収・ライセンス導入）に使った額はいくらですか。',
      'How much did you spend last year acquiring technology or IP (acquisitions, licensing-in)?',
    ),
    help: t('なければ0を入力してください。', 'Enter 0 if none.'),
    glossary: ['licensing'],
    tags: tags([4], [2], ['3']),
  },
  {
    id: 'm5.kpi-cascade',
    module: 'm5',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      'KPIは、企図する因果パス（無形資産 → 競争優位 → 企業価値）から導かれ、現場の指標まで落とし込まれていますか。',
      'Are your KPIs derived from the intended causal path (intangible → advantage → corporate value) and cascaded down to operational measures?',
    ),
    help: t(
      '指標同士のつながりが説明できれば、投資家は進捗を評価しやすくなります。',
      'When indicators visibly connect, investors can judge progress more easily.',
    ),
    glossary: ['kpi', 'causal-path'],
    levels: ladder(
      ['因果パスとKPIは結びついていない。', 'KPIs are not linked to a causal path.'],
      ['KPIはあるが、選んだ理由は説明できない。', 'KPIs exist, with no explanation for their choice.'],
      [
        '主要なKPIについて、因果パスのどこを測るか説明できる。',
        'For the main KPIs we can say which step of the path they measure.',
      ],
      [
        '因果パスの各段階にKPIがあり、現場の指標まで落とし込んでいる。',
        'Every step of the path has a KPI, cascaded to operational measures.',
      ],
      [
        'KPI間の関係をデータで検証し、見直している。',
        'The relationships between KPIs are tested with data and revised.',
      ],
    ),
    tags: tags([4, 3], [3], ['4']),
  },
  {
    id: 'm5.kpi-tracking',
    module: 'm5',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      'KPIの目標値・期限を定め、実績を定期的に確認していますか。',
      'Do your KPIs have targets and dates, with results reviewed regularly?',
    ),
    help: t(
      '目標を伏せたままのKPIは、進捗の評価を難しくします。',
      'KPIs with hidden targets make progress hard to judge.',
    ),
    glossary: ['kpi'],
    levels: ladder(
      ['目標値はない。', 'No targets.'],
      ['一部に目標値があるが期限はない。', 'Some targets, no dates.'],
      ['目標値と期限があり、年1回確認している。', 'Targets and dates, reviewed once a year.'],
      [
        '四半期ごとなど定期的に確認し、遅れに対策を打っている。',
        'Reviewed regularly (e.g. quarterly) with action on slippage.',
      ],
      ['実績と目標の対比を社外にも示している。', 'Results against targets are also shown externally.'],
    ),
    tags: tags([4], [2], ['4']),
  },
  {
    id: 'm5.reallocation',
    module: 'm5',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '評価の結果に応じて、無形資産への投資を増やす・減らす・やめるといった見直しをしていますか。',
      'Do you increase, reduce or stop intangible investments based on their evaluation?',
    ),
    help: t('配分を動かした実例があるかで判断してください。', 'Judge by whether you have actually moved money.'),
    levels: ladder(
      ['見直していない。', 'No reallocation.'],
      ['業績悪化時に一律で削る。', 'Across-the-board cuts when results are poor.'],
      ['個別案件で見直したことがある。', 'Some individual projects have been reviewed.'],
      ['評価に基づく見直しの手順があり、実施している。', 'There is an evaluation-based reallocation procedure in use.'],
      [
        '見直しの結果と理由を取締役会に報告し、開示している。',
        'Reallocations and reasons are reported to the board and disclosed.',
      ],
    ),
    tags: tags([4, 5], [2], ['3'], [cgc2021('4-2-2')]),
  },
  {
    id: 'm5.new-business-rd-share',
    module: 'm5',
    tracks: LISTED,
    type: 'percentage',
    min: 0,
    max: 100,
    prompt: t(
      '研究開発費のうち、将来の新事業向けの割合は何％ですか。',
      'What share of R&D spending goes to future new businesses (%)?',
    ),
    help: t(
      '既存事業の改良ではなく、新しい事業領域に向けた研究開発の割合です。',
      'The share aimed at new business areas rather than improving existing ones.',
    ),
    tags: tags([4], [2], ['3']),
  },
];
