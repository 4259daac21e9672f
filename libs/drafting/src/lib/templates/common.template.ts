import type { LocalizedText } from '@ipgn/assessment';
import type {
  AllocationArea,
  CommitteeFrequency,
  DialogueKind,
  IntangibleKind,
  KpiKind,
  OpenCloseStance,
  PortfolioRole,
  UnitKey,
} from '../model/company-facts';
import { p } from './draft-template';

/** Vocabulary shared by every draft type (labels for fact enums and number formats). */
export const COMMON_VERSION = '2026.11-1';

/** `{n}` is the formatted number. */
export const UNIT_FORMATS: Readonly<Record<UnitKey, LocalizedText>> = {
  percent: p('{n}%', '{n}%'),
  'million-yen': p('{n}百万円', 'JPY {n} million'),
  count: p('{n}件', '{n}'),
  times: p('{n}倍', '{n}x'),
  people: p('{n}名', '{n} people'),
  score: p('{n}ポイント', '{n} points'),
};

export const MONTH_FORMAT: LocalizedText = p('{year}年{month}月', '{monthName} {year}');
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const LIST_SEPARATOR: LocalizedText = p('、', ', ');
export const LIST_LAST_SEPARATOR: LocalizedText = p('、', ' and ');

export const INTANGIBLE_KIND_LABELS: Readonly<Record<IntangibleKind, LocalizedText>> = {
  patent: p('特許', 'patents'),
  trademark: p('商標', 'trademarks'),
  design: p('意匠', 'design rights'),
  software: p('ソフトウェア', 'software'),
  'know-how': p('ノウハウ', 'know-how'),
  data: p('データ', 'data'),
  brand: p('ブランド', 'brand'),
  'customer-relationships': p('顧客基盤', 'customer base'),
  'supply-chain': p('サプライチェーンとの関係', 'supply-chain relationships'),
  people: p('人材', 'talent'),
  organisation: p('組織能力', 'organisational capability'),
};

/** Options of m1.asset-types, as nouns for a sentence. */
export const ASSET_TYPE_OPTION_LABELS: Readonly<Record<string, LocalizedText>> = {
  patents: p('特許', 'patents'),
  trademarks: p('商標', 'trademarks'),
  designs: p('意匠', 'design rights'),
  'copyright-software': p('ソフトウェア・著作物', 'software and copyright works'),
  'know-how': p('ノウハウ・営業秘密', 'know-how and trade secrets'),
  data: p('データ', 'data'),
  brand: p('ブランド', 'brand'),
  'customer-relationships': p('顧客基盤', 'customer base'),
  'supply-chain': p('サプライチェーンとの関係', 'supply-chain relationships'),
  people: p('人材・組織能力', 'talent and organisational capability'),
};

export const PORTFOLIO_ROLE_LABELS: Readonly<Record<PortfolioRole, LocalizedText>> = {
  growth: p('成長事業', 'a growth business'),
  core: p('基盤事業', 'a core business'),
  incubation: p('新規事業', 'a new business'),
  restructure: p('事業構造の転換を進める事業', 'a business under restructuring'),
};

export const FREQUENCY_LABELS: Readonly<Record<CommitteeFrequency, LocalizedText>> = {
  monthly: p('毎月', 'monthly'),
  quarterly: p('四半期ごとに', 'quarterly'),
  'half-yearly': p('半期ごとに', 'twice a year'),
  yearly: p('毎年', 'annually'),
};

export const DIALOGUE_KIND_LABELS: Readonly<Record<DialogueKind, LocalizedText>> = {
  'ip-briefing': p('知財説明会', 'an IP briefing for investors'),
  'small-meeting': p('投資家とのスモールミーティング', 'a small meeting with investors'),
  'one-on-one': p('投資家との個別面談', 'a one-on-one meeting with investors'),
  'lender-meeting': p('取引金融機関との面談', 'a meeting with our lenders'),
};

export const STANCE_LABELS: Readonly<Record<OpenCloseStance, LocalizedText>> = {
  'patent-exclusive': p('特許で権利化して独占的に実施', 'patent and practise exclusively'),
  secret: p('営業秘密として秘匿', 'keep as a trade secret'),
  'license-out': p('他社にライセンス', 'license to others'),
  standardise: p('標準化', 'standardise'),
  open: p('無償で開放', 'open up royalty-free'),
};

export const ALLOCATION_AREA_LABELS: Readonly<Record<AllocationArea, LocalizedText>> = {
  rd: p('研究開発', 'research and development'),
  ip: p('知財の取得・維持', 'acquiring and maintaining IP'),
  brand: p('ブランド', 'brand'),
  'data-digital': p('データ・デジタル基盤', 'data and digital infrastructure'),
  people: p('人材', 'talent'),
  acquisition: p('技術・知財の獲得', 'acquiring technology and IP'),
};

export const KPI_KIND_LABELS: Readonly<Record<KpiKind, LocalizedText>> = {
  count: p('活動量の指標', 'activity measure'),
  quality: p('質の指標', 'quality measure'),
  outcome: p('成果の指標', 'outcome measure'),
};
