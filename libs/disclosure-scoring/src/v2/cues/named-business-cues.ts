// Cues that name a business, a market or a product: sectors, "Ｘ事業", trademarks.
import { re, wordStart } from './pattern';

/** Sector and product nouns that name a business or market by themselves. */
export const SECTOR = re(
  wordStart([
    '自動車',
    '車載',
    '半導体',
    '医薬品?',
    '医療機器',
    '医療',
    '診断薬?',
    '創薬',
    '電池',
    '電子部品',
    '電子材料',
    '化粧品',
    '食品',
    '飲料',
    '調味料',
    '素材',
    '樹脂',
    '繊維',
    '鉄鋼',
    '非鉄',
    '化学品',
    '塗料',
    '通信',
    '基地局',
    '5g',
    'ディスプレイ',
    '液晶',
    '有機el',
    '空調',
    '住宅',
    '建設機械',
    '建機',
    '産業機械',
    '工作機械',
    'ロボット',
    '家電',
    'カメラ',
    '複合機',
    'プリンター',
    '印刷',
    // ゲームチェンジ(ャー) is a strategy buzzword, not the games business.
    'ゲーム(?!チェンジ)',
    'アニメ',
    '玩具',
    '物流',
    '金融',
    '保険',
    '農業',
    '農薬',
    '肥料',
    '再生医療',
    'ワクチン',
    'バイオ',
    'エネルギー',
    '再生可能エネルギー',
    '水素',
    '太陽電池',
    '風力',
    '航空機',
    '鉄道',
    '船舶',
    '光ファイバー',
    'センサー',
    'モーター',
    'インバーター',
    'パワー半導体',
    '精密機器',
    '計測',
    '分析機器',
    '内視鏡',
    '眼鏡',
    'レンズ',
    'タイヤ',
    'ゴム',
    'ガラス',
    'セラミック',
    '製紙',
    'パッケージ',
    '包装',
    '衣料',
    'アパレル',
    'スポーツ用品',
    '化学',
    '製薬',
    '電気自動車',
    'データセンター',
    'クラウド',
    'saas',
    'automotive',
    'semiconductor',
    'pharmaceutical',
    'medical device',
    'diagnostic',
    'drug',
    'battery',
    'batteries',
    'cosmetic',
    'food',
    'beverage',
    'chemical',
    'telecom',
    'display',
    'printer',
    'camera',
    'robot',
    'gaming',
    'games',
    'logistics',
    'insurance',
    'agricultur',
    'vaccine',
    'biotech',
    'aerospace',
    'aircraft',
    'railway',
    'tire',
    'tyre',
    'glass',
    'sensor',
    'electric vehicle',
    '\\bevs?\\b',
    'data center',
    'cloud',
    '\\bsaas\\b',
    'oncology',
    'imaging',
    'packaging',
    'apparel',
    'consumer electronics',
    'power semiconductor',
    'industrial machinery',
    'machine tool',
    // Consumer and service sectors (v2.23, walk 29: a noodle chain, a hotel and a salon supplier named no business).
    // 人材 alone is people (人材育成); 広告 alone is advertising the company does; "franchise" alone is a way of
    // running any business and fills franchise regulations and notices (v2.24, walk 35), not which business.
    '外食',
    // Professional services named by what they sell (v2.32, walk 45): M&A brokerage, software testing.
    'm&a\\s?(?:仲介|アドバイザリー)',
    'm&a (?:advisory|brokerage)',
    'ソフトウェアテスト|テスト(?:事業|サービス)|software testing',
    '飲食店?',
    '中食',
    'レストラン',
    '居酒屋',
    'カフェ',
    'ファストフード',
    '小売',
    'スーパーマーケット',
    '(?<!ン)スーパー(?!コンピュータ|マン|スター|バイザー)',
    'コンビニ',
    '百貨店',
    'ドラッグストア',
    'ホームセンター',
    'ホテル',
    '旅館',
    '宿泊',
    'テーマパーク',
    '旅行',
    '美容(?:室|院|業)',
    'ヘアサロン',
    'エステ',
    'フィットネス',
    '介護',
    '保育',
    '学習塾',
    '不動産',
    '人材(?:派遣|紹介|サービス)',
    '警備',
    'ブライダル',
    '通販(?!サイト)',
    'eコマース',
    '菓子',
    '酒類',
    'ビール',
    '日本酒',
    'ウイスキー',
    '乳製品',
    '冷凍食品',
    'ファッション',
    '家具',
    '出版',
    '放送',
    'restaurants?',
    'fast[- ]casual',
    'quick[- ]service',
    // …not a measure ("by retail sales value", "retail price") or a kind of investor.
    'retail(?:ers?|ing)?(?! (?:sales|prices?|value|investors?|shareholders?))',
    'grocer(?:y|ies)',
    'supermarkets?',
    'convenience stores?',
    'department stores?',
    'drugstores?',
    'hotels?',
    'resorts?',
    'salons?',
    'fitness',
    // …not the sites where infringers are watched for ("monitoring improper use on e-commerce sites").
    'e-?commerce(?! sites?)',
    'footwear',
    'skincare',
    'confectionery',
    'snacks?\\b',
    'beer',
    'whisk(?:e)?y',
    'coffee',
    'publishing',
    'streaming',
    'theme parks?',
    'real estate',
    'staffing',
    // "in the marketplace" is the market in general.
    'online marketplaces?',
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
/**
 * A product told in plain words by what it is (浄水器, 切削工具, 特殊鋼線, 分離膜, 交換フィルター): a run ending in a noun
 * for a made thing, at the end of the word. The run before it must say which (at least two characters, not a generic
 * word); compounds that are no product (人材, 危機, 機器 alone) are excluded.
 */
export const JA_PRODUCT: PrefixedCue = {
  suffix:
    /(?:器|機|装置|工具|部品|材|剤|鋼線|線材|電線|管|膜|フィルム|フィルター|センサー|モーター|ポンプ|バルブ|カートリッジ|レンズ|ケーブル|チップ|基板|塗料|インク|トナー|試薬|電池|素子|デバイス|ばね|エンジン|(?<![方指運])針|刃物)(?![\p{Script=Han}\p{Script=Katakana}ー])/gu,
  min: 2,
  max: 10,
};
export const NOT_A_PRODUCT_WORD =
  /(?:人|素|教|題|資|部|器|機|取|逸|危|契|動|好|転|商|投|待|有|無|武|容|楽|器|計|管|主|保|移|所|血|配|気|鉄)(?:材|機|器|管|剤)$|(?:経営|事業|成長|変革|危機|管理|情報|重要|主要)(?:器|機|材|管)$/u;

/** "Ｘ技術 / Ｘブランド / Ｘデータ / Ｘプラットフォーム / Ｘノウハウ": a specific technology, brand, data, platform or know-how. */
/**
 * Know-how and data told with の between the head and the word (機器開発のノウハウ, 官能評価のデータ, 金型設計に関する
 * ノウハウ; v2.34, walk 51): the same asset as 機器開発ノウハウ. Only these two words: 「Ｘの技術」 is as often 日本の技術.
 */
export const JA_NAMED_ASSET_OF: PrefixedCue = {
  suffix: /(?:の|に関する|に係る)(?:ノウハウ|データ)/g,
  min: 2,
  max: 12,
};
export const JA_NAMED_ASSET: PrefixedCue = {
  // 開発技術部, 生産技術センター: a department, not a technology.
  // (v2.15) ソフトウェア, アルゴリズム, 顧客基盤, 販売網, コンテンツ, キャラクター alone are kinds of asset, not one: they name
  // one with a head that says which (電池管理ソフトウェア, 画像判定アルゴリズム, 病院向け販売網).
  suffix:
    /技術(?!部|課|室|本部|センター|研究所|グループ|チーム|委員会)|ブランド|データ|プラットフォーム|ノウハウ|ソフトウェア|アルゴリズム|顧客基盤|販売網|コンテンツ|キャラクター/g,
  min: 2,
  max: 12,
};
/**
 * Know-how told as the concrete thing that holds it (v2.10): 焼入れ工程, 紡糸条件, 施術手順, 稼働ログ, 調整履歴, 摩擦材組成,
 * 香料処方 — a process, a condition, a record. The head must say which one (see PROCESS_ASSET_STOP_HEAD).
 */
export const JA_PROCESS_ASSET: PrefixedCue = {
  // …and a skill told by what it does (湯流れの判断技能, 漆の塗り技法, v2.19): the people's know-how, named.
  suffix: /工程|条件|手順|ログ|履歴|記録|組成|処方|金型|技能|技法|工法/g,
  min: 2,
  max: 10,
};
/**
 * A patent (or design right) named by what it covers (v2.33, walk 48): 施工装置の特許, 電池材料に関する特許群, 焼成炉特許 —
 * the rubric's "patent family", which says which one. The head must itself name a made thing or a technology
 * (PATENT_OBJECT_HEAD); 多数の特許, 約200件の特許, 基本特許, 海外の特許 say how many or where, not which.
 */
export const JA_PATENT_ON_NAMED: PrefixedCue = {
  suffix: /(?:に関する|に係る|についての|の)?(?:特許(?:権|群|網|ポートフォリオ)?|意匠権|実用新案権)/g,
  min: 2,
  max: 12,
};
export const PATENT_OBJECT_HEAD =
  /(?:器|機|装置|工具|部品|材|剤|膜|管|フィルム|フィルター|センサー|モーター|ポンプ|バルブ|レンズ|ケーブル|基板|塗料|インク|電池|素子|デバイス|エンジン|刃物|こて|技術|製法|工法|構造|方式|材料|素材|システム|プロセス|成分|化合物|組成物|製剤|[^本]製品|[^本]商品|ロボット|ヘルメット|容器|繊維|樹脂|合金|触媒|金型)$/u;

/** Heads that make a process word an administrative one (出願手順, 審査工程, 取引条件, 議事記録) or say nothing. */
export const PROCESS_ASSET_STOP_HEAD =
  /^(?:当社|自社|弊社|全|各|本|同|その|この|当該|関連|一連|所定|社内|全社|生産|製造|開発|研究開発|業務|作業|事務|管理|出願|審査|申請|承認|手続|評価|意思決定|報告|開示|取引|契約|販売|営業|調達|購買|採用|人事|会計|決算|監査|議事|会議|活動|実施|対応|運用|過去|今回|前回|一定|必要|特定|様々|各種|種々|一般|通常|標準|基本|重要|主要|全体|勤務|雇用|労働|支払|保証|利用|使用|取得|出荷|受注|発注|入力|登録|閲覧|アクセス|変更|更新|学習|研修|教育|知財|知的財産|特許|商標|無形資産|成長|事業|経営|戦略|熟練|高度|専門|職業|基礎|技術|伝統|個人|多能|保有|卓越|新|独自|従来|在来|一般的)+$/u;
/** Leading words that make "Ｘ事業" generic ("当社事業", "既存事業", "知財分野"). */
export const GENERIC_BUSINESS_PREFIX = new RegExp(
  '^(?:当社|当グループ|グループ|全社|全|各|既存|新規|主力|本|同|中核|コア|成長|基盤|国内外|海外|国内|グローバル|多様|当該|関連|' +
    '主要|その他|自社|重点|注力|戦略|知財|知的財産|特許|研究開発|技術|事業|新|他|複数|一部|対象|社会|経営|商品|周辺|様々|幅広|' +
    '世界|今後|将来|次世代|高付加価値|幅広い|汎用|個人|法人|一般|重要|幅|広範|今回|これら|その|この|顧客|お客様|市場|製品|取引|全体|' +
    '得意|有望|新た|多く|大手|競合|他社|同業|企業|業界|産業|ビジネス|成長事業|ライセンス|知財戦略|無形資産|' +
    // 非コア領域, 非中核事業, 周辺・隣接領域: a kind of area, not which one.
    '非|隣接|周縁|本業|中心|非注力|' +
    // 日々事業に取り組む, 長年事業を営む: how often or how long, not which business (v2.33, walk 47).
    '日々|日夜|毎日|長年|永年|' +
    // 中期事業計画, 長期事業戦略: a plan's horizon, not a business (investor walk, v2.48).
    '中期|中長期|長期|短期|単年度|年度|' +
    // 創造的製品, 独創的製品: praise, not which product (v2.34, walk 51).
    '創造的|独創的|革新的|画期的|' +
    // 高収益事業, 高成長分野, 20世紀型メーカー: a kind of business praised or typed, not which one (walk 10).
    '高収益|高成長|収益|低収益|不採算|[^型]*型|' +
    // プラットフォームビジネス, ソリューション事業, デジタル分野: a kind of business model, not which one (v2.15).
    'プラットフォーム|ソリューション|サービス|デジタル|dx|ai|iot|データ|サブスクリプション|リカーリング|' +
    // Where the shares trade (東証プライム市場, 東京証券取引所市場第一部, 資本市場): a listing venue, not a business (v2.23).
    '東京証券取引所|証券取引所|東証|名証|札証|福証|プライム|スタンダード|グロース|マザーズ|ジャスダック|jasdaq|株式|資本|証券)+$',
);
export const EN_NAMED_BUSINESS = new RegExp(
  "\\b(?:our|the|its|in|for|group's|company's) ((?:[a-z][a-z&-]+ ){0,2}[a-z][a-z&-]+) (business|segment|market|division|products?|customers|industry|franchise|" +
    // A product told in plain words by what it is ("our industrial cutting tools", "our specialty wire").
    'tools|machines|devices|instruments|cartridges|filters|sensors|films|fibers|fibres|wire|wires|cables|chips|components|' +
    'modules|engines|vehicles|drugs|medicines|reagents|coatings|inks|lenses|pumps|valves|robots|printers|cameras|tyres|tires|' +
    'membranes|catalysts|resins|alloys|units|elevators|bearings|compressors|implants|' +
    // …and materials and consumables named the same way ("the Group's reinforcing steel fibre", "our smart meters").
    'fibre|fiber|paste|pastes|blocks|meters|balloons|catheters|stents|wafers|substrates|powders|adhesives|sealants|' +
    'coolants|detergents|yeast|seeds|brakes|gears|motors|panels|tiles|paints|fabrics|yarns|' +
    // A customer group named by trade ("the small builder", "our independent salons"; v2.23, walk 33).
    'builders?|tradespeople|tradesmen|contractors|installers|plumbers|electricians|salons|stylists|dentists|clinics|' +
    'farmers|growers|landlords|merchants|sellers|franchisees|pharmacies|hospitals|restaurants|retailers|dealers)\\b',
  'g',
);
export const EN_GENERIC_BUSINESS_WORD =
  // An article or a pointer names no business ("for the industry", "in this market").
  /^(?:the|a|an|this|that|which|whose|every|any|some|these|those|several|core|main|overall|entire|new|existing|own|global|key|growth|various|relevant|other|whole|current|future|related|product|products|company|company's|group|business|important|major|many|target|specific|our|their|its|each|all|such|same|ip|intellectual property|patent|licensing|capital|stock|financial|domestic|overseas|international|respective|wider|broader|competitive|strategic|leading|diverse|essential|primary|principal|only|best|first|single|sole|real|true|ultimate)$/;
/** ® / ™ / （登録商標）: a named product. */
export const TRADEMARK_SIGN = /[®™]|\(登録商標\)|\(商標\)/gu;

/**
 * A product named by what it is for: 木工用刃物, 歯科用インプラント, 測量用ドローン (Ｘ用Ｙ, both sides at least two
 * characters; okurigana inside Ｘ as in 釣り用). 用 that closes a verb-like compound (活用, 利用, 採用, 費用, 専用 …) and Ｙ that is a use, not a thing
 * (用途, 用語, 用地) are not this form.
 */
export const JA_PURPOSE_PRODUCT =
  /(?<![\p{Script=Han}\p{Script=Katakana}ー])((?:[\p{Script=Han}\p{Script=Katakana}ーa-z]|(?<=\p{Script=Han})[りきいみしちえれけび](?=[\p{Script=Han}用])){2,10})用(?![途意語件地紙法務])([\p{Script=Han}\p{Script=Katakana}ー]{2,10})/gu;
export const NOT_A_PURPOSE_HEAD =
  /[活利使採信費効作応適運併兼転悪引雇起登任試常重実汎共専代流無有公私商軍民占乱誤徴服所入通]$|^(?:社内|自社|当社|弊社|社員|従業員|管理|事務|研究開発|投資|会議|説明|評価|報告|開示|申請)$/u;
export const NOT_A_PURPOSE_THING = /^(?:資金|予算|人材|投資|費用|経費|目的|設備投資|資料|書類|データ|情報)/u;

/** A service named by what it does (遺伝子検査サービス, エレベーター保守, 決済代行, パン屋チェーン, 教育アプリ). */
export const JA_NAMED_SERVICE: PrefixedCue = {
  suffix: /(?:サービス|アプリ|チェーン|保守|代行)(?![\p{Script=Han}\p{Script=Katakana}ー])/gu,
  min: 2,
  max: 12,
};
/**
 * What the company makes, grows or sells, told by the work (v2.34, walks 51 and 53): 中華麺の製造, テープ部材の製造販売,
 * 牡蠣の陸上養殖, 外壁塗料を販売 — a business in plain words, which the suffix cues (Ｘ事業, Ｘ装置) miss in food, farming and
 * construction texts. Making, growing and selling only: 価値を提供, 技術を開発 name no business.
 */
export const JA_MADE_THING: PrefixedCue = {
  suffix: /(?:の|を)(?:製造販売|製造|生産|販売|施工|陸上養殖|養殖|栽培|製作|卸売)/g,
  min: 2,
  max: 14,
};
/**
 * Things made or sold that are no business of the company's: copies of it, securities, products in general (機種, 品目).
 * A Latin name (ＰＤＰＳの販売) is a product name, which namedProducts reads as the asset it is.
 */
export const NOT_A_MADE_THING =
  /(?:模倣品|偽造品|類似品|海賊版|偽物|コピー品|不正品|非純正品|株式|債券|部品|商材|物品|品目|案件|機種|品種|型式|製品群)$|^[a-z0-9&-]+$/u;

/** Internal functions are no service the company sells (知財管理サービス, 相談窓口). */
export const NOT_A_SERVICE_HEAD =
  /(?:管理|支援|教育|研修|相談|窓口|情報|知財|知的財産|法務|人事|社内|内部|顧客|お客様|各種|関連|付帯|周辺)$/u;
