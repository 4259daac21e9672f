import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, MILLION_YEN, ladder, tags } from '../bank-builders';
import { Question } from '../question';

const LISTED_COMPANY = { profile: 'listingStatus', in: ['prime', 'standard', 'growth'] } as const;

// M0 mostly collects facts; the figures feed the intangible quantification (REFERENCE §7.1).
export const M0_QUESTIONS: readonly Question[] = [
  {
    id: 'm0.revenue',
    module: 'm0',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t('直近の事業年度の売上高はいくらですか。', 'What was your revenue in the latest fiscal year?'),
    help: t(
      '連結の数字があれば連結で、百万円単位で入力してください。',
      'Use consolidated figures where available, in millions of yen.',
    ),
    tags: tags([1], [], ['4']),
  },
  {
    id: 'm0.operating-margin',
    module: 'm0',
    tracks: LISTED,
    type: 'percentage',
    min: -100,
    max: 100,
    prompt: t(
      '直近の事業年度の営業利益率は何％ですか。',
      'What was your operating margin in the latest fiscal year (%)?',
    ),
    help: t(
      '営業利益 ÷ 売上高。赤字の場合はマイナスで入力してください。',
      'Operating profit ÷ revenue. Enter a negative value for a loss.',
    ),
    tags: tags([1], [1], ['4']),
  },
  {
    id: 'm0.rd-expense',
    module: 'm0',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '直近の事業年度の研究開発費はいくらですか。',
      'How much did you spend on research and development in the latest fiscal year?',
    ),
    help: t(
      '新しい技術・商品・サービスの開発に使った費用の合計です。専任の部署がなくても、開発に充てた人件費などを含めて概算で構いません。',
      'The total spent on developing new technology, products or services. Without a dedicated department, a rough estimate including staff time is fine.',
    ),
    tags: tags([4], [2], ['3']),
  },
  {
    id: 'm0.book-equity',
    module: 'm0',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: -1_000_000_000,
    glossary: ['pbr', 'intangible-assets'],
    prompt: t(
      '直近の決算での自己資本（親会社の株主に帰属する持分）はいくらですか。',
      'What was your equity attributable to owners of the parent at the latest year end?',
    ),
    help: t(
      '純資産の部の合計ではなく、そこから非支配株主持分と新株予約権を除いた額（株主資本＋その他の包括利益累計額）です。PBRや無形資産の割合はこの額で計算します。連結でない会社は純資産の合計から新株予約権を除いた額です。債務超過の場合はマイナスで入力してください。',
      'Not total net assets: total net assets minus non-controlling interests and stock acquisition rights (shareholders’ equity plus accumulated other comprehensive income). PBR and the intangible share are computed on this amount. Without consolidated accounts, use total net assets minus stock acquisition rights. Enter a negative value if liabilities exceed assets.',
    ),
    tags: tags([1], [2], ['4']),
  },
  {
    id: 'm0.employees',
    module: 'm0',
    tracks: LISTED,
    type: 'number',
    min: 0,
    max: 10_000_000,
    integer: true,
    unit: t('人', 'people'),
    prompt: t('従業員数は何人ですか。', 'How many employees do you have?'),
    help: t('連結の正社員数を目安にしてください。', 'Use the consolidated number of regular employees as a guide.'),
    tags: tags([1], [], []),
  },
  {
    id: 'm0.segment-count',
    module: 'm0',
    tracks: LISTED,
    type: 'number',
    min: 1,
    max: 100,
    integer: true,
    unit: t('セグメント', 'segments'),
    prompt: t('報告セグメントはいくつありますか。', 'How many reportable segments do you have?'),
    help: t(
      '有価証券報告書のセグメント情報に記載された数です。',
      'The number shown in the segment information of your annual securities report.',
    ),
    tags: tags([1], [], ['3']),
  },
  {
    id: 'm0.market-cap',
    module: 'm0',
    tracks: LISTED,
    showIf: LISTED_COMPANY,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '直近の決算期末の時価総額はいくらですか。',
      'What was your market capitalisation at the latest fiscal year end?',
    ),
    help: t(
      '期末株価 × 発行済株式数（自己株式を除く）。無形資産比率とPBRの計算に使います。',
      'Year-end share price × shares outstanding (excluding treasury shares). Used for the intangible share and PBR.',
    ),
    tags: tags([1], [2], ['4']),
  },
  {
    id: 'm0.recognised-intangibles',
    module: 'm0',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '貸借対照表に計上している無形資産（のれんを除く）はいくらですか。',
      'How much in intangible assets (excluding goodwill) is recognised on your balance sheet?',
    ),
    help: t(
      'ソフトウェア、特許権、商標権などの計上額の合計です。',
      'The total carrying amount of software, patent rights, trademark rights and similar items.',
    ),
    tags: tags([1], [2], ['4']),
  },
  {
    id: 'm0.goodwill',
    module: 'm0',
    tracks: LISTED,
    type: 'currency',
    currency: 'JPY',
    unit: 'million',
    unitLabel: MILLION_YEN,
    min: 0,
    prompt: t(
      '貸借対照表に計上しているのれんはいくらですか。',
      'How much goodwill is recognised on your balance sheet?',
    ),
    help: t(
      '買収に伴うのれんの計上額です。なければ0を入力してください。',
      'The carrying amount of goodwill from acquisitions; enter 0 if none.',
    ),
    tags: tags([1], [2], ['4']),
  },
  {
    id: 'm0.segment-portfolio-review',
    module: 'm0',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '各事業セグメントについて、成長性と、資本コストに対する収益性の両面から位置づけを評価していますか。',
      'Do you assess each business segment on both growth and return relative to its cost of capital?',
    ),
    help: t(
      '事業ポートフォリオの現状（As Is）を把握することが、目指す姿から逆算する出発点になります。',
      'Knowing where each business stands today (As Is) is the starting point for backcasting from the target portfolio.',
    ),
    glossary: ['cost-of-capital', 'business-portfolio'],
    levels: ladder(
      ['セグメント別の評価はしていない。', 'Segments are not assessed individually.'],
      ['売上・利益の推移だけを見ている。', 'Only revenue and profit trends are tracked.'],
      [
        '成長性と収益性を見ているが、資本コストとは比べていない。',
        'Growth and profitability are reviewed, but not against the cost of capital.',
      ],
      [
        '成長性と資本コスト対比の収益性で全セグメントを定期的に評価している。',
        'All segments are reviewed regularly on growth and on return versus the cost of capital.',
      ],
      [
        '上記に加え、評価結果を取締役会で議論し、資源配分の見直しに使っている。',
        'In addition, the board discusses the results and uses them to reallocate resources.',
      ],
    ),
    tags: tags([1, 2], [4], ['3'], [cgc2021('4-2-2')]),
  },
];
