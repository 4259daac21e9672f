import { t } from '../../i18n/localized-text';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';
import { HAS_PATENTS } from './m1-intangible-inventory';

export const M4_QUESTIONS: readonly Question[] = [
  {
    id: 'm4.causal-path',
    module: 'm4',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      'どの無形資産が、どんな強みを生み、どんな顧客価値になり、どの数字（売上・利益率など）に効くのか、その道筋を説明できますか。',
      'Can you explain the path from an intangible, to the advantage it creates, to customer value, to a number such as sales or margin?',
    ),
    help: t(
      'この道筋を「因果パス」と呼びます。例：独自ノウハウ → 不良率が低い → 顧客の手間が減る → 高い価格でも選ばれる → 利益率が高い。',
      'This is the causal path. Example: proprietary know-how → low defect rate → less work for customers → chosen despite a higher price → higher margin.',
    ),
    glossary: ['causal-path', 'intangible-assets', 'know-how'],
    levels: ladder(
      ['説明できない。', 'We cannot explain it.'],
      [
        '「技術力が強み」程度の一般的な説明にとどまる。',
        'Only a generic statement such as “our technology is our strength”.',
      ],
      ['主力事業について、道筋を言葉で説明できる。', 'The path is explained in words for the main business.'],
      ['道筋の各段階を数字や事実で裏付けている。', 'Each step of the path is backed by figures or facts.'],
      [
        '事業ごとに道筋があり、指標で進み具合を追っている。',
        'Each business has its path, and its progress is tracked with indicators.',
      ],
    ),
    tags: tags([3], [1, 3], ['2']),
    weight: 2,
  },
  {
    id: 'm4.advantage-type',
    module: 'm4',
    tracks: LISTED,
    type: 'multiple',
    prompt: t(
      '無形資産が生んでいる強みはどれですか（当てはまるものをすべて）。',
      'What advantages do your intangibles create? (Select all that apply.)',
    ),
    help: t(
      '値下げせずに売れる力（価格決定力）や、競争のルールを変える力（ゲームチェンジ）は、ガイドラインが重視する観点です。',
      'The ability to sell without cutting prices (pricing power) and to change the rules of competition (game change) are emphasised by the guideline.',
    ),
    glossary: ['intangible-assets'],
    options: [
      option('price-premium', '高い価格でも選ばれる', 'Customers pay a price premium'),
      option('switching-cost', '顧客が他社に乗り換えにくい', 'Customers find it hard to switch'),
      option('speed', '開発・対応のスピード', 'Speed of development or response'),
      option('cost', 'コストの低さ', 'Lower cost'),
      option('game-change', '市場や競争のルールを変える', 'Changing the market or the rules of competition'),
      option('unclear', 'はっきりしない', 'Not clear', undefined, true),
    ],
    tags: tags([3], [1], ['2']),
  },
  {
    id: 'm4.value-story',
    module: 'm4',
    tracks: LISTED,
    type: 'text',
    maxLength: 3000,
    prompt: t(
      'あなたの会社の価値創造の道筋を文章で書いてください。',
      'Describe your value-creation path in your own words.',
    ),
    help: t(
      '無形資産 → 強み → 顧客価値 → 財務の順で書くと整理しやすくなります。',
      'It helps to write it in the order intangible → advantage → customer value → financial result.',
    ),
    glossary: ['intangible-assets'],
    tags: tags([3], [3], ['2']),
  },
  {
    id: 'm4.secret-management',
    module: 'm4',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '秘密にしておくべきノウハウを、ルールを決めて管理していますか。',
      'Do you manage know-how that should stay secret under clear rules?',
    ),
    help: t(
      '秘密であることの表示、アクセスできる人の限定、退職者との約束などが基本です。',
      'The basics are marking information as confidential, limiting who can access it, and agreements with departing staff.',
    ),
    glossary: ['know-how'],
    levels: ladder(
      ['ルールはない。', 'No rules.'],
      ['口頭で注意している程度。', 'Only verbal reminders.'],
      ['秘密にする情報を決め、アクセスを制限している。', 'Secret information is defined and access is restricted.'],
      [
        '就業規則や契約で秘密保持を定め、定期的に確認している。',
        'Confidentiality is set in work rules and contracts and checked regularly.',
      ],
      [
        '何を特許にし何を秘密にするかを方針として決め、運用している。',
        'A policy decides what to patent and what to keep secret, and it is applied.',
      ],
    ),
    tags: tags([3, 5], [], ['2']),
  },
  {
    id: 'm4.open-close',
    module: 'm4',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '何を特許で独占し、何を秘匿し、何をライセンス・標準化・公開するか（オープン＆クローズ）を、戦略として決めていますか。',
      'Do you decide strategically what to patent and practise exclusively, what to keep secret, and what to license, standardise or release (open & close)?',
    ),
    help: t(
      '市場を広げる部分と利益を確保する部分を分けて設計しているかを確認します。',
      'Checks whether you deliberately separate what grows the market from what secures your profit.',
    ),
    glossary: ['open-close', 'licensing'],
    levels: ladder(
      ['決めていない。', 'Not decided.'],
      ['発明ごとに担当者が判断している。', 'Decided invention by invention by staff.'],
      ['判断基準はあるが、事業戦略とは結びついていない。', 'There are criteria, not linked to business strategy.'],
      ['事業ごとにオープン＆クローズの方針を決めている。', 'Each business has an open & close policy.'],
      [
        '方針が市場拡大と利益確保の両面で成果を上げ、見直されている。',
        'The policies demonstrably grow the market and secure profit, and are reviewed.',
      ],
    ),
    tags: tags([3], [1], ['2']),
  },
  {
    id: 'm4.pricing-power',
    module: 'm4',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財・無形資産が価格決定力（値下げ競争を避ける力）につながっていることを、データで確かめていますか。',
      'Have you checked with data that your IP and intangibles translate into pricing power (avoiding price competition)?',
    ),
    help: t(
      '価格プレミアム、粗利率の推移、競合との価格差などで確認します。',
      'Evidence can be price premiums, gross-margin trends, or price gaps against competitors.',
    ),
    levels: ladder(
      ['確かめていない。', 'Not checked.'],
      ['事例ベースで語れる程度。', 'Anecdotes only.'],
      [
        '主力製品について価格差や粗利率のデータがある。',
        'Price-gap or gross-margin data exists for the main products.',
      ],
      ['事業ごとにデータで裏付け、経営に報告している。', 'Backed by data per business and reported to management.'],
      ['裏付けを開示し、投資家との対話に使っている。', 'The evidence is disclosed and used in investor dialogue.'],
    ),
    tags: tags([3], [1], ['2', '4']),
  },
  {
    id: 'm4.licensing-strategy',
    module: 'm4',
    tracks: LISTED,
    showIf: HAS_PATENTS,
    type: 'single',
    prompt: t(
      '特許のライセンス（許諾・導入）をどう扱っていますか。',
      'How do you handle patent licensing (out and in)?',
    ),
    help: t(
      'ライセンスは収益源にも、市場を広げる手段にもなります。',
      'Licensing can be a revenue source and a way to grow the market.',
    ),
    glossary: ['licensing'],
    options: [
      option('none', '行っていない', 'We do not license', 0),
      option('ad-hoc', '依頼があれば個別に対応', 'Ad hoc, on request', 1),
      option('policy', '方針に沿って行っている', 'Following a policy', 3),
      option('strategic', '事業戦略の一部として積極的に行っている', 'Actively, as part of business strategy', 4),
    ],
    tags: tags([3, 4], [1], ['2']),
  },
];
