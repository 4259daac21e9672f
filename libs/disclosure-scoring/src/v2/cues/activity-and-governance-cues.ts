// Cues for IP activity, risk, incentives, resource allocation and oversight.
import { re, wordStart } from './pattern';

export const ACTIVITY = re(
  wordStart([
    '受賞',
    '表彰',
    '授賞',
    'アワード',
    '賞を',
    '研修',
    'セミナー',
    '勉強会',
    '講演',
    '説明会',
    '展示会',
    '式典',
    'イベント',
    '(?:を|が)?開催',
    // Enforcement against others' infringing goods reports an action, not how the rights win.
    '侵害(?:品|製品|行為)',
    '模倣品',
    '偽造品',
    '海賊版',
    '並行輸入',
    // Renewing rights (商標の更新手続, 登録を更新しました), not a database or a list kept up to date (リストを日々更新し;
    // v2.38, walk 65).
    '(?:権利|商標|特許|意匠|登録|ライセンス|契約)[^。、]{0,8}更新(?:手続|し)',
    '更新手続',
    '訴訟',
    '係争',
    '勝訴',
    '和解',
    '審判',
    '異議',
    '啓発',
    '教育',
    'e-?ラーニング',
    '認定を',
    '選定',
    '選ばれ',
    '登録しました',
    '出願しました',
    '出願を行',
    '取得しました',
    'award',
    'prize',
    'honou?r',
    'recogni[sz]ed (?:as|by|with)',
    'training',
    'seminar',
    'workshop',
    'webinar',
    'ceremony',
    'held ',
    'hosted',
    'renewal',
    'lawsuit',
    'counterfeit',
    'legal action',
    'imitation (?:products?|goods|pharmaceuticals|drugs|medicines|brands?|items)',
    'against (?:the )?infringements?',
    'infringing (?:products?|goods|devices)',
    'knock-?offs?',
    'litigation',
    // A court's ruling on a case is an event (walk 11: a lawsuit release read as strategy).
    '(?:district |appeals? |supreme |the )court',
    'judge [a-z]+ ruled',
    'ruled that',
    'verdict',
    'jury',
    '判決',
    'won (?:a|the)',
    'settle',
    'e-learning',
    'awareness',
    'selected (?:as|for)',
  ]),
  'gu',
);
export const RISK = re(
  [
    // …but a risk the company takes on, spreads or prices as its service (未回収リスクを請け負い, リスク管理を実現,
    // 事業者もユーザーもリスクゼロ) is what it sells, like a risk score in English (v2.42, walk 76).
    'リスク(?!(?:を|も)?(?:積極的に)?(?:請け負|引き受|引受|肩代わり|保証し|分散|安定化)|管理を実現|ゼロ|スコア|評価モデル)',
    '可能性があ',
    '影響を及ぼ',
    '悪影響',
    '損害賠償',
    '侵害(?:する|される|し|の(?:可能性|おそれ)|訴訟|を受け)',
    'おそれ',
    '法令(?:を)?遵守',
    'コンプライアンス',
    '尊重',
    '(?:侵害|不正|違反|紛争)(?:の)?(?:未然)?防止',
    '管理規程',
    '規程を定め',
    // …but a risk score or model sold to customers is a product ("sharper risk scores for insurers").
    '\\brisks?\\b(?! (?:scores?|scoring|models?|ratings?|analytics)\\b)',
    'could (?:adversely|have|harm|negatively|result)',
    'may (?:adversely|not be|be unable|infringe|harm)',
    'adversely affect',
    'infring',
    'compliance',
    'comply with',
    'respect the',
    'no assurance',
    'cannot assure',
    'uncertain',
  ],
  'gu',
);

/**
 * Risk-factor modality: the sentence says what might go wrong. It stays a risk sentence even when it uses the
 * vocabulary of a mechanism (licences, standard-essential patents, imitation): a risk factor is not a strategy.
 */
export const RISK_MODAL = re(
  [
    '可能性があ',
    '可能性も(?:あ|否定でき)',
    'おそれがあ',
    '(?:ない|られない|できない|困難な|困難となる)場合があ',
    '影響を及ぼ',
    '悪影響',
    '保証はあり',
    'could (?:adversely|have an? (?:adverse|negative|material)|harm|negatively|result in|lose|be (?:limited|harmed))',
    'may (?:adversely|not be|be unable|infringe|harm|be limited|lose|be harmed|be challenged|be invalidated|be subject)',
    'adversely affect',
    'no assurance',
    'cannot (?:assure|guarantee)',
    'there can be no',
    'inability to',
    // A 10-K's dependence and lack of control ("we have little or no control over the sales efforts of our licensees",
    // "our future success depends upon the ability of our licensees…", "might not be successful"): what could go
    // wrong, told in the risk factors, not why the company wins (investor walk, v2.48).
    '(?:little|limited) or no control',
    'no control over',
    '(?:might|may) not be successful',
    'future success depends (?:up)?on',
    // What might never happen or has not happened yet ("we may never be successful", "we have not generated any such
    // revenue to date", 収益化できるとは限りません): a hope or a shortfall, not a working mechanism or outcome.
    'may (?:never|fail|be unsuccessful|not (?:provide|generate|succeed|achieve|obtain|result|realize|realise|prove|continue|receive))',
    'unsuccessful in',
    'ha(?:ve|s) not (?:yet )?(?:generated|earned|received|realized|realised|achieved)',
    'no guarantee',
    'not guaranteed',
    'とは限りません',
    'とは限らない',
    '保証するものではあり',
    '確実ではあり',
  ],
  'gu',
);

/**
 * A heading that opens a section of risk factors (事業等のリスク, 知的財産に関するリスク, "Risk Factors", "Risks Related to
 * Intellectual Property"): what follows it, until the next heading, describes what might go wrong — risk-factor prose
 * even where a sentence of it sounds like a mechanism (walk 12: a 10-Q risk factor about monetising patents scored B).
 * Managing risk and "risks and opportunities" head other kinds of text.
 */
export const RISK_SECTION_HEADING =
  /^(?!.*(?:機会|マネジメント|管理|対応|対策|opportunit|management|mitigat))(?:.*(?:リスク(?:要因|情報)?|risk factors?)\s*[】」)]?\s*$|.*(?:に関する|に係る|についての|関連)リスク|\s*(?:[\d.()（）]+\s*)?risks? (?:related|relating) to\b)/u;

/** Inventor rewards and other HR incentive schemes: an activity, whatever money words they contain. */
export const INCENTIVE =
  /報奨|報償|職務発明|発明者(?:へ|に)の(?:対価|補償)|inventor (?:reward|incentive|compensation|remuneration)|reward (?:system|program)|employee invention/u;

/** Resource allocation: amounts, priorities, shifts. 重点 alone is not an allocation. */
export const ALLOCATION = re(
  wordStart([
    '投資(?:額|を|し|する|して|計画|枠)',
    '投じ',
    '投入',
    // Money or people put somewhere in plain words (1.6億円を充て, 9名のうち2名をタイ拠点へ移し).
    '(?:億円|百万円|万円|円|名|人|要員|人員|予算)を[^。]{0,20}(?:充て|移し|移す|配置|割り当て|割り振)',
    '配分',
    '振り向け',
    '資源を(?:集中|シフト)',
    '重点(?:的に)?(?:投資|配分|投入)',
    '予算',
    '増員',
    '人員を',
    '研究開発費',
    'r&d費',
    '事業ポートフォリオ',
    '撤退',
    '売却',
    '買収',
    // M&A the company does, not M&A it brokers for clients (M&A仲介, M&Aを成約, "M&A advisory": the business itself;
    // v2.32, walk 45).
    'm&a(?!\\s?(?:仲介|アドバイザリー|助言|支援|コンサル|advisory|brokerage|を成約|の成約|案件|に関心))',
    '設備投資',
    'invest',
    'allocat',
    'budget',
    'capital expenditure',
    'r&d (?:spending|expenditure|expenses)',
    'shift(?:ed|ing)? resources',
    'business portfolio',
    'divest',
    'acquisitions?\\b(?! of (?:intellectual|patent|ip\\b|rights|trademark|licen))',
    'acquire (?:a |the )?(?:company|business|startup)',
    'headcount',
  ]),
  'gu',
);

/** Oversight: a named body or role … */
export const OVERSIGHT_BODY = re(
  wordStart([
    '取締役会',
    // The directors themselves deciding (全取締役で構成される審査会, 取締役全員が判断).
    '(?:全|各)取締役',
    '取締役(?:全員|で構成)',
    '審査会',
    '経営会議',
    // Management meetings that review the IP work by name (四半期ごとに事業部長会議で共有され…見直し; UI review, v2.47).
    '(?:事業部長|本部長|経営戦略)会議',
    '執行役員会',
    '委員会',
    'cipo',
    '最高知財責任者',
    '知(?:的)?(?:財|財産)(?:担当)?(?:役員|責任者)',
    'ceo',
    'cto',
    '社長',
    'board of directors',
    'all (?:the )?directors',
    'the board',
    'committee',
    'chief (?:ip|intellectual property|technology) officer',
    'executive officer',
    'management committee',
  ]),
  'gu',
);
/** … and how it acts (frequency, decision, agenda). Bare "appropriately supervises" is boilerplate. */
export const OVERSIGHT_HOW = re(
  [
    '年\\d+回',
    '毎月',
    '毎年',
    '四半期',
    '半期',
    '月次',
    '定例',
    '審議',
    '決議',
    '承認',
    '決定',
    '判断(?:して|し|する|を行)',
    '報告を受け',
    '議論',
    '議題',
    'モニタリング',
    'レビュー',
    '見直',
    'quarterly',
    'annually',
    'times a year',
    'each year',
    'every (?:month|year|quarter)',
    'review(?:s|ed)?',
    'approv',
    'decid',
    'discuss',
    'monitor',
    'agenda',
    'report(?:s|ed)? to',
    // "The Board receives an annual report on …" (UI review, v2.47).
    'receiv\\w* (?:an? |the )?(?:annual |quarterly |monthly |regular |periodic )?reports?',
  ],
  'gu',
);
export const GENERIC_OVERSIGHT = /適切に(?:監督|管理|保護)|appropriately (?:oversee|supervise|manage|protect)/u;
/**
 * 「重要事項は経営会議で審議しています」, "important matters are deliberated by …": a body and a verb, but neither when nor
 * what is decided — the stock sentence of oversight, unless a frequency comes with it (UI review, v2.47).
 */
export const IMPORTANT_MATTERS = /(?:重要|主要)(?:な)?事項|\b(?:important|significant|material|key) matters\b/u;
export const OVERSIGHT_FREQUENCY =
  /年\d+回|毎月|毎年|四半期|半期|月次|定例|quarterly|annually|times a year|each year|every (?:month|year|quarter)/u;

/**
 * Managing secrets as internal control or compliance (営業秘密の管理および漏洩防止…内部統制を進めています): leak
 * prevention there is housekeeping, not a reason the company wins (walk 10).
 */
export const COMPLIANCE_CONTEXT =
  /内部統制|監査部門|管理体制|情報セキュリティ|コンプライアンス|規程|規則|法令|internal control|compliance|information security|audit/u;
/** Protecting one's own technology from infringement is a defensive strategy, not a risk factor. */
export const PROTECTIVE_PURPOSE =
  /(?:protect(?:s|ing|ed)?|safeguard(?:s|ing|ed)?|defend(?:s|ing|ed)?) [^.;]{0,80}(?:from|against) (?:being )?infring|侵害から(?:守|保護)|侵害を(?:許さ|防)/u;
/**
 * A line of words with no sentence in it (a keyword list, a tag cloud, 「優位の仕組み：独占、参入障壁、価格プレミアム…」,
 * a table row): no claim can be read from it (walks 10 and 11).
 */
export function isWordList(original: string): boolean {
  const text = original.trim();
  if (text.length < 8 || /[。．.!?！？]$/u.test(text)) return false;
  // A label before the list (「仕組み：」, "KPIs:") is not one of its items.
  const items = text.replace(/^[^：:]{1,12}[：:]/u, '');
  const tokens = items.split(/[\s、，,・／/|:：]+/u).filter(Boolean);
  // An arrow between items says that one leads to the other (特許を保有 → ライセンス収入): a statement, not a list.
  if (/→|⇒|➡|->/u.test(items)) return false;
  if (/[\u3040-\u30ff\u4e00-\u9fff]/u.test(text)) {
    // Japanese: three or more short items, each ending as a noun ends (not in a particle or a verb ending, which are
    // hiragana): 「独占、参入障壁、乗り換えコスト」 lists, 「特許を出願し、ノウハウを秘匿し、ブランドを守ります」 says.
    const labelled = items !== text;
    return tokens.length >= (labelled ? 2 : 3) && tokens.every((w) => w.length <= 24 && !/[ぁ-ゖ]$/u.test(w));
  }
  // English: four or more words and no function word among them.
  return (
    tokens.length >= 4 &&
    !/\b(?:the|a|an|of|and|to|is|are|was|were|our|we|its|for|with|by|in|on|that|this|will|has|have)\b/iu.test(text)
  );
}

/**
 * How a fee is booked rather than why the rights earn it: revenue recognised on a date, royalties accrued, payable or
 * unpaid, amounts included in an expense line, deferred revenue, 収益認識・会計処理・未払金 (v2.46). A financial-statement
 * note tells the accounting of a licence, not a licensing model: the licence words in it are the note's subject.
 * The analysis string has British spellings folded (recognis → recogniz).
 */
export const BOOKKEEPING = re(
  [
    '\\b(?:revenues?|income|fees?|royalt(?:y|ies)|payments?|costs?|expenses?|amounts?|consideration)\\b[^.;]{0,50}\\b(?:is|are|was|were|be|been|being) (?:generally )?(?:recogniz|recorded|accrued|deferred|amortiz|expensed|capitaliz|accounted for)',
    '\\b(?:recogniz\\w*|records?|recorded) (?:as|in) (?:revenue|income|deferred revenue|an? (?:asset|liability|expense))\\b',
    '\\bdeferred (?:revenue|income)\\b',
    '\\b(?:unpaid|prepaid|accrued) (?:royalt(?:y|ies)|license fees?)\\b',
    '\\broyalt(?:y|ies) payable\\b',
    '\\bincluded in (?:general and administrative|selling,? general|cost of (?:sales|revenues?|goods)|research and development|other (?:income|expenses?)|accrued)',
    '収益(?:を|の)?認識',
    '(?:会計|費用)処理',
    '(?:前受|未払|未収)(?:金|収益|費用)',
    '繰延(?:収益|資産)',
  ],
  'gu',
);

/**
 * A chronology: three or more dated events in one sentence (a securities report's 沿革, "In March 2004 … in June
 * 2006 …"): history listed, not a claim about how the rights win (v2.46). A fiscal period (2024年3月期) is no event.
 * Counted on the analysis string.
 */
const DATED_EVENT =
  /(?:19|20)\d{2}年\d{1,2}月(?!期)|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年\d{1,2}月(?!期)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december),? (?:\d{1,2},? )?(?:19|20)\d{2}\b/gu;
export function isChronology(text: string): boolean {
  let n = 0;
  DATED_EVENT.lastIndex = 0;
  while (DATED_EVENT.exec(text) !== null) if (++n >= 3) return true;
  return false;
}

/**
 * Taking part in standards work (participating in standardization bodies, 300 technical proposals, 標準化団体に参加):
 * an activity report. A standard the company's rights are essential to is a mechanism; attending the meetings is
 * not (UI review, v2.47).
 */
export const STANDARDS_PARTICIPATION = re(
  [
    '\\b(?:participat\\w*|take part|took part|taking part|are active|is active|engag\\w*) in (?:\\w+ ){0,3}standardiz\\w* (?:bodies|body|organizations?|activities|committees?|meetings?|work|groups?|efforts?)',
    '\\bcontribut\\w* (?:more than |over |about |around |some )?[\\d,]+ (?:technical )?(?:proposals|contributions|submissions)',
    '標準化(?:団体|機関|組織|会議|委員会|活動)(?:に|へ|で)?(?:の)?(?:参加|参画|貢献|提案)',
  ],
  'gu',
);
