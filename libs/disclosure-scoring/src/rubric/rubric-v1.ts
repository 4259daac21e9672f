import type { CriterionMeta } from '../lib/types';

/** Bump when criteria, levels, weights or detection change in a way that moves scores. */
export const RUBRIC_VERSION = '2026.11-v1';

/**
 * Rubric texts (our own wording, based on REFERENCE §11; not official text of any guideline).
 * Level scale for every criterion: 0 absent / 1 mentioned without specifics / 2 specific / 3 specific and
 * quantified or tracked. Only sentences with company-specific content can earn a level.
 */
export const CRITERIA: readonly CriterionMeta[] = [
  {
    id: 'R1',
    key: 'business-linkage',
    name: { ja: '事業との結び付き', en: 'Business linkage' },
    description: {
      ja: '知財・無形資産が、会社全般ではなく、具体的な事業・製品・市場と結び付けて説明されているか。',
      en: 'Whether IP and intangibles are tied to named segments, products or markets rather than to the company in general.',
    },
    levels: [
      { ja: '事業との結び付きの記述がない。', en: 'No link between IP and the business.' },
      {
        ja: '「事業」「製品」など一般的な語で結び付けているのみ。',
        en: 'Linked only in general words ("our business", "products").',
      },
      { ja: '知財を特定の事業・製品・市場と結び付けている。', en: 'IP is tied to a named segment, product or market.' },
      {
        ja: '複数の事業について、または数値を伴って結び付けている。',
        en: 'Tied to several named businesses, or with figures.',
      },
    ],
    missing: [
      {
        ja: '知財・無形資産がどの事業・製品に使われているかの記述がありません。',
        en: 'Nothing says which business or product the IP serves.',
      },
      {
        ja: '事業名・製品名・市場名が出てきません。「当社事業」ではなく具体的に書く必要があります。',
        en: 'No segment, product or market is named; "our business" is too general.',
      },
      {
        ja: '結び付けが1つの事業にとどまり、数値（売上・シェア等）もありません。',
        en: 'Only one business is linked and no figure (sales, share) supports it.',
      },
    ],
    weight: 1.5,
    vcgHeading: 'VCG2',
    suggestion: {
      ja: '「長期戦略（ビジネスモデル）」に、主要事業・製品ごとに支えている特許・ブランド・ノウハウと、その事業の売上やシェアを書き加えてください。',
      en: 'Under "Long-term strategy (business model)", name the patents, brands or know-how behind each main business or product, with that business\'s sales or share.',
    },
  },
  {
    id: 'R2',
    key: 'causal-path',
    name: { ja: '価値創造への因果パス', en: 'Causal path to value' },
    description: {
      ja: '知財 → 競争優位・顧客価値 → 財務成果（売上・利益率・シェア等）の道筋が説明されているか。',
      en: 'Whether the text explains the path from IP to competitive advantage or customer value to a financial outcome.',
    },
    levels: [
      { ja: '因果の説明がない。', en: 'No causal explanation.' },
      {
        ja: '知財が競争力や収益に「つながる」と述べるのみで、道筋が途切れている。',
        en: 'Says IP "leads to" competitiveness or earnings, but the chain is incomplete.',
      },
      {
        ja: '知財 → 優位性 → 財務成果の道筋が一続きで説明されている。',
        en: 'A complete chain from IP to advantage to a financial outcome.',
      },
      { ja: '道筋が数値で裏付けられている。', en: 'The chain is backed by figures.' },
    ],
    missing: [
      {
        ja: '知財がどのように収益に結び付くかの説明がありません。',
        en: 'Nothing explains how the IP turns into earnings.',
      },
      {
        ja: '知財 → 競争優位 → 売上・利益率などの財務成果までの道筋が揃っていません。',
        en: 'The chain from IP to advantage to a financial result (sales, margin, share) is incomplete.',
      },
      {
        ja: '道筋を裏付ける数値（価格プレミアム、シェア、利益率など）がありません。',
        en: 'No figure (price premium, share, margin) backs the chain.',
      },
    ],
    weight: 1.5,
    vcgHeading: 'VCG2',
    suggestion: {
      ja: '「長期戦略（ビジネスモデル・競争優位）」に、どの知財がどの差別化を生み、それがどの財務指標（売上・利益率・シェア）に効いているかを一続きで書いてください。',
      en: 'Under "Long-term strategy (business model, competitive advantage)", write one chain: which IP creates which differentiation, and which financial metric (sales, margin, share) it moves.',
    },
  },
  {
    id: 'R3',
    key: 'backcast-portfolio',
    name: { ja: 'バックキャスト・事業ポートフォリオ', en: 'Backcast and portfolio framing' },
    description: {
      ja: '将来のありたい姿（目標年）と事業ポートフォリオを示し、その実現に知財がどう役立つかを述べているか。',
      en: 'Whether the text sets out a future state (target year) and business portfolio and the role of IP in reaching it.',
    },
    levels: [
      { ja: '将来像・ポートフォリオの記述がない。', en: 'No future state or portfolio.' },
      { ja: '中期計画・ビジョン等に触れるのみ。', en: 'Mentions a plan or vision only.' },
      {
        ja: '将来像や事業ポートフォリオと知財の役割を結び付けている。',
        en: 'Links the future state or portfolio to the role of IP.',
      },
      {
        ja: '現状と将来の差（As Is → To Be）を具体的な事業・年限とともに示している。',
        en: 'Shows the As Is → To Be gap with named businesses or dates.',
      },
    ],
    missing: [
      {
        ja: '目指す将来像（目標年）や事業ポートフォリオと知財の関係が書かれていません。',
        en: 'No future state (target year) or business portfolio is related to IP.',
      },
      {
        ja: '計画・ビジョンへの言及はありますが、事業ポートフォリオと知財の役割が結び付いていません。',
        en: 'A plan or vision is mentioned, but not linked to the portfolio and the role of IP.',
      },
      {
        ja: '現状から将来への転換（As Is → To Be）を、具体的な事業や年限で示していません。',
        en: 'The As Is → To Be shift is not shown with named businesses or dates.',
      },
    ],
    weight: 1,
    vcgHeading: 'VCG2',
    suggestion: {
      ja: '「長期戦略（長期ビジョン）」に、目標年のありたい事業ポートフォリオと、現状とのギャップを埋めるために知財・無形資産が果たす役割を書いてください。',
      en: 'Under "Long-term strategy (long-term vision)", describe the target-year business portfolio and how IP and intangibles close the gap from today.',
    },
  },
  {
    id: 'R4',
    key: 'quantified-targets',
    name: { ja: '定量化・目標と期限', en: 'Quantification with targets and dates' },
    description: {
      ja: '知財・無形資産について数値があり、目標値と期限、実績との対比が示されているか。',
      en: 'Whether intangibles are quantified, with numeric targets, dates and actuals against target.',
    },
    levels: [
      { ja: '数値がない。', en: 'No figures.' },
      { ja: '数値はあるが、目標や期限がない（実績の羅列）。', en: 'Figures, but no target or date.' },
      { ja: '数値目標と期限がある。', en: 'A numeric target with a date.' },
      { ja: '目標に対する実績・進捗も示している。', en: 'Target plus actual progress against it.' },
    ],
    missing: [
      { ja: '知財・無形資産に関する数値が一つもありません。', en: 'There is no figure about IP or intangibles.' },
      {
        ja: '数値はありますが、目標値と達成期限がありません（KPI名だけで目標値を示さない場合も含む）。',
        en: 'Figures exist but no numeric target with a date (naming a KPI without its target counts here).',
      },
      { ja: '目標に対する実績・進捗が示されていません。', en: 'Progress against the target is not reported.' },
    ],
    weight: 1.5,
    vcgHeading: 'VCG4',
    suggestion: {
      ja: '「成果と重要な成果指標（KPI）」に、知財・無形資産のKPIを目標値・期限・直近実績の3点セットで示してください。',
      en: 'Under "Outcomes and KPIs", give each IP/intangibles KPI as target value, deadline and latest actual.',
    },
  },
  {
    id: 'R5',
    key: 'beyond-counts',
    name: { ja: '件数を超えた指標', en: 'Beyond counts' },
    description: {
      ja: '出願・保有件数だけでなく、質（被引用、主要製品のカバー率など）や成果（ライセンス収入、シェア）の指標を示しているか。',
      en: 'Whether metrics go beyond filing/holding counts to quality (citations, coverage of key products) or outcomes (licence income, share).',
    },
    levels: [
      { ja: '知財指標がない。', en: 'No IP metric.' },
      { ja: '件数（出願数・保有数）のみ。', en: 'Counts only (filings, holdings).' },
      { ja: '質または成果の指標に触れている。', en: 'A quality or outcome metric is named.' },
      { ja: '質または成果の指標を数値で示している。', en: 'A quality or outcome metric with a value.' },
    ],
    missing: [
      { ja: '知財に関する指標がありません。', en: 'No IP metric is given.' },
      {
        ja: '件数のみで、質（被引用・カバー率等）や成果（ライセンス収入・シェア等）の指標がありません。',
        en: 'Only counts; no quality (citations, coverage) or outcome (licence income, share) metric.',
      },
      { ja: '質・成果の指標に数値がありません。', en: 'The quality or outcome metric has no value.' },
    ],
    weight: 1,
    vcgHeading: 'VCG4',
    suggestion: {
      ja: '「成果と重要な成果指標（KPI）」に、件数に加えて、主要製品の特許カバー率、被引用数、ライセンス収入などの質・成果指標を数値で示してください。',
      en: 'Under "Outcomes and KPIs", add quality or outcome metrics with values (coverage of key products, citations, licence income) next to counts.',
    },
  },
  {
    id: 'R6',
    key: 'evidence-for-claims',
    name: { ja: '主張の裏付け（IPランドスケープ・他社比較）', en: 'Evidence for claims' },
    description: {
      ja: '特許情報の分析や他社比較を、戦略上の主張の根拠として使っているか。',
      en: 'Whether IP analysis or competitor benchmarks are used as evidence for strategic claims.',
    },
    levels: [
      { ja: '裏付けがない。', en: 'No evidence.' },
      {
        ja: 'IPランドスケープ等の分析を行っていると述べるのみ。',
        en: 'Says IP analysis (e.g. IP landscaping) is done, nothing more.',
      },
      {
        ja: '他社比較、または分析結果に基づく意思決定を示している。',
        en: 'A competitor comparison, or a decision based on the analysis.',
      },
      { ja: '比較・分析結果を数値で示している。', en: 'The comparison or result is given with figures.' },
    ],
    missing: [
      {
        ja: '主張を裏付ける特許分析・他社比較がありません。',
        en: 'No IP analysis or competitor comparison backs the claims.',
      },
      {
        ja: '分析の実施には触れていますが、他社との比較や、分析から導いた意思決定が書かれていません。',
        en: 'Analysis is mentioned, but no competitor comparison or resulting decision.',
      },
      {
        ja: '比較や分析結果を示す数値（順位・シェア・件数比など）がありません。',
        en: 'No figure (rank, share, ratio) shows the comparison or result.',
      },
    ],
    weight: 1,
    vcgHeading: 'VCG2',
    suggestion: {
      ja: '「長期戦略（ビジネスモデル・リスクと機会）」に、IPランドスケープ等の分析結果（他社との比較、順位など）と、それを受けて決めたことを書いてください。',
      en: 'Under "Long-term strategy (business model, risks and opportunities)", show the result of IP analysis (peer comparison, rank) and the decision it led to.',
    },
  },
  {
    id: 'R7',
    key: 'resource-allocation',
    name: { ja: '資源配分', en: 'Resource allocation' },
    description: {
      ja: '知財・無形資産（研究開発、知財、ブランド、人材等）への投資の金額・配分先・期間を示しているか。',
      en: 'Whether the amounts, priorities and horizon of investment in intangibles (R&D, IP, brand, people) are disclosed.',
    },
    levels: [
      { ja: '投資・配分の記述がない。', en: 'No investment or allocation.' },
      { ja: '投資していると述べるのみ。', en: 'Says it invests, nothing more.' },
      { ja: '配分先（事業・領域）または金額を示している。', en: 'Names where it invests or how much.' },
      { ja: '金額とともに、期間・配分先・比率を示している。', en: 'Amounts with horizon, destination or ratio.' },
    ],
    missing: [
      {
        ja: '知財・無形資産への投資や資源配分の記述がありません。',
        en: 'Nothing on investment in or allocation to intangibles.',
      },
      {
        ja: '「投資する」とあるだけで、金額や配分先が示されていません。',
        en: 'Investment is mentioned, but with no amount or destination.',
      },
      {
        ja: '金額に期間や配分先（事業・領域）、売上高比率などが伴っていません。',
        en: 'Amounts lack a horizon, destination (business, field) or ratio to sales.',
      },
    ],
    weight: 1,
    vcgHeading: 'VCG3',
    suggestion: {
      ja: '「実行戦略（経営資源・資本配分）」に、研究開発・知財・ブランド・人材への投資額を期間と配分先（事業・領域）とともに書いてください。',
      en: 'Under "Execution strategy (capital allocation)", give the amounts invested in R&D, IP, brand and people, by period and by business or field.',
    },
  },
  {
    id: 'R8',
    key: 'governance-specificity',
    name: { ja: 'ガバナンスの具体性', en: 'Governance specificity' },
    description: {
      ja: '知財の責任者・会議体・取締役会への報告頻度など、誰がどのように監督しているかが具体的か。',
      en: 'Whether the text names who owns IP governance (body, role), how it reaches the board and how often.',
    },
    levels: [
      {
        ja: 'ガバナンスの記述がない、または「適切に監督」等の定型文のみ。',
        en: 'Nothing, or only "the board oversees appropriately".',
      },
      {
        ja: '取締役会・経営会議の関与に一般的に触れている。',
        en: 'Mentions board or management involvement in general.',
      },
      {
        ja: '担当役員・委員会・知財部門など具体的な体制を示している。',
        en: 'Names the responsible body or role (committee, IP officer, IP department).',
      },
      {
        ja: '体制に加えて、開催頻度や報告・審議の実態を示している。',
        en: 'Body or role plus frequency or what is reported and discussed.',
      },
    ],
    missing: [
      { ja: '知財を誰がどのように監督しているかの記述がありません。', en: 'Nothing says who oversees IP and how.' },
      {
        ja: '担当役員・委員会・知財部門などの具体的な体制が書かれていません。',
        en: 'No responsible body or role (committee, IP officer, IP department) is named.',
      },
      {
        ja: '会議の開催頻度や、取締役会への報告・審議の内容が書かれていません。',
        en: 'No meeting frequency or content of board reporting is given.',
      },
    ],
    weight: 1,
    vcgHeading: 'VCG5',
    suggestion: {
      ja: '「ガバナンス」に、知財の担当役員・委員会、取締役会への報告頻度と主な審議事項を書いてください。',
      en: 'Under "Governance", name the IP officer or committee, how often it reports to the board, and the main topics discussed.',
    },
  },
  {
    id: 'R9',
    key: 'breadth-of-intangibles',
    name: { ja: '無形資産の幅', en: 'Breadth of intangibles' },
    description: {
      ja: '特許だけでなく、ブランド、意匠、ノウハウ、データ、ソフトウェア、人的・組織資本、顧客基盤などを扱っているか。',
      en: 'Whether the text covers more than patents: brand, design, know-how, data, software, human and organisational capital, relationships.',
    },
    levels: [
      { ja: '無形資産の種類に触れていない。', en: 'No type of intangible is discussed.' },
      { ja: '1〜2種類（例：特許のみ）。', en: 'One or two types (e.g. patents only).' },
      { ja: '3〜4種類を扱っている。', en: 'Three or four types.' },
      { ja: '5種類以上を扱っている。', en: 'Five or more types.' },
    ],
    missing: [
      {
        ja: '具体的な文脈で無形資産の種類が説明されていません。',
        en: 'No type of intangible is discussed in a specific statement.',
      },
      {
        ja: '扱う無形資産が限られています（特許以外のブランド、ノウハウ、データ、人材等）。',
        en: 'Few asset types are covered (beyond patents: brand, know-how, data, people).',
      },
      {
        ja: 'さらに他の無形資産（データ、組織能力、顧客基盤など）への言及がありません。',
        en: 'Other intangibles (data, organisational capability, customer base) are not covered.',
      },
    ],
    weight: 0.75,
    vcgHeading: 'VCG2',
    suggestion: {
      ja: '「長期戦略（ビジネスモデル：経営資源・無形資産）」に、特許以外の無形資産（ブランド、ノウハウ、データ、人材・組織能力）が競争力にどう効いているかを書いてください。',
      en: 'Under "Long-term strategy (business model: resources and intangibles)", explain how intangibles beyond patents (brand, know-how, data, people) drive competitiveness.',
    },
  },
  {
    id: 'R10',
    key: 'open-close',
    name: { ja: 'オープン・クローズ戦略', en: 'Open and close logic' },
    description: {
      ja: '何を権利化・秘匿し、何をライセンス・標準化・開放するのか、その理由とともに説明しているか。',
      en: 'Whether the text explains what is patented or kept secret and what is licensed, standardised or opened, and why.',
    },
    levels: [
      { ja: '記述がない。', en: 'Nothing.' },
      { ja: '秘匿・ライセンス等に触れるのみ。', en: 'Mentions secrecy or licensing only.' },
      {
        ja: '開放・ライセンス等の方針を理由とともに述べている。',
        en: 'States an open/licensing policy with a reason.',
      },
      {
        ja: '開放と保護の使い分けを、具体的な技術・事業に即して理由とともに説明している。',
        en: 'Explains open vs close choices for a named technology or business, with reasons.',
      },
    ],
    missing: [
      {
        ja: '権利化・秘匿・ライセンス・標準化の使い分けについての記述がありません。',
        en: 'Nothing on the choice between patenting, secrecy, licensing and standardisation.',
      },
      {
        ja: '使い分けの理由（なぜ開放／秘匿するのか）が書かれていません。',
        en: 'No reason is given for opening or protecting.',
      },
      {
        ja: '使い分けが具体的な技術・事業に即して説明されていません。',
        en: 'The open/close choice is not tied to a named technology or business.',
      },
    ],
    weight: 0.75,
    vcgHeading: 'VCG3',
    suggestion: {
      ja: '「実行戦略」に、主要技術ごとに権利化・秘匿・ライセンス・標準化のどれを選び、なぜそうするのかを書いてください。',
      en: 'Under "Execution strategy", say for each key technology whether it is patented, kept secret, licensed or standardised, and why.',
    },
  },
  {
    id: 'R11',
    key: 'boilerplate',
    name: { ja: '定型文・一般論の少なさ', en: 'Low boilerplate' },
    description: {
      ja: 'どの会社にも当てはまる一般論（「重要な経営資源と認識」「適切に保護・管理」「今後検討してまいります」等）の割合が低いか。',
      en: 'Whether little of the text could belong to any company ("important management resource", "we will consider").',
    },
    levels: [
      { ja: 'ほぼ全体が一般論・将来の意向のみ。', en: 'Almost all generic or future intentions.' },
      { ja: '一般論が大半。', en: 'Mostly generic.' },
      { ja: '一般論は半分以下。', en: 'Generic sentences are half or less.' },
      { ja: '大部分が自社固有の具体的な記述。', en: 'Mostly company-specific statements.' },
    ],
    missing: [
      {
        ja: 'ほとんどの文が、どの会社にも当てはまる一般論か将来の意向にとどまっています。',
        en: 'Almost every sentence is generic or only a future intention.',
      },
      {
        ja: '一般論の文が多く、自社固有の事実（事業名・数値・体制・実施済みの取組）が不足しています。',
        en: 'Too many generic sentences; company-specific facts (names, figures, bodies, actions taken) are missing.',
      },
      {
        ja: 'まだ一般論の文が残っています。具体的な事実に置き換えてください。',
        en: 'Some generic sentences remain; replace them with specific facts.',
      },
    ],
    weight: 0,
    vcgHeading: 'VCG1',
    suggestion: {
      ja: '一般論の文（例：「重要な経営資源と認識」）を、実施した取組・事業名・数値を含む文に置き換えてください。将来の意向だけの文は、目標値と期限を添えてください。',
      en: 'Replace generic sentences ("an important management resource") with statements of actions taken, named businesses and figures; give intentions a target and a date.',
    },
  },
  {
    id: 'R13',
    key: 'dialogue-evidence',
    name: { ja: '投資家との対話', en: 'Dialogue evidence' },
    description: {
      ja: '知財について投資家と対話した実績（説明会等）と、それを受けて変えたことを示しているか。',
      en: 'Whether the text shows investor dialogue on IP (briefings, meetings) and what changed as a result.',
    },
    levels: [
      { ja: '対話の記述がない。', en: 'No dialogue.' },
      { ja: '投資家との対話に一般的に触れている。', en: 'Mentions investor dialogue in general.' },
      { ja: '説明会・面談など具体的な対話の場を示している。', en: 'Names concrete events (briefings, meetings).' },
      {
        ja: '対話で得た意見を受けて変えたことを示している。',
        en: 'Shows what changed in response to investor feedback.',
      },
    ],
    missing: [
      {
        ja: '知財・無形資産について投資家と対話した記述がありません。',
        en: 'Nothing on dialogue with investors about IP or intangibles.',
      },
      {
        ja: '説明会・面談など具体的な対話の場が書かれていません。',
        en: 'No concrete event (briefing, meeting) is named.',
      },
      {
        ja: '対話で得た意見を受けて何を変えたかが書かれていません。',
        en: 'Nothing says what changed in response to feedback.',
      },
    ],
    weight: 0.5,
    vcgHeading: 'VCG6',
    suggestion: {
      ja: '「実質的な対話・エンゲージメント」に、知財・技術に関する説明会や面談の実績と、投資家の意見を受けて見直したことを書いてください。',
      en: 'Under "Substantive dialogue and engagement", report IP or technology briefings held and what you changed after investor feedback.',
    },
  },
  {
    id: 'R15',
    key: 'market-valuation',
    name: { ja: '市場評価との関係', en: 'Link to market valuation' },
    description: {
      ja: '無形資産と時価総額・PBR等の市場評価との関係を説明しているか。',
      en: 'Whether intangibles are related to market valuation (intangible share of market value, PBR).',
    },
    levels: [
      { ja: '記述がない。', en: 'Nothing.' },
      { ja: '企業価値・株価に一般的に触れるのみ。', en: 'Mentions corporate value or share price in general.' },
      {
        ja: '無形資産と時価総額・PBR等の関係を説明している。',
        en: 'Explains how intangibles relate to market value or PBR.',
      },
      { ja: '無形資産比率・PBR等を数値で示している。', en: 'Gives the intangible share or PBR with figures.' },
    ],
    missing: [
      {
        ja: '無形資産と市場評価（時価総額・PBR）の関係に触れていません。',
        en: 'Nothing relates intangibles to market valuation (market value, PBR).',
      },
      {
        ja: '無形資産が時価総額・PBRにどう反映されているかの説明がありません。',
        en: 'No explanation of how intangibles show in market value or PBR.',
      },
      { ja: '無形資産比率・PBR等の数値がありません。', en: 'No figure for intangible share or PBR.' },
    ],
    weight: 0.5,
    vcgHeading: 'VCG4',
    suggestion: {
      ja: '「成果と重要な成果指標（KPI）」に、時価総額に占める無形資産の割合やPBRの推移と、その要因としての知財・無形資産を書いてください。',
      en: 'Under "Outcomes and KPIs", show the intangible share of market value or PBR over time and the intangibles that drive it.',
    },
  },
];
