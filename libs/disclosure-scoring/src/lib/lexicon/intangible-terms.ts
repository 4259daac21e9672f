// What counts as IP and as an intangible asset, and the asset types for breadth (R9).
import { re } from './term-pattern';

/** Intellectual property in the narrow sense used by the JPX400 〇/△/✕ analysis. */
export const IP_TERM = re([
  '知的財産',
  '知財',
  '特許',
  '商標',
  '意匠',
  '著作権',
  '実用新案',
  'ブランド',
  'ノウハウ',
  '無形資産',
  '営業秘密',
  'ライセンス',
  'ipランドスケープ',
  '知的資本',
  '知的資産',
  '産業財産権',
  '出願',
  '権利化',
  'intellectual property',
  'intellectual capital',
  '\\bip\\b',
  '\\bipr?s?\\b',
  'patent',
  'trademark',
  'brand',
  'know-how',
  'knowhow',
  'intangible',
  'trade secret',
  'licens',
  'copyright',
  'design right',
]);

/** Wider set of intangibles: IP plus technology, R&D, human capital, data. */
export const INTANGIBLE_TERM = re([
  IP_TERM.source,
  '技術',
  '研究開発',
  'r&d',
  '人的資本',
  '人材',
  'データ',
  'ソフトウェア',
  '顧客基盤',
  '組織能力',
  'technolog',
  'research and development',
  'human capital',
  'talent',
  '\\bdata\\b',
  'software',
  'customer base',
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
  [
    'organisation',
    re(['組織能力', '組織文化', '企業文化', 'organizational capital', 'organisational', 'corporate culture']),
  ],
  [
    'relationship',
    re([
      '顧客基盤',
      '顧客との関係',
      'ネットワーク',
      'サプライチェーン',
      'customer base',
      'customer relationship',
      'network',
      'partnership',
    ]),
  ],
  ['technology', re(['技術', '研究開発', 'r&d', 'technolog', 'research and development'])],
];
