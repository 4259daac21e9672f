/**
 * Term patterns, applied to NFKC-normalised, lower-cased sentence text. Japanese and English patterns are
 * applied together because disclosures mix scripts (e.g. "IPランドスケープ", "ROIC", "R&D費").
 */
const re = (parts: readonly string[], flags = ''): RegExp => new RegExp(`(?:${parts.join('|')})`, flags);

/** Intellectual property in the narrow sense used by the JPX400 〇/△/✕ analysis. */
export const IP_TERM = re([
  '知的財産', '知財', '特許', '商標', '意匠', '著作権', '実用新案', 'ブランド', 'ノウハウ', '無形資産', '営業秘密',
  'ライセンス', 'ipランドスケープ', '知的資本', '知的資産', '産業財産権', '出願', '権利化',
  'intellectual property', 'intellectual capital', '\\bip\\b', '\\bipr?s?\\b', 'patent', 'trademark', 'brand',
  'know-how', 'knowhow', 'intangible', 'trade secret', 'licens', 'copyright', 'design right',
]);

/** Wider set of intangibles: IP plus technology, R&D, human capital, data. */
export const INTANGIBLE_TERM = re([
  IP_TERM.source, '技術', '研究開発', 'r&d', '人的資本', '人材', 'データ', 'ソフトウェア', '顧客基盤', '組織能力',
  'technolog', 'research and development', 'human capital', 'talent', '\\bdata\\b', 'software', 'customer base',
]);

/** Asset types for breadth (R9). */
export const ASSET_TYPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['patent', re(['特許', '実用新案', 'patent'])],
  ['brand', re(['商標', 'ブランド', 'trademark', 'brand'])],
  ['design', re(['意匠', 'デザイン', 'design right', 'industrial design'])],
  ['know-how', re(['ノウハウ', '営業秘密', '秘匿', 'know-how', 'knowhow', 'trade secret'])],
  ['data', re(['データ', '\\bdata\\b'])],
  ['software', re(['ソフトウェア', 'プログラム', 'アルゴリズム', 'software', 'algorithm'])],
  ['copyright', re(['著作権', 'コンテンツ', 'キャラクター', 'copyright', 'content'])],
  ['human', re(['人的資本', '人材', '技術者', '研究者', 'human capital', 'talent', 'engineers', 'researchers'])],
  ['organisation', re(['組織能力', '組織文化', '企業文化', 'organizational capital', 'organisational', 'corporate culture'])],
  ['relationship', re(['顧客基盤', '顧客との関係', 'ネットワーク', 'サプライチェーン', 'customer base', 'customer relationship', 'network', 'partnership'])],
  ['technology', re(['技術', '研究開発', 'r&d', 'technolog', 'research and development'])],
];

/** Causal connectors (R2). */
export const CAUSAL = re([
  'により', 'によって', 'による', 'ことで', 'を通じ', 'を通して', 'につなが', 'に繋が', 'の結果', '結果として', 'ため', 'を背景',
  'を生かし', 'を活かし', 'を生かした', 'を活かした', 'に基づ', 'を武器', 'を源泉', 'が支え', 'を支え', 'に寄与', 'に貢献', 'を実現',
  'をもたら', 'を可能に', 'を強みと',
  '\\bby\\b', 'through', 'enabl', 'lead(?:s|ing)? to', 'led to', 'result(?:s|ed|ing)? in', 'driv', 'contribut',
  'underpin', 'leverag', 'allow', 'thanks to', 'because', 'therefore', 'based on', 'which (?:has|have) ', 'so that',
]);

/** Competitive advantage / customer value (R2 middle links). */
export const ADVANTAGE = re([
  '競争優位', '競争力', '差別化', '参入障壁', '優位性', '模倣', '独自', '高付加価値', '付加価値', '顧客価値', '顧客', 'シェア',
  '強み', 'トップ', '世界初', '業界初', '唯一',
  'competitive', 'differentiat', 'barrier', 'advantage', 'customer', 'unique', 'proprietary', 'value-added',
  'market share', 'leading', 'world.?s first',
]);

/** Financial outcomes (R2 end of chain). */
export const FINANCIAL = re([
  '売上', '収益', '利益', '営業利益', '価格', '単価', 'シェア', 'roic', 'roe', 'キャッシュ・?フロー', 'マージン', '粗利',
  'ライセンス収入', 'ロイヤリティ', '収入', '事業価値', '稼ぐ力',
  'revenue', 'sales', 'profit', 'margin', 'pricing', 'price', 'market share', 'roic', 'roe', 'cash flow', 'earnings',
  'royalt', 'income',
]);

export const TARGET_YEAR = /(?:20[2-6]\d|fy\s?20[2-6]\d|20[2-6]\dfy)/;
export const ANY_YEAR = /(?:(?:19|20)\d{2}\s?(?:年度?|年|fy)|fy\s?(?:19|20)?\d{2}\b|\b(?:19|20)\d{2}\b)/;

export const PLAN_TERM = re([
  '中期経営計画', '中期計画', '中計', '長期ビジョン', '長期経営', '長期戦略', 'ビジョン', '経営計画', '将来像', 'ありたい姿',
  'あるべき姿', 'バックキャスト', 'to be', 'as is',
  'mid-term', 'medium-term', 'long-term vision', 'long-term strategy', 'vision 20', 'management plan', 'backcast',
]);

export const PORTFOLIO_TERM = re([
  '事業ポートフォリオ', 'ポートフォリオ', '成長事業', '注力事業', '重点事業', '重点領域', '注力領域', '成長領域', '新規事業',
  'コア事業', '基盤事業', '事業転換', '事業構造', '戦略事業', '事業の選択と集中', '撤退', '売却',
  'business portfolio', 'portfolio', 'growth business', 'focus area', 'strategic business', 'new business',
  'core business', 'divest', 'transformation',
]);

export const GAP_TERM = re([
  '現状', '現在', '将来', 'ギャップ', 'as is', 'to be', 'から.{0,20}へ', '転換', 'シフト',
  'current', 'future', 'gap', 'from .{0,40} to ', 'shift',
]);

/** Numbers with a unit (quantities). Years are matched separately. */
export const QUANTITY = new RegExp(
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s?(?:兆|億|千万|百万|万|千)?\\s?' +
    '(?:円|ドル|ユーロ|%|パーセント|ポイント|pt|件|倍|社|名|人|カ国|か国|ヵ国|ヶ国|国|拠点|回|位|割|製品|品目|ファミリー|テーマ|' +
    'billion|million|trillion|thousand|yen|usd|dollars?|percent|points?|patents?|families|times|companies|people|' +
    'employees|countries|cases|applications|brands|products|years?|months?|年間|ヶ月|カ月|x\\b)|\\b\\d+(?:st|nd|rd|th)\\b|第\\d+位|' +
    // "9 granted U.S. patents", "342 in 2018 to 405 in 2022": counts whose unit is a word or two away, or a series.
    '\\b\\d[\\d,]*\\s+(?:[a-z.]+\\s+){0,2}(?:patents?|applications|families|trademarks|registrations|inventions)\\b|' +
    '\\b\\d[\\d,]*\\s+(?:in|by)\\s+(?:fy\\s?)?20\\d\\d',
);
export const CURRENCY_PREFIX = /[¥$€£]\s?\d/;
export const METRIC_NOUN = re([
  '件数', '比率', '率', '収入', '売上', '費', '額', '数', '割合', 'シェア', '人数', '保有', '出願', '登録',
  'number', 'ratio', 'rate', 'revenue', 'income', 'sales', 'expense', 'spend', 'share', 'amount', 'count', 'portfolio',
]);
export const TARGET_CUE = re([
  '目標', '目指', 'までに', 'kpi', '計画', '予定', '見込', 'target', 'aim', 'goal', '\\bby (?:fy\\s?)?20', 'plan',
]);
export const PROGRESS_CUE = re([
  '実績', '達成', '進捗', '前年', '前期', '比較して', '増加', '減少', '向上し', '伸び', '推移', '対比', 'から.{0,12}に(?:増|拡大|向上)',
  'achiev', 'progress', 'year-on-year', 'yoy', 'increased', 'decreased', 'grew', 'compared with', 'up from', 'rose',
  'improved', 'actual',
]);

/** Count-only IP metrics (R5 level 1). */
export const COUNT_METRIC = re([
  '出願件数', '出願数', '保有件数', '保有数', '特許件数', '特許数', '登録件数', '特許保有', '出願', '件の特許', '件を出願',
  'number of patents', 'patent applications', 'patents held', 'patent filings', 'patents filed', 'patent portfolio of',
]);
/** Quality or outcome metrics (R5 level 2+). */
export const QUALITY_METRIC = re([
  '被引用', '引用数', 'パテントスコア', 'patent asset index', 'patentsight', 'パテントサイト', 'ymp', '権利化率', '登録率',
  '活用率', '実施率', 'カバー率', '特許カバー', '維持率', '価値評価', '(?:特許|出願|知財|権利|ポートフォリオ)の質', '質的', 'スコア', 'ライセンス収入', 'ロイヤリティ',
  '売上比率', '売上高比率', '新製品比率', '新製品売上', '知財収入', '訴訟', '係争', '勝訴', 'シェア', '価格プレミアム',
  '無形資産比率',
  'citation', 'patent score', 'quality', 'grant rate', 'utili[sz]ation rate', 'coverage', 'licens(?:e|ing) (?:income|revenue)',
  'royalt', 'share of (?:sales|revenue)', 'new product (?:sales|revenue|ratio)', 'litigation', 'price premium', 'market share',
]);

/** Evidence-style statements (R6). */
export const IPL_TERM = re([
  'ipランドスケープ', 'ipl\\b', 'パテントマップ', '特許マップ', '特許分析', '特許情報', '知財情報', '知財分析', '特許データ',
  'ランドスケープ', 'patentsight', 'パテントサイト',
  'ip landscap', 'patent landscap', 'patent analy', 'patent data', 'patent information', 'ip analy', 'landscaping',
]);
export const COMPARISON_TERM = re([
  '他社', '競合', '同業', 'ベンチマーク', '比較', '業界平均', '上位', '首位', '第\\d位', '\\d位', 'トップ', '世界一', '最多',
  'ランキング', '順位', 'ネスレ', 'ダノン',
  'competitor', 'peer', 'benchmark', 'compared', 'ranked', 'ranking', 'top \\d', 'industry average', 'largest', 'leading',
]);
export const DECISION_TERM = re([
  '決定', '判断', '選定', '見直', '参入', '撤退', '提携', '買収', 'm&a', '特定し', '抽出', '探索', '提案', '意思決定', '立案',
  '反映',
  'decid', 'decision', 'select', 'identif', 'enter', 'acqui', 'partner', 'proposal', 'propos', 'prioriti', 'reflect',
]);

/** Resource allocation (R7). */
export const INVEST_TERM = re([
  '投資', '配分', '研究開発費', 'r&d費', '研究費', '重点', '資源を', '経営資源の', 'キャピタル・?アロケーション', '予算',
  '投下', '拠出', '支出', '費用', '振り向',
  'invest', 'allocat', 'r&d expen', 'spend', 'budget', 'capital allocation', 'expenditure', 'outlay',
]);
export const MONEY = new RegExp(
  '(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s?(?:兆|億|千万|百万|万|千)?\\s?(?:円|ドル|ユーロ)|' +
    '[¥$€£]\\s?\\d|(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s?(?:billion|million|trillion)|' +
    '\\d+(?:\\.\\d+)?\\s?(?:兆|億)\\b)',
);
export const HORIZON_TERM = re([
  '累計', '年間', 'カ年', 'か年', 'ヵ年', '期間', '中期経営計画', '年度まで', 'までの', '比率', '対売上', '売上高比',
  'cumulative', 'over (?:the )?(?:next )?\\w+ years', 'per year', 'annually', 'ratio', 'of (?:net )?sales', 'period',
]);

/** Governance (R8). */
export const GOV_GENERIC = re([
  '取締役会', '経営会議', '経営陣', 'ガバナンス', '監督', '執行役員会',
  'board', 'management committee', 'governance', 'oversight', 'oversee', 'executive committee',
]);
export const GOV_SPECIFIC = re([
  '委員会', '知的財産権?部門', '知財部門', '法務・?知的財産', '担当役員', '担当執行役員', '知財担当', '知的財産担当', 'cipo', 'cto', 'cso', '最高知財', '知的財産部', '知財部',
  '知的財産本部', '知財本部', '知的財産センター', '知財戦略室', '知的財産室', '知財委員', '知財戦略会議', '技術戦略会議',
  '分科会', '会議体', '部長', '本部長',
  'committee', 'chief (?:ip|intellectual property|technology) officer', 'ip department', 'intellectual property department',
  'ip division', 'executive officer', 'head of', 'council',
]);
export const FREQUENCY = re([
  '年\\s?\\d+\\s?回', '\\d+\\s?回', '毎月', '毎年', '四半期', '半期', '月1回', '月次', '定期的に\\S{0,4}報告', '毎回',
  'quarterly', 'monthly', 'annually', 'twice a year', '\\d+ times', 'every (?:year|quarter|month)', 'each quarter',
]);
export const REPORTING = re(['報告', '付議', '審議', '議論', '決議', '承認', 'report', 'discuss', 'deliberat', 'approv', 'review']);

/** Open & close (R10). */
export const OPEN_TERM = re([
  'オープン', 'ライセンス', '標準化', '開放', '無償', '共同研究', '共同開発', 'クロスライセンス', '供与', '提供', '許諾',
  'open', 'licens', 'standardi', 'royalty-free', 'joint development', 'joint research', 'cross-licens', 'share ',
]);
export const CLOSE_TERM = re([
  'クローズ', '秘匿', '営業秘密', 'ノウハウ', 'ブラックボックス', '独占', '権利化', '特許で保護', '保護',
  'close', 'secret', 'black box', 'exclusiv', 'protect',
]);
export const OPEN_CLOSE_EXPLICIT = re(['オープン.{0,3}クローズ', 'open.{0,5}close', 'オープン＆クローズ']);
export const RATIONALE = re([
  'ため', 'ことで', 'により', 'によって', 'の観点', '目的', 'を狙', 'so that', 'in order to', 'because', '\\bto (?:secure|protect|expand|promote|maintain|prevent|grow|build|create)',
  'aim', 'which', 'thereby',
]);

/** Dialogue (R13). */
export const DIALOGUE_TERM = re([
  '投資家', '株主', 'ir\\b', '対話', 'エンゲージメント', '説明会', 'アナリスト', '機関投資家', 'スモールミーティング',
  'investor', 'shareholder', 'analyst', 'engagement', 'dialogue', 'briefing', 'ir day',
]);
export const DIALOGUE_EVENT = re([
  '説明会', 'ミーティング', '面談', '意見交換', 'ir day', 'irデー', '技術説明会', '知財説明会', 'セミナー', '開催',
  'briefing', 'meeting', 'ir day', 'held', 'session', 'roadshow', 'conference',
]);
export const FEEDBACK_TERM = re([
  '意見を踏まえ', 'ご意見', 'フィードバック', '反映', 'を受けて', '踏まえて', '改善', '指摘', '要望', '質問',
  'feedback', 'in response to', 'reflect', 'request', 'question', 'suggestion',
]);

/** Market valuation (R15). */
export const VALUATION_TERM = re([
  '時価総額', 'pbr', '株価純資産倍率', '無形資産比率', '企業価値', '株主価値', '市場評価', '株価',
  'market capitali[sz]ation', 'market value', 'price-to-book', 'p/b', 'enterprise value', 'share price', 'intangible (?:asset )?share',
]);

/** Phrases that any company could write (R11, JPX400 △ pattern). */
export const GENERIC_PHRASE = re([
  '重要な経営資源', '重要な資産', '適切に保護', '適切に管理', '適切に監督', '適切な保護', '適切な管理', '持続的な成長',
  '持続的な企業価値', '中長期的な企業価値', '企業価値の向上', '積極的に', '努めて', '努めます', '推進して', '取り組んで',
  '取り組みを進め', '強化して', '重視して', '認識して', '考えて', '検討', '図って', '図ります', '目指して', '尊重',
  '侵害しない', '侵害することのない',
  'important management resource', 'important asset', 'appropriately', 'sustainable growth', 'corporate value',
  'we will continue', 'strive', 'endeavou?r', 'actively', 'promote', 'recogni[sz]e', 'respect', 'consider',
]);
