/**
 * Cue patterns of the v2 judgement, applied to the analysis string of a sentence (NFKC, lower-cased, the
 * company's own names replaced by 当社 / "the company"). Japanese and English cues are applied together
 * because disclosures mix scripts. Each family is written from the rating rubric's definitions
 * (docs/disclosure-judgement-rubric.md) and REFERENCE §11.2, never from evaluation passages.
 *
 * False friends of v1 that these patterns avoid on purpose: "ir" inside "their"/"fair" (IR must be the
 * upper-case word, see ownership below), "fair market value" (a valuation, not a market link), 提供 (not
 * "open"), 訴訟/係争 (lawsuits are activity, not quality), 重点 alone (not an allocation), "No.1"/他社+number
 * (a ranking, not competitive evidence), "IP portfolio" (an asset, not a business portfolio).
 */
const re = (parts: readonly string[], flags = 'g'): RegExp => new RegExp(`(?:${parts.join('|')})`, flags);
/** Latin entries must start a word ("tire" is not in "entire", "held" not in "handheld"); Japanese has no spaces. */
const wordStart = (parts: readonly string[]): string[] => parts.map((p) => (/^[a-z]/.test(p) ? `\\b${p}` : p));


/** Sector and product nouns that name a business or market by themselves. */
export const SECTOR = re(
  wordStart([
    '自動車', '車載', '半導体', '医薬品?', '医療機器', '医療', '診断薬?', '創薬', '電池', '電子部品', '電子材料', '化粧品', '食品',
    '飲料', '調味料', '素材', '樹脂', '繊維', '鉄鋼', '非鉄', '化学品', '塗料', '通信', '基地局', '5g', 'ディスプレイ', '液晶',
    '有機el', '空調', '住宅', '建設機械', '建機', '産業機械', '工作機械', 'ロボット', '家電', 'カメラ', '複合機', 'プリンター',
    '印刷', 'ゲーム', 'アニメ', '玩具', '物流', '金融', '保険', '農業', '農薬', '肥料', '再生医療', 'ワクチン', 'バイオ', 'エネルギー',
    '再生可能エネルギー', '水素', '太陽電池', '風力', '航空機', '鉄道', '船舶', '光ファイバー', 'センサー', 'モーター', 'インバーター',
    'パワー半導体', '精密機器', '計測', '分析機器', '内視鏡', '眼鏡', 'レンズ', 'タイヤ', 'ゴム', 'ガラス', 'セラミック', '製紙',
    'パッケージ', '包装', '衣料', 'アパレル', 'スポーツ用品', '化学', '製薬', '電気自動車', 'データセンター', 'クラウド', 'saas',
    'automotive', 'semiconductor', 'pharmaceutical', 'medical device', 'diagnostic', 'drug', 'battery', 'batteries',
    'cosmetic', 'food', 'beverage', 'chemical', 'telecom', 'display', 'printer', 'camera', 'robot', 'gaming', 'games',
    'logistics', 'insurance', 'agricultur', 'vaccine', 'biotech', 'aerospace', 'aircraft', 'railway', 'tire', 'tyre',
    'glass', 'sensor', 'electric vehicle', '\\bevs?\\b', 'data center', 'cloud', '\\bsaas\\b', 'oncology', 'imaging',
    'packaging', 'apparel', 'consumer electronics', 'power semiconductor', 'industrial machinery', 'machine tool',
  ]),
  'gu',
);

/**
 * A cue made of a run of Han/Katakana/Latin characters followed by a suffix ("半導体材料" + "事業"). Matched by
 * finding the suffix and walking back over the run, which is much faster than a regex with a long prefix class.
 */
export interface PrefixedCue {
  readonly suffix: RegExp;
  readonly min: number;
  readonly max: number;
}
export const RUN_CHAR = /[\p{Script=Han}\p{Script=Katakana}ーa-z0-9&]/u;

/** "Ｘ事業 / Ｘ市場 / Ｘ向け …": a named business, market or customer group (X must be specific). */
export const JA_NAMED_BUSINESS: PrefixedCue = {
  suffix: /事業|市場|分野|領域|製品|セグメント|向け|用途|業界|ビジネス|メーカー|顧客/g,
  min: 2,
  max: 14,
};
/** "Ｘ技術 / Ｘブランド / Ｘデータ": a specific technology, brand or data asset (X must be specific). */
export const JA_NAMED_ASSET: PrefixedCue = { suffix: /技術|ブランド|データ/g, min: 2, max: 12 };
/** Leading words that make "Ｘ事業" generic ("当社事業", "既存事業", "知財分野"). */
export const GENERIC_BUSINESS_PREFIX = new RegExp(
  '^(?:当社|当グループ|グループ|全社|全|各|既存|新規|主力|本|同|中核|コア|成長|基盤|国内外|海外|国内|グローバル|多様|当該|関連|' +
    '主要|その他|自社|重点|注力|戦略|知財|知的財産|特許|研究開発|技術|事業|新|他|複数|一部|対象|社会|経営|商品|周辺|様々|幅広|' +
    '世界|今後|将来|次世代|高付加価値|幅広い|個人|法人|一般|重要|幅|広範|今回|これら|その|この|顧客|お客様|市場|製品|取引|全体|' +
    '得意|有望|新た|多く|大手|競合|他社|同業|企業|業界|産業|ビジネス|成長事業|ライセンス|知財戦略|無形資産)+$',
);
export const EN_NAMED_BUSINESS = new RegExp(
  "\\b(?:our|the|its|in|for) ((?:[a-z][a-z&-]+ ){0,2}[a-z][a-z&-]+) (business|segment|market|division|products?|customers|industry|franchise)\\b",
  'g',
);
export const EN_GENERIC_BUSINESS_WORD =
  /^(?:core|main|overall|entire|new|existing|own|global|key|growth|various|relevant|other|whole|current|future|related|product|products|company|company's|group|business|important|major|many|target|specific|our|their|its|each|all|such|same|ip|intellectual property|patent|licensing|capital|stock|financial|domestic|overseas|international|respective|wider|broader|competitive|strategic|leading|diverse)$/;
/** ® / ™ / （登録商標）: a named product. */
export const TRADEMARK_SIGN = /[®™]|\(登録商標\)|\(商標\)/gu;

/**
 * Words before "technology" that leave it generic: function words, verbs, and praise ("including technology",
 * "cutting-edge technologies", "the best technologies" name nothing). Checked on the match (a lookahead over this list
 * at every position cost more than the rest of the asset pattern).
 */
export const EN_NOT_A_TECHNOLOGY: ReadonlySet<string> = new Set([
  'including', 'includes', 'involving', 'regarding', 'concerning', 'surrounding', 'which', 'whose', 'what', 'on', 'in', 'of', 'for', 'with', 'by', 'to', 'from', 'and', 'or', 'as', 'at', 'into', 'using', 'use', 'uses',
  'the', 'a', 'an', 'our', 'its', 'their', 'this', 'these', 'those', 'that', 'such', 'other', 'own', 'any', 'all', 'each', 'more', 'most',
  'new', 'novel', 'advanced', 'innovative', 'latest', 'key', 'leading', 'superior', 'excellent', 'unique', 'various', 'relevant',
  'related', 'basic', 'fundamental', 'important', 'emerging', 'next-generation', 'future', 'existing', 'different', 'high', 'best',
  'better', 'actual', 'cutting-edge', 'edge', 'state-of-the-art', 'world-class', 'modern', 'sophisticated', 'critical', 'essential',
  'original', 'useful', 'valuable', 'strong', 'broad', 'wide', 'specific', 'certain', 'underlying', 'technological', 'digital',
  'information', 'diverse', 'group', "group's", "company's", 'company', 'many', 'new', 'proven', 'promising', 'competitive',
]);

/** Specific intangible assets (not "IP" in general). */
export const ASSET = re(
  [
    '製法', '配合', 'レシピ', 'ノウハウ', '営業秘密', `ブランド[「『][^」』]{1,20}[」』]`,
    'アルゴリズム', 'ソフトウェア', 'プラットフォーム', '顧客基盤', '販売網', '特許ファミリー', '標準必須特許', '基本特許', '周辺特許', 'キャラクター', 'コンテンツ', '組織能力',
    'proprietary', 'core technolog', '(?<![a-z-])[a-z-]+ technolog(?:y|ies)', 'know-how', 'knowhow',
    '\\b(?!our |the |its |and |of |global |corporate |company |group |own )[a-z-]{3,} brands?\\b',
    '\\b(?!our |the |its |of |and |personal |big |such |this |these |that |with |more |new |any |all )[a-z-]{3,} data\\b', 'dataset',
    '立体商標', '(?:商品|製品)(?:の)?(?:形状|デザイン)', 'product (?:shape|design)s?\\b',
    'algorithm', 'software', 'platform', 'customer base', 'installed base', 'patent famil',
    'standard[- ]essential patent', 'formulations?\\b(?! (?:and|of)\\b)', 'manufacturing process', 'process technolog', 'content library',
    'manufacturing (?:capabilit|know-how|technolog)', 'production (?:know-how|technolog)',
  ],
  'gu',
);
/** "技術" words that stay generic. */
export const GENERIC_ASSET =
  /^(?:当社|自社|弊社|the company)?(?:技術|独自技術|先端技術|最先端技術|新技術|最新技術|各種技術|高度技術|技術力|科学技術|情報技術|関連技術|周辺技術|要素技術|基盤技術|生産技術|製造技術|製品ブランド|商品ブランド|自社ブランド|特許技術|保有技術|自社技術|固有技術|独自の技術|コア技術|中核技術|ブランド|データ|コーポレートブランド|グローバルブランド|企業ブランド|グループブランド|ビッグデータ|各種データ|関連データ|知財データ|特許データ|知財情報|the company technolog(?:y|ies))$/u;

/** Why an asset gives an advantage (exclusivity, premium, switching cost, licensing, standard, secrecy…). */
export const MECHANISM = re(
  [
    '参入障壁', '模倣(?:が|を)?(?:困難|防|させ|され(?:にく|ず))', '模倣困難', '他社(?:の)?(?:参入|追随|模倣)を(?:防|阻|抑)', '追随を許さ',
    '独占', '排他', '専用実施', '価格(?:プレミアム|競争に巻き込まれ|決定力|優位)', 'プレミアム価格', '高価格', '値崩れ', '価格を維持',
    'スイッチングコスト', '乗り換え', 'ロックイン', '囲い込', '標準化', '標準規格', 'デファクト', '標準必須', 'ライセンス(?:収入|料|供与|アウト|契約|許諾)',
    'クロスライセンス', 'ロイヤリティ', 'ライセンシー', 'ライセンス(?:ビジネス|事業|プログラム)', 'パテントプール', '秘匿(?:化|し|する|すべき|とし)', 'ブラックボックス', 'オープン(?:・|&|と|/)?クローズ', 'オープン化', 'クローズ化',
    '権利化せず', '特許化せず', 'ノウハウとして', '流出(?:を)?(?:防|抑)', '漏洩(?:を)?防', 'ネットワーク効果', 'データが(?:集ま|蓄積)', '継続(?:課金|収益)', 'リカーリング',
    '消耗品', '交換部品', '保守サービス', '先行者', '先行優位', '他社(?:製品|品)と(?:の)?差別化', '差別化(?:要因|の源泉)', '代替(?:が|の)?(?:困難|効かない)',
    '競合(?:他社)?(?:が|に)(?:は)?(?:真似|模倣)', '牽制', '実施許諾', '共同開発の成果を独占',
    // Keeping competitors out in other words, and the open side of an open/close choice.
    '(?:競合|他社)[^。]{0,25}(?:防止|防ぐ|防い|防げ|阻止|排除)', '無償(?:で)?(?:開放|公開|提供|ライセンス|許諾)', '(?:特許|技術|知財)(?:を|の)(?:無償)?(?:開放|オープン化)',
    'barrier(?:s)? to entry', 'entry barrier', 'exclusiv', 'imitat', 'copy our', 'price premium', 'premium pric', 'pricing power',
    'switching cost', 'lock-in', 'locked in', 'standard[- ]essential', 'de facto standard', 'standardi[sz]', 'licens(?:ing|e) (?:income|revenue|fees?|out)',
    'royalt', 'cross-licens', 'licensing (?:program|business|model|agreements?|partners?)', 'licensees?\\b', 'licen[cs]e[sd]? (?:our|its|the|them|it)\\b',
    'patent pool', 'frand', 'leak(?:age|s)?\\b', 'safeguard(?:s|ed|ing)?,? as (?:expertise|know-how)', '(?:protect|protection of|safeguard) (?:our |its )?(?:expertise|know-how)',
    'confidential(?:ity)? (?:of|to protect)', 'difficult to (?:distinguish|reverse[- ]engineer)', '(?:keep|kept|keeping|protect(?:ed)?) (?:[a-z-]+ ){0,4}as (?:a )?trade secrets?', 'kept (?:as|in) (?:secret|know-how)', 'rather than (?:patent|fil)', 'black box', 'open and clos', 'open/clos',
    'network effect', 'recurring', 'consumables', 'first[- ]mover', 'freedom to operate', 'prevent(?:s|ing)? competitors',
    'keep(?:s|ing)? competitors', 'difficult (?:for competitors )?to (?:copy|replicate|imitate)',
    // Earning from the rights themselves (IP income, monetisation), in other words than "licensing income".
    "(?:income|revenues?|returns?) (?:from|through|generated by|generated through) (?:its |our |the )?(?:[a-z-]+ ){0,2}(?:intellectual property|ip\\b|patents?|licens)",
    '(?:ip|patent) (?:income|revenues?|moneti[sz]ation)', 'moneti[sz](?:e|es|ed|ing|ation)', '知財収入', '特許収入', '(?:知的財産|知財|特許)(?:の|を)?収益化',
    'open[- ]source', 'freely available', 'not (?:to )?(?:initiate|bring|file|assert|enforce) (?:any )?(?:patent )?(?:lawsuits|suits|claims|patents)',
    'grant(?:s|ing)? (?:of )?(?:a |non-exclusive |exclusive )?licen[cs]es', '権利行使(?:を)?(?:し|行わ)ない', 'royalty[- ]free', 'patent pledge', 'non-assert', 'open (?:up )?(?:our|its|the(?:se)?) patents',
  ],
  'gu',
);
/** Advantage words that count as a mechanism only with a named asset or business in the same sentence. */
export const WEAK_MECHANISM = re(
  [
    '差別化', '競争優位', '優位性', '強み', '独自性', 'competitive advantage', 'differentiat', 'competitive edge', 'unique',
    // Protecting a named product or technology with rights is exclusivity; it needs the named thing beside it.
    '(?:権利|特許権?|商標権?|意匠権?|知的財産権?)(?:で|により|によって|として)(?:保護|守|カバー)',
    '(?:protected|covered) by (?:our |its )?(?:patents?|trademarks?|design rights|intellectual property)', 'patent-protected',
  ],
  'gu',
);

/** What customers get. */
export const CUSTOMER_VALUE = re(
  wordStart([
    '顧客(?:価値|の課題|課題|の(?:生産性|コスト|安全|利便)|満足)', 'お客様(?:の課題|に(?:とって|提供)|価値)', '提供価値', '(?:顧客|お客様)(?:が|は)',
    '省エネ', '低コスト化', '(?:高|長)寿命', '生産性(?:向上|を高)', '歩留まり', '安全性(?:を高|向上)', '利便性',
    '(?:顧客|お客様|お客さま|社会|患者|ユーザー)(?:の|が抱える)?(?:課題|問題|ニーズ)(?:の|を)?解決',
    'customer value', 'customers? (?:get|gain|benefit|save|can|value)', 'for (?:our )?customers', 'customer needs', "customers' ",
    'lower cost for', 'energy saving', 'productivity', 'yield (?:rate|improvement|loss)', 'higher yields?',
    "solv(?:e|es|ing) (?:(?:our |their )?customers'?|their|users'?|patients'?) (?:problems|challenges|issues|needs)",
  ]),
  'gu',
);

/** Financial lines. 売上 as the denominator of an R&D ratio is excluded (see FINANCIAL_EXCLUDED). */
export const FINANCIAL = re(
  wordStart([
    '売上(?:高|収益)?', '利益率', '営業利益', '収益(?:性|化|力|源)?', '粗利', 'マージン', '(?:市場)?シェア', '単価', '販売価格', 'roic', '\\broe\\b',
    'キャッシュ・?フロー', 'ライセンス収入', 'ロイヤリティ収入', '稼ぐ力', 'コスト(?:削減|低減)', '原価低減', '黒字', '契約金', '一時金', 'マイルストン',
    'revenue', '\\bsales\\b', 'margin', 'profit', 'market share', '\\bprice', 'roic', 'cash flow', 'earnings', 'royalty income',
    'licensing income', 'cost reduction', 'return on', 'profitab', 'upfront payment', 'milestone payment',
  ]),
  'gu',
);
export const FINANCIAL_EXCLUDED = /売上(?:高)?(?:研究開発費|に対する研究開発費|比率)|売上高?研究開発費|r&d (?:to|as a percentage of) sales/u;

/** A figure that can measure something (share, rate, money, a dated target). */
export const MEASURE = re(
  [
    '\\d[\\d,.]*\\s*(?:%|％|ポイント|倍|億円|兆円|百万円|万円|円|billion|million|bn|pt)', '(?:20[2-5]\\d|fy20[2-5]\\d)年?(?:度)?(?:まで|に|の目標|目標)',
    'kpi', '指標', '目標値', '目標を', 'targets? (?:of|for) \\d', 'by 20[2-5]\\d', '\\bkpis?\\b',
  ],
  'gu',
);
/** A dated target or a track record against a target: an indicator even without a money word beside it. */
export const TARGET =
  /(?:20[2-5]\d|fy20[2-5]\d)年?度?(?:まで|に|の目標|目標)|目標(?:を|に|は|値|として)|達成|\bby (?:fy)?20[2-5]\d\b|\btargets? (?:of|for)\b|\bachieved\b/u;

/** Count-only figures: filings, holdings, registrations, headcounts, number of events. */
export const COUNT = re(
  [
    '\\d[\\d,]*\\s*(?:件|ファミリー|名|人|回|社|カ国|か国|ヶ国)', '(?:出願|保有|登録|取得|公開)件数', '特許(?:保有)?数', '件数',
    '\\d[\\d,]* (?:patents?|applications?|registrations?|families|filings|employees|staff|members|people|trademarks|sessions|times|countries)',
    'number of (?:patents|applications|filings|registrations)',
  ],
  'gu',
);
export const RANKING = re(
  wordStart([
    '第?\\d+位', '位に(?:ランク|入)', 'ランキング', 'ランクイン', 'no\\.? ?1\\b', 'ナンバーワン', 'ナンバー1', '首位', '最多', '世界一', '業界一',
    'トップ(?:クラス|レベル|\\d+|シェア)', '上位\\d+', 'ranked', 'ranking', 'number one', 'top \\d+', 'largest number', 'most patents',
    'leading position', 'world.?s largest',
  ]),
  'gu',
);
export const VALUATION = re(
  wordStart([
    '評価額', '価値評価', 'ブランド価値', 'ブランドバリュー', '時価総額', '株価', '鑑定', 'fair (?:market )?value', 'valuation', 'valued (?:[a-z]+ ){0,3}at',
    'brand value', 'market capitali[sz]ation', 'interbrand', 'brand finance', 'appraised',
  ]),
  'gu',
);
export const ACTIVITY = re(
  wordStart([
    '受賞', '表彰', '授賞', 'アワード', '賞を', '研修', 'セミナー', '勉強会', '講演', '説明会', '展示会', '式典', 'イベント', '(?:を|が)?開催',
    '更新(?:手続|し)', '訴訟', '係争', '勝訴', '和解', '審判', '異議', '啓発', '教育', 'e-?ラーニング', '認定を', '選定', '選ばれ', '登録しました',
    '出願しました', '出願を行', '取得しました',
    'award', 'prize', 'honou?r', 'recogni[sz]ed (?:as|by|with)', 'training', 'seminar', 'workshop', 'webinar', 'ceremony',
    'held ', 'hosted', 'renewal', 'lawsuit', 'litigation', 'won (?:a|the)', 'settle', 'e-learning', 'awareness', 'selected (?:as|for)',
  ]),
  'gu',
);
export const RISK = re(
  [
    'リスク', '可能性があ', '影響を及ぼ', '悪影響', '損害賠償', '侵害(?:する|される|し|の(?:可能性|おそれ)|訴訟|を受け)', 'おそれ',
    '法令(?:を)?遵守', 'コンプライアンス', '尊重', '(?:侵害|不正|違反|紛争)(?:の)?(?:未然)?防止', '管理規程', '規程を定め',
    '\\brisks?\\b', 'could (?:adversely|have|harm|negatively|result)', 'may (?:adversely|not be|be unable|infringe|harm)',
    'adversely affect', 'infring', 'compliance', 'comply with', 'respect the', 'no assurance', 'cannot assure', 'uncertain',
  ],
  'gu',
);

/**
 * Risk-factor modality: the sentence says what might go wrong. It stays a risk sentence even when it uses the
 * vocabulary of a mechanism (licences, standard-essential patents, imitation): a risk factor is not a strategy.
 */
export const RISK_MODAL = re(
  [
    '可能性があ', '可能性も(?:あ|否定でき)', 'おそれがあ', '(?:ない|られない|できない|困難な|困難となる)場合があ', '影響を及ぼ', '悪影響', '保証はあり',
    'could (?:adversely|have an? (?:adverse|negative|material)|harm|negatively|result in|lose|be (?:limited|harmed))',
    'may (?:adversely|not be|be unable|infringe|harm|be limited|lose|be harmed|be challenged|be invalidated|be subject)',
    'adversely affect', 'no assurance', 'cannot (?:assure|guarantee)', 'there can be no', 'inability to',
  ],
  'gu',
);

/** Inventor rewards and other HR incentive schemes: an activity, whatever money words they contain. */
export const INCENTIVE = /報奨|報償|職務発明|発明者(?:へ|に)の(?:対価|補償)|inventor (?:reward|incentive|compensation|remuneration)|reward (?:system|program)|employee invention/u;

/** Resource allocation: amounts, priorities, shifts. 重点 alone is not an allocation. */
export const ALLOCATION = re(
  wordStart([
    '投資(?:額|を|し|する|して|計画|枠)', '投じ', '投入', '配分', '振り向け', '資源を(?:集中|シフト)', '重点(?:的に)?(?:投資|配分|投入)',
    '予算', '増員', '人員を', '研究開発費', 'r&d費', '事業ポートフォリオ', '撤退', '売却', '買収', 'm&a', '設備投資',
    'invest', 'allocat', 'budget', 'capital expenditure', 'r&d (?:spending|expenditure|expenses)', 'shift(?:ed|ing)? resources',
    'business portfolio', 'divest', 'acquisitions?\\b(?! of (?:intellectual|patent|ip\\b|rights|trademark|licen))', 'acquire (?:a |the )?(?:company|business|startup)', 'headcount',
  ]),
  'gu',
);

/** Oversight: a named body or role … */
export const OVERSIGHT_BODY = re(
  wordStart([
    '取締役会', '経営会議', '執行役員会', '委員会', 'cipo', '最高知財責任者', '知(?:的)?(?:財|財産)(?:担当)?(?:役員|責任者)',
    'ceo', 'cto', '社長', 'board of directors', 'the board', 'committee', 'chief (?:ip|intellectual property|technology) officer',
    'executive officer', 'management committee',
  ]),
  'gu',
);
/** … and how it acts (frequency, decision, agenda). Bare "appropriately supervises" is boilerplate. */
export const OVERSIGHT_HOW = re(
  [
    '年\\d+回', '毎月', '毎年', '四半期', '半期', '月次', '定例', '審議', '決議', '承認', '決定', '報告を受け', '議論', '議題', 'モニタリング',
    'レビュー', '見直', 'quarterly', 'annually', 'times a year', 'each year', 'every (?:month|year|quarter)', 'review(?:s|ed)?',
    'approv', 'decid', 'discuss', 'monitor', 'agenda', 'report(?:s|ed)? to',
  ],
  'gu',
);
export const GENERIC_OVERSIGHT = /適切に(?:監督|管理|保護)|appropriately (?:oversee|supervise|manage|protect)/u;

/** Boilerplate phrases: could be pasted into any company's report. */
export const BOILERPLATE = re(
  [
    '重要な経営資源', '重要(?:である|な)と(?:考え|認識)', '適切(?:な|に)(?:保護|管理|監督|活用)', '検討して(?:まいり|いき)', '努めて(?:まいり|おり|いき)',
    '推進して(?:まいり|いき)', '取り組んで(?:まいり|いき)', '企業価値(?:の)?向上', '持続的な成長', '中長期的な',
    'important (?:management )?resource', 'appropriately', 'strive to', 'we will continue to', 'committed to', 'sustainable growth',
    'enhance corporate value', 'corporate value', 'we recogni[sz]e', 'play(?:s|ing)? an? (?:important|key|vital|crucial|significant) role',
    'increasingly important', '重要性(?:が|は)(?:増|高ま)', '重要な役割', '(?:不可欠|大切|重要|貴重)な(?:経営資源|財産|資産)', 'essential (?:management )?resource',
    'indispensable', '環境(?:は|が)(?:大きく)?(?:変化|多様化)',
  ],
  'gu',
);

/**
 * A trend as the predicate ("the IP environment of the industry is changing", 重要性が増しています, disputes
 * "are on the rise"): context, not a claim. Read from the predicate only, never from who is named: naming the
 * company (or writing 当社) must not turn context into a claim, or prefixing the name would raise a score.
 */
export const CONTEXT =
  /(?:重要性|必要性)(?:が|は|も)(?:一層|ますます|より)?(?:増|高ま)|(?:環境|状況|情勢)(?:は|が|も)(?:大きく|急速に)?(?:変化|多様化|変わ)|(?<!を)(?:増加|拡大|変化|多様化|活発化|激化|複雑化|高度化)し(?:て|つつ)(?:い|お)(?:ます|る)|(?<!\b(?:we|company) )(?:is|are) (?:increasing|growing|on the rise|changing|becoming (?:more|increasingly))|(?:has|have) been (?:undergoing|changing|increasing|growing)|increasingly (?:important|complex|diverse|active)|the importance of [a-z ]+ (?:is|has) (?:increas|grow)/u;

/** Words that announce a strategy or a choice (register-neutral). */
export const STRATEGY = re(
  [
    '戦略', '方針', '強化', '集中', '拡大', '獲得', '確立', '狙', '勝ち', 'ポジション', '選択', '差別化',
    'strategy', 'strategic', 'focus', 'expand', 'win', 'position', 'capture', 'establish',
  ],
  'gu',
);

/** Anaphora and causal openers: the sentence continues the previous thought across a paragraph break. */
export const CONTINUATION =
  /^(?:これ(?:により|によって|らの|ら|は)|その(?:結果|ため|上で)|このため|こうした|このよう|それにより|結果として|また、?この|さらに、?この|this|these|that|as a result|thereby|accordingly|in turn|consequently|such)/u;

/** Intention register (kept only as a label; it never changes the credit a sentence gets). */
export const INTENTION =
  /(?:目指(?:し|す)|図(?:り|る|って)|考え(?:て|る)|まいり|予定|方針です|計画です|ていきます|\bwe (?:will|aim|plan|intend|seek|strive)\b|\bwill\b|\baims? to\b)/u;

/** Mentions of IP / intangibles at all (for the CG floor check and the "about IP" test). */
export const IP_MENTION = re(
  [
    '知的財産', '知財', '特許', '商標', '意匠', '著作権', 'ブランド', 'ノウハウ', '無形資産', '営業秘密', 'ライセンス', '知的資本',
    'intellectual property', '\\bip\\b', 'patent', 'trademark', '\\bbrands?\\b', 'know-how', 'intangible', 'trade secret',
    'licens', 'copyright',
  ],
  'gu',
);

/** The text speaks about the company itself (its own names are already replaced by 当社 / "the company"). */
export const SELF_REFERENCE =
  /当社|当グループ|弊社|わが社|我が社|我々|私たち|\bwe\b|\bour\b|\bus\b|the company|the group\b/u;

/** All-capital Latin tokens in Japanese text ("PDPS", "OLED") name products or technologies, unless common acronyms. */
export const CAPS_TOKEN = /(?<![A-Za-z])[A-Z][A-Z0-9]{1,9}(?![A-Za-z])/g;
export const NOT_A_PRODUCT = new Set([
  'IP', 'IR', 'KPI', 'KGI', 'ROE', 'ROIC', 'ROA', 'PBR', 'AI', 'IOT', 'DX', 'GX', 'SX', 'ESG', 'SDG', 'SDGS', 'CEO', 'CTO', 'CFO', 'COO', 'CIPO',
  'CSR', 'CSV', 'PCT', 'EV', 'OEM', 'ODM', 'ICT', 'IT', 'R', 'D', 'M', 'A', 'JPX', 'JPO', 'WIPO', 'USPTO', 'EPO', 'CNIPA', 'EU', 'US', 'USA',
  'UK', 'JP', 'CN', 'PDCA', 'OJT', 'QCD', 'FTO', 'SEP', 'SEPS', 'FRAND', 'IPL', 'TOB', 'MBA', 'GDP', 'IFRS', 'TCFD', 'ISO', 'JIS', 'NDA', 'SNS',
  'WEB', 'HP', 'PR', 'TV', 'CM', 'DNA', 'HD', 'LTD', 'INC', 'CO', 'NO', 'FY', 'Q', 'OK', 'PDF', 'URL',
]);
