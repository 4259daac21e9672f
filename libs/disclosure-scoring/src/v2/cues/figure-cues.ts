// Cues for figures: financial lines, measures, targets, counts, rankings and valuations.
import { re, wordStart } from './pattern';

/** Financial lines. 売上 as the denominator of an R&D ratio is excluded (see FINANCIAL_EXCLUDED). */
export const FINANCIAL = re(
  wordStart([
    '売上(?:高|収益)?',
    '利益率',
    '営業利益',
    '収益(?:性|化|力|源)?',
    '粗利',
    'マージン',
    '(?:市場)?シェア',
    '単価',
    '販売価格',
    'roic',
    '\\broe\\b',
    'キャッシュ・?フロー',
    'ライセンス(?:収入|収益|料)',
    // Income from rights in other words (v2.10): 権利収入, 使用料収入, 許諾料.
    '(?:権利|版権|使用料|許諾料|実施料)収入',
    '(?:使用|許諾|実施)料',
    // The other lines a business is paid through (協賛金収入, 出展料収入, 手数料収入, チケット販売による収入; v2.40, walk 73).
    '(?:協賛金|出展料|出店料|広告|手数料|会費|入場料|加盟金|仲介料|紹介料|保守料|配信|サービスフィー|マイルスト(?:ー)?ン)収入',
    '(?:による|からの)収入',
    // A fee the customer keeps paying for a service (年間利用料, 月額料金, "subscription fees").
    '(?:年間|月額|年額)?利用料',
    '(?:月額|年額)料金',
    'subscription (?:fees?|revenue|income)',
    // …and told in plain words (v2.30, walks 37 and 41): "membership fee income", "monthly or quarterly fees paid by
    // customers", "franchise fees" (not annual or renewal fees, which keep patents alive).
    '(?:membership|member|franchise|monthly|quarterly|recurring) (?:fees?|dues)(?: (?:income|revenue))?\\b',
    'fees? paid by (?:our |its )?(?:customers|members|subscribers|franchisees|clients|users)',
    // A price held without discounting is a price line.
    '値引き(?:に依存(?:し|せ)|を(?:せ|し)(?:ず|ない)|なし|に頼ら)',
    'without (?:discount|discounting|price cuts)',
    // "the product's share of the domestic market", "share of … approved … was about 40%".
    'share of (?:the )?[a-z-]+ ?(?:[a-z-]+ )?(?:market|orders|demand)',
    '\\bshare\\b[^.;]{0,60}(?:was|reached|rose|of about|of around|of approximately|at about|maintained at) (?:about |around |approximately )?\\d+(?:\\.\\d+)?\\s*%',
    // A share told as how much of the market is the company's make (v2.30, walk 42): 「大型エンジンの約7割が当社製」.
    '(?:\\d+(?:\\.\\d+)?\\s?%|\\d+割|[一二三四五六七八九十]割)(?:以上|近く|超|強|弱)?が(?:当社|自社|同社)(?:製|の(?:製品|部品|商品))',
    'ロイヤ(?:リ|ル)ティ収入',
    '稼ぐ力',
    'コスト(?:削減|低減)',
    '原価低減',
    '黒字',
    '増収',
    '増益',
    // Money lines in plain words (issue 18): what the price, the order or the fee brings in.
    '(?:卸売|売上総|経常|事業|粗)利益',
    '受注(?:額|単価|金額)',
    // Volume lines a securities report states in plain words (link bank d): orders taken, the backlog, units sold.
    '受注(?:高|残高?)',
    '販売(?:数量|台数|量)',
    // …and the business's volume told growing in plain words (v2.33, walk 48): 施工量が飛躍的に伸び, 出荷量が倍増,
    // 売れ行きが伸びた. A count of filings or grants is not this (出願件数 is a count).
    '(?:施工|受注|出荷|販売|取扱|納入|生産)(?:量|件数|実績|数)が[^。、]{0,8}?(?:伸び|伸長|増え|増加|拡大|倍増)',
    '売れ行きが[^。、]{0,8}?(?:伸び|増え|好調)',
    '(?:loss|combined) ratios?',
    '(?:ordinary|operating|net) income',
    // Profit in plain words: 利益を生み出す, 収益を上げ続ける.
    '(?:利益|収益)を(?:生み出|生|上げ|あげ|得|稼)',
    '課金額',
    '配分金',
    '(?:販売)?手数料',
    '値上げ',
    '価格差',
    '(?:高い|高く)(?:価格|単価)',
    '定価(?:販売|で)',
    'royalt(?:y|ies)\\b',
    'gross profit',
    'full price',
    'price (?:rises|increases)',
    '\\d+% premium',
    'take-rate',
    'commission',
    'earns? more',
    '契約金',
    '一時金',
    // A milestone is a stage reached (研究段階でのマイルストンを達成); only its payment is a financial line.
    'マイルストー?ン(?:収入|収益|ペイメント|一時金|報酬|金|の受領|を受領|として)',
    'revenue',
    '\\bsales\\b',
    'margin',
    'profit',
    'market share',
    '\\bprice',
    'roic',
    'cash flow',
    'earnings',
    'royalty income',
    'licensing income',
    'cost reduction',
    'return on',
    'profitab',
    'upfront payment',
    // Money the customer pays for the work ("receives ongoing remuneration from the Tier1 company", v2.19); a
    // director's remuneration is governance, not this.
    '(?:receiv(?:e|es|ed|ing)|earn(?:s|ed|ing)?) (?:ongoing |recurring |annual |additional |engineering )?(?:remuneration|fees|payments?)\\b',
    'milestone payment',
    // Money paid to the company under a licence ("requires that X pay the company $12 million each quarter").
    '(?:pay|pays|paid|paying|payments? to)(?= (?:us|the company)\\b[^.;]{0,90}(?:\\$|¥|€|£|usd|jpy)\\s?\\d)',
  ]),
  'gu',
);
/**
 * What the company spends, told as a share of its sales (研究開発費は売上高の5.2%, "R&D expenses were 5.2% of revenue",
 * 売上高の5%を研究開発に投じ): the size of an input, neither a money line the IP moved nor an indicator of a claim beside
 * it (count-page probe, v2.55: appended to a product's mechanism it had lent a financial outcome and a KPI, +10-37).
 */
const SPEND_SHARE_PARTS = [
  // The ratio follows the sales word directly (売上高の4.6%, 売上高研究開発費比率は4.8%, (売上高比6.1%, 対売上高比率は7.5%):
  // a sales share the spend is aimed at (研究開発費の25%を集中させ、同分野の売上高比率を8%から…) is a target and stays.
  '(?:研究開発(?:費|投資)|開発費|知的財産(?:関連)?(?:費用|投資)|知財(?:関連)?(?:費用|投資)|r&d費|設備投資)[^。]{0,40}?[(（]?対?(?:売上(?:高|収益)?|営業収益)(?:研究開発費)?(?:の|に対して|に対する|に占める)?(?:比率?|対比)?(?:は|が|で|の)?(?:約)?\\d[\\d,.]*\\s*[%％]',
  // …and money put into R&D as a share of sales (売上高の5%を研究開発に投じ); a share of sales that new products bring
  // (売上高の30%が新開発の製品) is an outcome and stays.
  '売上(?:高|収益)?(?:の|に対して)?(?:約)?\\d[\\d,.]*\\s*[%％][^。]{0,4}(?:を|が)[^。]{0,6}(?:研究開発|r&d|開発)(?:費|投資)?(?:に|へ)(?:投じ|投資|充て|振り向け|配分|支出)',
  '(?:r&d|research and development) (?:expenses?|spending|expenditures?|investments?|costs?)[^.;]{0,60}?\\d[\\d.]*\\s?% of (?:net |total |consolidated |our )?(?:revenues?|sales|turnover)',
  '\\d[\\d.]*\\s?% of (?:net |total |our )?(?:revenues?|sales|turnover) (?:on|in|to|into) (?:r&d|research)',
];
export const SPEND_SHARE = re(SPEND_SHARE_PARTS, 'gu');
/**
 * A rate of the IP function's own figures (外国出願比率は約60%, 特許査定率90%, "a grant rate of 85%", "70% of our patents"):
 * a count told as a percentage, which measures the filing programme, not a business claim (v2.55).
 */
const IP_STAT_RATE_PARTS = [
  '(?:外国|海外|国内)?(?:出願|登録|権利化|特許査定|査定|特許)(?:率|比率)[^。\\d]{0,8}?(?:約)?\\d[\\d.]*\\s*[%％]',
  '(?:grant|allowance|filing|foreign filing|patent|registration) rates?[^.;\\d]{0,30}?\\d[\\d.]*\\s?%',
  '\\d[\\d.]*\\s?% of (?:our|its|the company.?s|all|total|the) (?:patents|patent applications|applications|filings|registrations|inventions)',
];
export const IP_STAT_RATE = re(IP_STAT_RATE_PARTS, 'gu');
/** Figures that look like indicators but measure an input or the filing programme (SPEND_SHARE, IP_STAT_RATE). */
export const NOT_AN_INDICATOR = re([...SPEND_SHARE_PARTS, ...IP_STAT_RATE_PARTS], 'gu');

/**
 * R&D spending as a share of sales measures spending, not an outcome (海外売上比率 is an outcome and stays): the ratio
 * named (売上高研究開発費比率, "R&D to sales") and, since v2.55, any spend told with its share of sales (SPEND_SHARE).
 */
export const FINANCIAL_EXCLUDED = new RegExp(
  `${SPEND_SHARE_PARTS.join('|')}|${
    // …and selling shares in a holding (share sales, 株式の売却) is a disposal of an investment, not a business's money line.
    // Figures found wrong in the books (棚卸資産の過大計上, 決算整理仕訳の誤り, "restatement") are an accounting finding,
    // not a business line moving (v2.40, walk 70).
    /\bshare (?:sales|disposals?)\b|\b(?:sale|sales|disposal|disposals) of (?:its |our |the )?(?:shares|stakes?|holdings?|equity)\b|\bsell(?:ing|s)? (?:its |our )?shares\b|株式(?:の)?(?:一部)?(?:売却|譲渡)|売上(?:高)?(?:研究開発費|に対する研究開発費)|研究開発費[^。]{0,30}(?:対)?売上(?:高)?比率|売上高?研究開発費|r&d (?:to|as a percentage of) sales|過大計上|過少計上|不適切(?:な)?会計|会計処理(?:上)?の(?:誤り|問題)|決算整理仕訳|(?:誤|あやま)った?会計|\brestate(?:ment|d)\b|\bmisstate(?:ment|d)\b/u
      .source
  }`,
  'u',
);

/** A figure that can measure something (share, rate, money, a dated target). */
export const MEASURE = re(
  [
    // An ownership share (100%子会社, "a 51%-owned subsidiary") measures nothing.
    "\\d[\\d,.]*\\s*(?:%|％|ポイント|倍|億円|兆円|百万円|万円|円|billion|million|bn|pt)(?!\\s*(?:子会社|出資|-?owned|subsidiar|stake|equity interest|of (?:[a-z'’]+ ){0,3}(?:issued )?(?:share capital|shares|voting rights)))",
    '(?:20[2-5]\\d|fy20[2-5]\\d)年?(?:度)?(?:まで|に|の目標|目標)',
    'kpi',
    '指標',
    '目標値',
    '目標を',
    'targets? (?:of|for) \\d',
    'by 20[2-5]\\d',
    '\\bkpis?\\b',
  ],
  'gu',
);
/** A dated target or a track record against a target: an indicator even without a money word beside it. */
export const TARGET =
  /(?:20[2-5]\d|fy20[2-5]\d)年?度?(?:まで|に|の目標|目標)|目標(?:を|に|は|値|として)|達成|\bby (?:fy)?20[2-5]\d\b|\btargets? (?:of|for)\b|\bachieved\b/u;

/** Count-only figures: filings, holdings, registrations, headcounts, number of events. */
export const COUNT = re(
  [
    // A digit fused to Latin letters belongs to a name or a formula (CO2回収, A320), not to a count.
    '(?<![a-z])\\d[\\d,]*\\s*(?:件|ファミリー|名|人|回|社|カ国|か国|ヶ国)',
    '(?:出願|保有|登録|取得|公開)件数',
    '特許(?:保有)?数',
    '件数',
    '\\d[\\d,]* (?:patents?|applications?|registrations?|families|filings|employees|staff|members|people|trademarks|sessions|times|countries)',
    'number of (?:patents|applications|filings|registrations)',
    // The make-up of a total (情報機器事業が全体の51%を占め, "accounted for 40% of all filings"): a breakdown of a
    // count unless the sentence ties it to money (売上高の51%を占め reads as a money line, not this).
    '全体の(?:約)?\\d+(?:\\.\\d+)?[%％](?:を占め)',
    // …and a sentence that opens by giving the breakdown of the count before it (その内訳は、Ｘ事業15%、Ｙ事業33%…).
    '^\\s*(?:その|出願の|特許の|保有特許の|出願件数の)?内訳(?:は|を見ると|として)',
    'accounted for (?:about |approximately |some )?\\d+(?:\\.\\d+)?% of (?:all|the total|total|our) (?:applications|filings|patents|registrations)',
    // The filing programme's rates (外国出願比率は約60%, "a grant rate of 85%") count its filings (v2.55).
    ...IP_STAT_RATE_PARTS,
  ],
  'gu',
);
export const RANKING = re(
  wordStart([
    '第?\\d+位',
    '位に(?:ランク|入)',
    'ランキング',
    'ランクイン',
    'no\\.? ?1\\b',
    'ナンバーワン',
    'ナンバー1',
    '首位',
    '最多',
    '世界一',
    '業界一',
    'トップ(?:クラス|レベル|\\d+|シェア)',
    '上位\\d+',
    'ranked',
    'ranking',
    'number one',
    'top \\d+',
    'largest number',
    'most patents',
    'leading position',
    'world.?s largest',
    // A share boasted as a profile line (高い国内シェアを誇り, "boasts a leading share"), not an outcome of a claim.
    'シェアを誇',
    'boasts? (?:a |the )?(?:high|leading|top|dominant|large) (?:[a-z]+ )?share',
    'market[- ]leading',
  ]),
  'gu',
);
export const VALUATION = re(
  wordStart([
    '評価額',
    '価値評価',
    'ブランド価値',
    'ブランドバリュー',
    '時価総額',
    '株価',
    '鑑定',
    'fair (?:market )?value',
    'valuation',
    'valued (?:[a-z]+ ){0,3}at',
    'brand value',
    'market capitali[sz]ation',
    'interbrand',
    'brand finance',
    'appraised',
    // Scores and indices that rate patents (特許力指数, パテントスコア, "patent strength index") are valuations too.
    '(?:特許|知財|パテント)力?(?:指数|スコア|偏差値)',
    '(?:yk|pa)値',
    'patent (?:strength|value|asset|quality) (?:index|score|ranking)',
    'patent ?score',
  ]),
  'gu',
);

/**
 * Income the company chose not to take (ライセンス料で利益を追求する選択肢もあり…共有を決断, royalty-free, 無償開放): the
 * sentence names a money line only to give it up — an open strategy, not a financial outcome (walk 10).
 */
export const FORGONE_INCOME =
  /(?:ライセンス料|ロイヤ(?:リ|ル)ティ|使用料|実施料|許諾料|利益)[^。]{0,30}(?:選択肢もあ|求め(?:ず|ない)|受け取ら(?:ず|ない)|徴収(?:せず|しない)|放棄|取ら(?:ず|ない))|無償(?:で)?(?:の)?(?:開放|提供|許諾|ライセンス|公開)|royalty-free|free of charge|without (?:charging )?(?:any )?royalt|waiv(?:e|es|ed|ing) (?:its |our |the )?royalt/u;
