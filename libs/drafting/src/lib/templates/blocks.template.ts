import { p } from './draft-template';
import type { SlotSpec } from './draft-template';
import type { LocalizedText } from '@ipgn/assessment';

/**
 * Sentences shared by several draft types: each states one kind of fact (a causal chain, a KPI, an amount…)
 * and is only used when that fact is in the inputs. Placeholders are filled from the inputs, never invented.
 */
export const BLOCK_PHRASES: Readonly<Record<string, LocalizedText>> = {
  // Value creation (causal chain): intangible → advantage → customer value → financial result.
  chain: p(
    '{segment}では、{intangible}により{advantage}を実現し、{customerValue}という顧客価値を提供することで、{financialResult}につなげています{evidence}。',
    'In {segment}, {intangible} enables {advantage}, which gives customers {customerValue} and leads to {financialResult}{evidence}.',
  ),
  chainEvidence: p('（{label}{value}、{fy}）', ' ({label}: {value} in {fy})'),

  // Investment (amounts from the assessment answers).
  spend: p(
    '{period}の研究開発費は{rd}、知財関連費用（出願・維持・調査・係争）は{ipCost}、ブランド・データ・デジタル基盤への投資額は{brandData}でした。',
    'In {period}, our research and development expense was {rd}, our IP costs (filing, maintenance, searches, disputes) were {ipCost}, and our investment in brand, data and digital infrastructure was {brandData}.',
  ),
  spendRd: p('{period}の研究開発費は{rd}でした。', 'In {period}, our research and development expense was {rd}.'),
  rdIntensity: p(
    '研究開発費の売上高比率は{ratio}で、研究開発費のうち新事業向けの割合は{newShare}です。',
    'Research and development expense was {ratio} of revenue, and {newShare} of it went to future new businesses.',
  ),
  rdIntensityOnly: p('研究開発費の売上高比率は{ratio}です。', 'Research and development expense was {ratio} of revenue.'),
  planInvestment: p(
    '{plan}（{from}〜{to}）では、無形資産への投資として累計{amount}を計画しています。',
    'Under {plan} ({from} to {to}), we plan cumulative investment in intangible assets of {amount}.',
  ),
  allocation: p(
    '{from}〜{to}の{segment}の{area}に累計{amount}を配分し、{purpose}。',
    'From {from} to {to}, we are allocating a cumulative {amount} to {area} in {segment}: {purpose}.',
  ),
  allocationCompany: p('{from}〜{to}の全社の{area}に累計{amount}を配分し、{purpose}。', 'From {from} to {to}, we are allocating a cumulative {amount} to company-wide {area}: {purpose}.'),

  // KPIs.
  kpiTarget: p(
    '{kpi}{scope}は、{targetFy}に{target}とする目標に対し、{actualFy}の実績は{actual}です{baseline}。',
    '{kpi}{scope} was {actual} in {actualFy}, against a target of {target} by {targetFy}{baseline}.',
  ),
  kpiTargetOnly: p('{kpi}{scope}は、{targetFy}に{target}を目標としています。', 'Our target for {kpi}{scope} is {target} by {targetFy}.'),
  kpiActualOnly: p('{kpi}{scope}の{actualFy}の実績は{actual}です。', '{kpi}{scope} was {actual} in {actualFy}.'),
  kpiBaseline: p('（{baselineFy}は{baseline}）', ', up from {baseline} in {baselineFy}'),
  kpiScope: p('（{segment}）', ' in {segment}'),

  // Evidence and benchmarks.
  benchmarkIpl: p(
    'IPランドスケープによる他社比較では、{metric}{scope}は当社{own}に対し{peer}は{peerValue}でした（{fy}）。',
    'In our IP landscape analysis, {metric}{scope} was {own} for us against {peerValue} for {peer} ({fy}).',
  ),
  benchmarkPlain: p(
    '他社比較では、{metric}{scope}は当社{own}に対し{peer}は{peerValue}でした（{fy}）。',
    'In our comparison with competitors, {metric}{scope} was {own} for us against {peerValue} for {peer} ({fy}).',
  ),
  benchmarkDecision: p('この比較結果を踏まえ、{decision}。', 'Based on this comparison, {decision}.'),

  // Open & close.
  openClose: p(
    '{segment}の{intangible}は、{rationale}ため、{stance}しています。',
    'In {segment}, we {stance} {intangible} in order to {rationale}.',
  ),

  // Governance.
  owner: p('知財・無形資産戦略の責任者は{owner}です。', 'The executive responsible for our IP and intangibles strategy is the {owner}.'),
  committee: p(
    '{committee}（委員長：{chair}）を{frequency}開催し、知財・無形資産への投資と活用の状況を審議しています。',
    'Our {committee}, chaired by the {chair}, meets {frequency} and deliberates on investment in and use of IP and intangibles.',
  ),
  boardCount: p(
    '取締役会は{period}に、知財・無形資産への投資を資源配分・事業ポートフォリオの議題として{count}審議しました。',
    'In {period}, the Board of Directors deliberated {count} on investment in IP and intangibles as a resource-allocation and business-portfolio topic.',
  ),
  ownerDedicated: p('知財・無形資産を専任で担当する役員', 'dedicated executive for IP and intangibles'),
  ownerPart: p('他の職務と兼務する担当役員', 'executive in charge, alongside other duties'),
  committeeBoardAdvisory: p(
    '取締役会の諮問委員会として、知財・無形資産への投資を扱う委員会を設置しています。',
    'We have set up a board advisory committee that deals with investment in IP and intangibles.',
  ),
  committeeManagement: p(
    '執行側に、知財・無形資産への投資を扱う会議体を設置しています。',
    'We have set up a management-level committee that deals with investment in IP and intangibles.',
  ),
  boardTopics: p('主な議題は{topics}です。', 'The main topics were {topics}.'),
  boardTimes: p('{n}回', '{n} times'),

  // Dialogue.
  dialogue: p(
    '{month}に{event}を開催し{participants}、{feedback}との意見を受けて、{change}。',
    'In {month} we held {event}{participants}; in response to feedback that {feedback}, {change}.',
  ),
  dialogueParticipants: p('（参加{n}名）', ' with {n} participants'),
  dialogueNoFeedback: p('{month}に{event}を開催しました{participants}。', 'In {month} we held {event}{participants}.'),

  // Market value (from the assessment's quantification).
  valuation: p(
    '{period}末の時価総額に占める無形資産の比率は当社試算で{share}、PBRは{pbr}です。',
    'At the end of {period}, intangible assets made up {share} of our market capitalisation by our own estimate, and our PBR was {pbr}.',
  ),
  valuationMethod: p(
    '無形資産比率は、時価総額から純資産（計上済みの無形資産とのれんを除く）を差し引いた額の時価総額に対する割合として算出しています。',
    'We calculate the intangible share as market capitalisation minus net assets (excluding recognised intangibles and goodwill), divided by market capitalisation.',
  ),

  // Strategy, assets, board (used by the CG report, the integrated report and the securities report).
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

  // Vision.
  vision: p('当社は、{year}に向けて、{statement}を長期ビジョンに掲げています。', 'Our long-term vision for {year} is {statement}.'),
  visionAnswer: p('目指す姿：{text}', 'Our target state: {text}'),

  // Backcast.
  portfolio: p(
    '{plan}では、{segment}を{asIs}から{targetYear}までに{toBe}へ転換する事業ポートフォリオ戦略を掲げ、知財面では{ipRole}。',
    'Under {plan}, our business portfolio strategy is to shift {segment} from {asIs} to {toBe} by {targetYear}; on the IP side, {ipRole}.',
  ),
};

export const BLOCK_SLOTS: Readonly<Record<string, SlotSpec>> = {
  vision: { factKey: 'vision', questionId: 'm3.to-be-description', label: p('長期ビジョン（目標年と目指す姿）', 'Long-term vision (target year and target state)') },

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
  rd: { questionId: 'm0.rd-expense', label: p('研究開発費（百万円）', 'R&D expense (million yen)') },
  ipCost: { questionId: 'm5.ip-cost', label: p('知財関連費用（百万円）', 'IP costs (million yen)') },
  brandData: { questionId: 'm5.brand-data-investment', label: p('ブランド・データ・デジタル基盤への投資額（百万円）', 'Investment in brand, data and digital infrastructure (million yen)') },
  newShare: { questionId: 'm5.new-business-rd-share', label: p('研究開発費のうち新事業向けの割合（％）', 'Share of R&D for new businesses (%)') },
  chains: {
    factKey: 'valueChains',
    questionId: 'm4.value-story',
    label: p(
      '価値創造の道筋（どの無形資産が、どの事業で、どんな強みと顧客価値を生み、どの財務成果につながるか、裏付けの数値）',
      'Value-creation path (which intangible, in which segment, creates which advantage and customer value, leading to which financial result, with a supporting figure)',
    ),
  },
  segments: { factKey: 'segments', label: p('事業セグメント名と主な製品', 'Segment names and main products') },
  kpis: {
    factKey: 'kpis',
    questionId: 'm5.kpi-type',
    label: p('知財・無形資産のKPI（名称・目標値・目標年度・実績）', 'IP / intangibles KPIs (name, target value, target year, actual)'),
  },
  allocations: {
    factKey: 'allocations',
    questionId: 'm5.rd-allocation',
    label: p('セグメント別・期間別の無形資産への投資配分額', 'Investment in intangibles by segment and period'),
  },
  midTermPlan: { factKey: 'midTermPlan', questionId: 'm3.mid-term-plan', label: p('中期経営計画の名称・期間・無形資産投資額', 'Mid-term plan name, period and planned intangible investment') },
  portfolio: {
    factKey: 'portfolio',
    questionId: 'm3.portfolio-backcast',
    label: p('事業ごとの現状と目指す位置づけ（As Is → To Be）と知財の役割', 'As Is → To Be position of each business and the role of IP'),
  },
  benchmarks: {
    factKey: 'benchmarks',
    questionId: 'm2.competitor-comparison',
    label: p('競合との比較結果（指標・自社値・比較対象の値・年度）と、それを踏まえた判断', 'Competitor comparison (measure, own value, peer value, year) and the decision it informed'),
  },
  openClose: {
    factKey: 'openClose',
    questionId: 'm4.open-close',
    label: p('何を権利化・秘匿し、何をライセンス・標準化・開放するかと、その理由', 'What you patent or keep secret and what you license, standardise or open, and why'),
  },
  owner: { questionId: 'm6.executive-owner', factKey: 'governance.ipOwner', label: p('知財・無形資産戦略の責任者（役職）', 'Executive responsible for the IP and intangibles strategy (title)') },
  committee: {
    questionId: 'm6.board-committee',
    factKey: 'governance.committee',
    label: p('知財・無形資産を扱う会議体の名称・議長・開催頻度', 'Name, chair and frequency of the body dealing with IP and intangibles'),
  },
  boardCount: { questionId: 'm6.board-discussions', label: p('昨年度の取締役会での知財・無形資産投資の審議回数', 'Number of board discussions of IP/intangible investment last year') },
  boardTopics: { factKey: 'governance.boardTopics', label: p('取締役会での主な議題', 'Main board topics') },
  dialogue: {
    factKey: 'dialogueEvents',
    questionId: 'm8.ip-briefing',
    label: p('投資家との対話の実績（時期・形式・参加者数・意見・それを受けて変えたこと）', 'Investor dialogue (when, format, participants, feedback, what you changed)'),
  },
  valuation: {
    questionId: 'm0.market-cap',
    label: p('時価総額・純資産・計上済み無形資産（無形資産比率の算出用）', 'Market capitalisation, book equity and recognised intangibles (for the intangible share)'),
  },
};
