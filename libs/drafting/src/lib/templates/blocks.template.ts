import { p } from './draft-template';
import type { LocalizedText } from '@ipgn/assessment';

/**
 * Sentences shared by several draft types. Each states one kind of fact and is used only when that fact is in
 * the inputs, at exactly the strength the input supports (a ladder level maps to its own wording). Where the
 * same kind of fact is stated several times, the builders rotate between interchangeable frames (`…A`, `…B`,
 * `…C`), so that no frame appears more than twice in a draft. Free text is quoted (「…」) or closed as its own
 * clause, never left to run into the next sentence.
 */
export const BLOCK_PHRASES: Readonly<Record<string, LocalizedText>> = {
  // ── The value-creation story, business by business ──
  chainSourceA: p('{segment}の競争力の源泉は、{intangible}です。', 'In {segment}, our edge comes from {intangible}.'),
  chainSourceB: p('{segment}では、{intangible}が強みを支えています。', '{segment} is built on {intangible}.'),
  chainSourceC: p('{segment}を支えているのは、{intangible}です。', 'What sets {segment} apart is {intangible}.'),
  chainValueA: p(
    'この資産が{advantage}を支え、お客様には{customerValue}をもたらしています。',
    'It underpins {advantage}, which brings customers {customerValue}.',
  ),
  chainValueB: p(
    'この強みが{advantage}を実現し、{customerValue}という形でお客様の役に立っています。',
    'This allows {advantage}; for customers, it means {customerValue}.',
  ),
  chainValueC: p(
    '{advantage}を通じて、お客様に{customerValue}を届けています。',
    'Through {advantage}, we deliver {customerValue} to customers.',
  ),
  chainResultA: p(
    'その成果は{financialResult}に表れており、{fy}の{label}は{value}でした。',
    'The result shows in {financialResult}: {label} was {value} in {fy}.',
  ),
  chainResultB: p(
    '財務面では{financialResult}につながっています（{fy}の{label}：{value}）。',
    'Financially, this leads to {financialResult} ({label}: {value} in {fy}).',
  ),
  chainResultC: p(
    'この価値は{financialResult}として業績に結び付き、{fy}の{label}は{value}となりました。',
    'It feeds through to {financialResult}; {label} reached {value} in {fy}.',
  ),
  chainResultPlainA: p('その成果は{financialResult}に表れています。', 'The result shows in {financialResult}.'),
  chainResultPlainB: p(
    '財務面では{financialResult}につながっています。',
    'Financially, this leads to {financialResult}.',
  ),
  valueStory: p(
    '強みが収益につながる道筋を、{who}は「{text}」と説明しています。',
    'In the words of our {who}, our value-creation path is this: "{text}".',
  ),
  samePeriod: p('同じ期間', 'the same period'),

  // KPIs: one sentence per business (items listed), company-wide KPIs in one sentence.
  kpiBusinessA: p('{segment}の進捗は、{kpis}で確認しています。', 'We track progress in {segment} with {kpis}.'),
  kpiBusinessB: p(
    '{segment}の道筋の進み具合を示す指標は、{kpis}です。',
    'The measures of progress along this path in {segment} are {kpis}.',
  ),
  kpiCompany: p('全社では、{kpis}を指標としています。', 'Company-wide, we track {kpis}.'),
  kpiHeadline: p('主なKPIは、{kpis}です。', 'Our main KPIs are {kpis}.'),
  kpiItemFull: p(
    '{kpi}（{actualFy}実績{actual}、{targetFy}目標{target}）',
    '{kpi} ({actual} in {actualFy}, against a target of {target} by {targetFy})',
  ),
  kpiItemBaseline: p(
    '{kpi}（{baselineFy}{baseline}、{actualFy}実績{actual}、{targetFy}目標{target}）',
    '{kpi} ({baseline} in {baselineFy}, {actual} in {actualFy}, target {target} by {targetFy})',
  ),
  kpiItemTarget: p('{kpi}（{targetFy}目標{target}）', '{kpi} (target {target} by {targetFy})'),
  kpiItemActual: p('{kpi}（{actualFy}実績{actual}）', '{kpi} ({actual} in {actualFy})'),
  kpiItemScoped: p('{segment}の{kpi}', '{kpi} in {segment}'),

  // Allocation: the purpose is a clause (…します) or a noun phrase; each has its own frames.
  allocClauseA: p(
    '{span}に{segment}の{area}へ累計{amount}を投じ、{purpose}。',
    'Over {span}, we are investing {amount} in {area} for {segment}, aimed at {purpose}.',
  ),
  allocClauseB: p(
    '{segment}では、{span}に{area}へ{amount}を配分し、{purpose}。',
    'For {segment}, {amount} goes to {area} over {span}, aimed at {purpose}.',
  ),
  allocNounA: p(
    '{purpose}に向けて、{span}に{segment}の{area}へ累計{amount}を投じます。',
    'We are investing {amount} in {area} for {segment} over {span}, aimed at {purpose}.',
  ),
  allocClauseC: p(
    '{segment}の{area}には、{span}に累計{amount}を充て、{purpose}。',
    'We are putting {amount} into {area} for {segment} over {span}, aimed at {purpose}.',
  ),
  allocNounB: p(
    '{segment}では、{purpose}を目的に、{span}に{area}へ{amount}を配分します。',
    'For {segment}, {amount} goes to {area} over {span}, aimed at {purpose}.',
  ),
  allocWholeCompany: p('全社', 'the company as a whole'),
  planPeriod: p('{plan}の期間中', '{plan} period'),

  // Portfolio (As Is → To Be) and the role of IP.
  portfolioA: p(
    '{plan}では、{segment}を{targetFy}までに{asIs}から{toBe}へ移行させる方針です。',
    'Under {plan}, we aim to move {segment} from {asIs} to {toBe} by {targetFy}.',
  ),
  portfolioKeep: p(
    '{plan}では、{segment}を引き続き{toBe}と位置付けています。',
    'Under {plan}, {segment} remains {toBe}.',
  ),
  portfolioB: p(
    '{segment}は現在{asIs}であり、{plan}のもとで{targetFy}までに{toBe}とすることを目指しています。',
    '{segment}, today {asIs}, is to become {toBe} by {targetFy} under {plan}.',
  ),
  ipRoleClauseA: p('知財面では、{ipRole}。', 'On the IP side, {ipRole}.'),
  ipRoleClauseB: p('その実現に向けて知財では、{ipRole}。', 'To get there, {ipRole}.'),
  ipRoleNounA: p('知財面で果たす役割は、{ipRole}です。', 'The role of IP here is {ipRole}.'),
  ipRoleNounB: p('その実現に向けて知財が担う役割は、{ipRole}です。', 'What IP contributes to get there: {ipRole}.'),
  focus: p('重点事業は{segments}です。', 'Our focus businesses are {segments}.'),
  focusOne: p('重点事業は{segments}です。', 'Our focus business is {segments}.'),
  planGeneric: p('経営戦略', 'our management strategy'),

  // Strategy, by the level of m3.strategy-integration (ladder wording, never stronger).
  strategyL4: p(
    '{plan}では、知財・無形資産の観点を戦略立案の段階から組み込み、事業戦略と一体で見直しています。',
    'In {plan}, IP and intangibles are built into strategy-making from the start and reviewed together with the business strategy.',
  ),
  strategyL3: p(
    '{plan}では、経営・事業戦略の中で知財・無形資産の役割を明記しています。',
    '{plan} states the role of IP and intangibles within our management and business strategy.',
  ),
  strategyL2: p(
    '知財の方針は定めていますが、現時点では経営・事業戦略とは別に運用しています。',
    'We have an IP policy, but at present it is run separately from our management and business strategy.',
  ),
  strategyL1: p(
    '現時点では、知財・無形資産への投資を経営戦略の中に位置付けるには至っていません。',
    'At present, investment in IP and intangibles is not yet positioned within our management strategy.',
  ),
  planInvestment: p(
    '無形資産への投資は、{plan}の期間（{span}）で累計{amount}を計画しています。',
    'We plan to invest {amount} in intangible assets over {plan} period ({span}).',
  ),

  // Assets.
  assets: p(
    '当社の競争力を支える主な無形資産は、{assets}です。',
    'The main intangible assets behind our competitiveness are {assets}.',
  ),
  assetWithSegment: p('{asset}（{segment}）', '{asset} ({segment})'),
  topThree: p(
    '主力商品の強みを支える無形資産として、{who}は「{text}」を挙げています。',
    'The intangibles behind our flagship product’s edge, as named by our {who}: "{text}".',
  ),

  // Money (amounts from the assessment answers).
  spend: p(
    '{period}の研究開発費は{rd}、知財関連費用（出願・維持・調査・係争）は{ipCost}、ブランド・データ・デジタル基盤への投資は{brandData}でした。',
    'In {period}, our research and development expense was {rd}, our IP costs (filing, maintenance, searches, disputes) were {ipCost}, and our investment in brand, data and digital infrastructure was {brandData}.',
  ),
  spendRd: p('{period}の研究開発費は{rd}でした。', 'In {period}, our research and development expense was {rd}.'),
  rdIntensity: p(
    '研究開発費の売上高比率は{ratio}で、そのうち新事業向けの割合は{newShare}です。',
    'Research and development expense was {ratio} of revenue, and {newShare} of it went to future new businesses.',
  ),
  rdIntensityOnly: p(
    '研究開発費の売上高比率は{ratio}です。',
    'Research and development expense was {ratio} of revenue.',
  ),

  // Market value (from the assessment's quantification).
  valuation: p(
    '{period}末の当社試算では、時価総額に占める無形資産の比率は{share}、PBRは{pbr}です。',
    'At the end of {period}, intangible assets made up {share} of our market capitalisation by our own estimate, and our PBR was {pbr}.',
  ),
  valuationMethod: p(
    '無形資産比率は、時価総額から純資産（計上済みの無形資産とのれんを除く）を差し引いた額の時価総額に対する割合として算出しています。',
    'We calculate the intangible share as market capitalisation minus net assets (excluding recognised intangibles and goodwill), divided by market capitalisation.',
  ),
  valuationMethodProxy: p(
    '無形資産比率は、計上済みの無形資産とのれんの額が入力されていないため、時価総額から純資産を差し引いた額の時価総額に対する割合として概算しています。',
    'As recognised intangibles and goodwill were not given, we approximate the intangible share as market capitalisation minus net assets, divided by market capitalisation.',
  ),
  belowBook: p(
    '{period}末のPBRは{pbr}で、株式市場の評価は純資産を下回っています。',
    'At the end of {period}, our PBR was {pbr}: the market values us below our net assets.',
  ),
  tseRequest: p(
    '東京証券取引所は2023年3月、資本コストや株価を意識した経営の実現に向けた対応をプライム市場・スタンダード市場の上場会社に要請しています。',
    'In March 2023, the Tokyo Stock Exchange asked companies listed on its Prime and Standard markets to manage with their cost of capital and share price in mind.',
  ),

  // Evidence: competitor comparisons (an IP landscape only when entered as one).
  benchmarkA: p(
    '{fy}に{metric}{scope}を{peer}と比較したところ、当社の{own}に対し{peer}は{peerValue}でした。',
    'Comparing {metric}{scope} with {peer} in {fy}, we stood at {own} against {peerValue}.',
  ),
  benchmarkB: p(
    '{peer}との比較では、{fy}の{metric}{scope}は当社{own}、{peer}{peerValue}でした。',
    'Against {peer}, our {metric}{scope} was {own} in {fy}, compared with {peerValue}.',
  ),
  benchmarkIpl: p(
    'IPランドスケープ（知財情報と事業情報を合わせた分析）では、{fy}の{metric}{scope}は当社{own}に対し{peer}は{peerValue}でした。',
    'In our IP landscape analysis (IP and business information analysed together), {metric}{scope} in {fy} was {own} for us against {peerValue} for {peer}.',
  ),
  decisionClause: p('この結果を踏まえ、{decision}。', 'Based on this, {decision}.'),
  decisionNoun: p('この結果を踏まえた判断は、{decision}です。', 'The decision this informed: {decision}.'),
  scope: p('（{segment}）', ' in {segment}'),
  comparisonRecent: p(
    'この2年以内に、主要な競合と技術・ブランドを比較しています。',
    'Within the last two years, we have compared our technology and brand with our main competitors.',
  ),
  comparisonContinuous: p(
    '主要な競合との技術・ブランドの比較を継続的に行っています。',
    'We compare our technology and brand with our main competitors on an ongoing basis.',
  ),
  competitorNotes: p(
    '競合との比較について、当社は「{text}」と整理しています。',
    'Our own summary of how we compare with competitors: "{text}".',
  ),

  // Open & close.
  openCloseA: p(
    '{segment}の{intangible}は、{rationale}ため、{stance}しています。',
    'In {segment}, our approach to {intangible} is to {stance}, in order to {rationale}.',
  ),
  openCloseB: p(
    '{intangible}（{segment}）については、{rationale}という理由から{stance}しています。',
    'For {intangible} ({segment}), our approach is to {stance}, so as to {rationale}.',
  ),

  // Risks (securities report) and protection, by ladder level.
  riskClauseA: p('{risk}に対しては、{response}。', 'Against {risk}, {response}.'),
  riskClauseB: p('{risk}というリスクについては、{response}。', 'To address {risk}, {response}.'),
  riskNounA: p('{risk}への対応は、{response}です。', 'Our response to {risk}: {response}.'),
  riskNounB: p('{risk}というリスクには、{response}で備えています。', 'We guard against {risk} through {response}.'),
  ftoL4: p(
    '新製品は、開発の初期段階から他社の特許・商標を確認し、設計に反映しています。',
    'For new products, we check others’ patents and trademarks from early development and let the results shape the design.',
  ),
  ftoL3: p(
    'すべての新商品について、発売前に他社の特許・商標を確認する手順を設けています。',
    'We have a procedure to check others’ patents and trademarks for every new product before launch.',
  ),
  ftoL2: p(
    '重要な商品については、発売前に他社の特許・商標を確認しています。',
    'For important products, we check others’ patents and trademarks before launch.',
  ),
  ftoLow: p(
    '他社の権利を侵害していないかの確認は、現時点では問題が起きてからの対応にとどまっています。',
    'At present, we deal with possible infringement of others’ rights only when a problem arises.',
  ),
  secretsL4: p(
    '何を特許にし何を秘密として守るかを方針として定め、運用しています。',
    'A policy decides what we patent and what we keep secret, and we apply it.',
  ),
  secretsL3: p(
    '秘密とすべきノウハウは、就業規則と契約で秘密保持を定め、定期的に確認しています。',
    'Know-how that must stay secret is covered by confidentiality terms in our work rules and contracts, which we check regularly.',
  ),
  secretsL2: p(
    '秘密にする情報を定め、アクセスできる人を限っています。',
    'We have defined which information is secret and restrict who can access it.',
  ),

  // Governance: owner, bodies, board — only what was entered.
  owner: p('知財・無形資産戦略は、{owner}が統括しています。', 'Our IP and intangibles strategy is led by the {owner}.'),
  ownerDedicated: p(
    '知財・無形資産戦略は、専任の担当役員が統括しています。',
    'A dedicated executive leads our IP and intangibles strategy.',
  ),
  ownerPart: p(
    '知財・無形資産戦略は、担当役員が他の職務と兼務して統括しています。',
    'An executive leads our IP and intangibles strategy alongside other duties.',
  ),
  ownerSme: p(
    '知財・無形資産は、{who}が自ら管理しています。',
    'Our {who} looks after our IP and intangibles personally.',
  ),
  ownerStaff: p(
    '知財・無形資産の実務は担当者・部門長が担っており、経営陣の中の責任者は現時点では定めていません。',
    'IP and intangibles are handled by staff or a department head; no one in management is responsible for them yet.',
  ),
  ownerNobody: p(
    '知財・無形資産戦略の責任者は、現時点では定めていません。',
    'No one is responsible for our IP and intangibles strategy at present.',
  ),
  committee: p(
    '{committee}（議長：{chair}）を{frequency}開催し、知財・無形資産への投資と活用を審議しています。',
    'Our {committee}, chaired by the {chair}, meets {frequency} and deliberates on investment in and use of IP and intangibles.',
  ),
  committeeBoardAdvisory: p(
    '取締役会の諮問委員会として、知財・無形資産への投資を扱う委員会を設けています。',
    'A board advisory committee deals with investment in IP and intangibles.',
  ),
  committeeManagement: p(
    '執行側に、知財・無形資産への投資を扱う会議体を設けています。',
    'A management-level committee deals with investment in IP and intangibles.',
  ),
  committeeNone: p(
    '知財・無形資産への投資を専門に扱う会議体は設けていません。',
    'We have no committee dedicated to investment in IP and intangibles.',
  ),
  committeeReports: p(
    '{committee}の審議内容は取締役会に報告しています。',
    'The {committee} reports its deliberations to the Board of Directors.',
  ),
  boardCount: p(
    '取締役会は{period}に、知財・無形資産への投資を資源配分・事業ポートフォリオの議題として{count}審議しました。',
    'In {period}, the Board of Directors deliberated {count} on investment in IP and intangibles as a resource-allocation and business-portfolio topic.',
  ),
  boardNone: p(
    '{period}に、取締役会が知財・無形資産への投資を議題としたことはありません。',
    'In {period}, the Board of Directors did not take up investment in IP and intangibles as an agenda item.',
  ),
  boardTimes: p('{n}回', '{n} times'),
  boardOnce: p('1回', 'once'),
  boardTwice: p('2回', 'twice'),
  boardTopics: p('主な議題は{topics}です。', 'The main topics were {topics}.'),
  skillMatrixIp: p(
    '取締役会のスキル・マトリックスには、知財・無形資産の項目を設けています。',
    'Our board skills matrix includes IP and intangibles.',
  ),
  skillMatrixTech: p(
    '取締役会のスキル・マトリックスには、技術・研究開発の項目を設けています。',
    'Our board skills matrix includes technology and research and development.',
  ),
  oversightL4: p(
    '取締役会は、知財・無形資産のKPIの目標と実績を基に議論して資源配分の見直しを求め、その監督の状況を取締役会の実効性評価でも確認しています。',
    'The Board of Directors discusses IP and intangibles KPIs against their targets, requests changes in resource allocation, and checks this oversight in its effectiveness review.',
  ),
  oversightL3: p(
    '取締役会は、知財・無形資産のKPIの目標と実績を基に議論し、資源配分の見直しを求めています。',
    'The Board of Directors discusses IP and intangibles KPIs against their targets and requests changes in resource allocation.',
  ),
  oversightL2: p(
    '取締役会は、知財・無形資産への投資について定期的に報告を受け、質疑を行っています。',
    'The Board of Directors receives regular reports on investment in IP and intangibles and asks questions.',
  ),
  oversightL1: p(
    '取締役会は、知財・無形資産への投資について年1回程度報告を受けています。',
    'The Board of Directors receives a report on investment in IP and intangibles about once a year.',
  ),
  oversightL0: p(
    '現時点では、取締役会が知財・無形資産への投資と資源配分を監督する仕組みは整っていません。',
    'At present, the Board of Directors has no arrangement for overseeing investment in, and allocation of resources to, IP and intangibles.',
  ),
  plan: p('{due}までに、{action}。', 'By {due}, {action}.'),
  planNoun: p('{due}までに{action}を予定しています。', 'Planned by {due}: {action}.'),
  ipHeadL4: p(
    '知的財産部門の責任者は、経営戦略の立案に正式なメンバーとして加わっています。',
    'The head of our IP department is a formal member of the strategy-making process.',
  ),
  ipHeadL3: p(
    '知的財産部門の責任者は、経営会議に定期的に参加し、発言しています。',
    'The head of our IP department attends and speaks at management meetings regularly.',
  ),

  // Dialogue.
  dialogueA: p(
    '{month}に{event}を開催し{participants}、{feedback}との意見を受けて、{change}。',
    'In {month} we held {event}{participants}; in response to feedback that {feedback}, {change}.',
  ),
  dialogueB: p(
    '{month}の{event}{participants}では{feedback}との声があり、{change}。',
    'At {event} in {month}{participants}, we heard that {feedback}; {change}.',
  ),
  dialogueParticipants: p('（参加{n}名）', ' with {n} participants'),
  dialogueNoFeedback: p('{month}に{event}を開催しました{participants}。', 'In {month} we held {event}{participants}.'),
  feedbackL4: p(
    '投資家の意見は仕組みとして定期的に開示と戦略に反映し、その結果を対外的に説明しています。',
    'Investor feedback is fed into our disclosure and strategy routinely, and we explain the resulting changes externally.',
  ),
  feedbackL3: p(
    '投資家との対話で得た意見を踏まえて、開示や戦略を見直した例があります。',
    'There are examples of our disclosure or strategy being revised in response to investor feedback.',
  ),
  feedbackL2: p(
    '投資家との対話で得た意見は、経営陣に報告しています。',
    'What we hear from investors is reported to management.',
  ),

  // Vision.
  vision: p(
    '当社は、{year}に向けて「{statement}」を長期ビジョンに掲げています。',
    'Our long-term vision for {year} is {statement}.',
  ),
  visionAnswer: p('当社が目指す姿は、「{text}」です。', 'Our target state, in our own words: "{text}".'),
};
