import { t } from '../../i18n/localized-text';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';
import { HAS_PATENTS } from './m1-intangible-inventory';

export const M2_QUESTIONS: readonly Question[] = [
  {
    id: 'm2.competitor-comparison',
    module: 'm2',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '自社の技術やブランドを、主な競合と比べたのはいつですか。',
      'When did you last compare your technology or brand with your main competitors?',
    ),
    help: t(
      '特許の数、技術の分野、ブランドの認知度などを比べることを含みます。',
      'This includes comparing patent counts, technology fields, brand recognition and similar.',
    ),
    glossary: ['patent'],
    options: [
      option('never', '比べたことはない', 'Never', 0),
      option('over-2y', '2年以上前', 'More than 2 years ago', 1),
      option('within-2y', 'この2年以内', 'Within the last 2 years', 3),
      option('continuous', '継続的に比べている', 'We compare continuously', 4),
    ],
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'm2.comparison-audience',
    module: 'm2',
    tracks: LISTED,
    showIf: { question: 'm2.competitor-comparison', in: ['over-2y', 'within-2y', 'continuous'] },
    type: 'single',
    prompt: t('その比較結果を誰が見ましたか。', 'Who saw the results of that comparison?'),
    help: t('分析が経営判断に届いているかを確認します。', 'Checks whether the analysis reaches management decisions.'),
    options: [
      option('ip-only', '知財部門のみ', 'The IP team only', 1),
      option('business-heads', '研究開発・事業部門の責任者', 'R&D and business heads', 2),
      option('executives', '経営陣', 'Executives', 3),
      option('decision', '経営陣が見て、具体的な判断に使った', 'Executives, and it informed a concrete decision', 4),
    ],
    tags: tags([1, 5], [4], ['2']),
  },
  {
    id: 'm2.ip-landscape',
    module: 'm2',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '経営・事業戦略づくりにIPランドスケープを使っていますか。',
      'Do you use IP landscaping when shaping management and business strategy?',
    ),
    help: t(
      '知財情報と事業情報を合わせて分析し、その結果を経営層・事業責任者と双方向で議論することを指します。',
      'Analysing IP information together with business information, and discussing the results both ways with executives and business heads.',
    ),
    glossary: ['ip-landscape'],
    levels: ladder(
      ['行っていない。', 'Not done.'],
      ['特許調査（先行技術調査など）の範囲にとどまる。', 'Limited to patent searches such as prior-art searches.'],
      ['知財と事業の情報を合わせた分析を、依頼があれば行う。', 'Combined IP and business analysis is done on request.'],
      [
        '分析結果を定期的に経営層・事業責任者と議論している。',
        'Results are discussed regularly with executives and business heads.',
      ],
      [
        '分析が新事業や提携・買収の判断に組み込まれている。',
        'The analysis is built into decisions on new businesses, alliances and acquisitions.',
      ],
    ),
    tags: tags([1, 3], [1], ['2']),
  },
  {
    id: 'm2.freedom-to-operate',
    module: 'm2',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '新しい商品やサービスを出す前に、他社の権利を侵害しないか確認していますか。',
      'Before launching a new product or service, do you check that it does not infringe others’ rights?',
    ),
    help: t(
      '他社の特許や商標とぶつからないかを事前に調べることで、後からの差止めや賠償を避けられます。',
      'Checking others’ patents and trademarks in advance avoids injunctions and damages later.',
    ),
    glossary: ['freedom-to-operate', 'patent', 'trademark'],
    levels: ladder(
      ['確認していない。', 'We do not check.'],
      ['問題が起きてから対応している。', 'We react when a problem arises.'],
      ['重要な商品については確認している。', 'Important products are checked.'],
      ['すべての新商品で確認する手順がある。', 'There is a procedure that covers every new product.'],
      ['開発の初期段階から確認し、設計に反映している。', 'Checks start early in development and shape the design.'],
    ),
    tags: tags([1], [], ['2']),
  },
  {
    id: 'm2.patent-quality',
    module: 'm2',
    tracks: LISTED,
    showIf: HAS_PATENTS,
    type: 'maturity',
    prompt: t(
      '特許の件数だけでなく、質（被引用数、注目度スコア、主要製品のカバー率など）を測っていますか。',
      'Do you measure patent quality (forward citations, vendor scores, coverage of key products), not just counts?',
    ),
    help: t('件数だけの指標は、競争力を十分に表しません。', 'Counts alone say little about competitive strength.'),
    levels: ladder(
      ['件数も質も測っていない。', 'Neither counts nor quality are measured.'],
      ['件数だけを測っている。', 'Only counts are measured.'],
      ['質の指標を一度試したことがある。', 'A quality measure has been tried once.'],
      [
        '質の指標を定期的に測り、競合と比べている。',
        'Quality is measured regularly and benchmarked against competitors.',
      ],
      [
        '質の指標を出願・維持の判断と開示に使っている。',
        'Quality measures drive filing and maintenance decisions and disclosure.',
      ],
    ),
    tags: tags([1, 4], [1], ['4']),
  },
  {
    id: 'm2.trend-watch',
    module: 'm2',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '市場や技術の変化、新しい競合の動きを継続的に把握していますか。',
      'Do you keep track of changes in markets and technology, and of new competitors?',
    ),
    help: t(
      '展示会、業界紙、特許の公開情報、顧客の声など、どんな情報源でも構いません。',
      'Any source counts: trade fairs, industry press, published patents, customer feedback.',
    ),
    glossary: ['patent'],
    levels: ladder(
      ['把握していない。', 'We do not.'],
      ['個人が気づいたときに共有する程度。', 'Individuals share things when they notice them.'],
      ['担当者を決めて定期的に集めている。', 'Someone is assigned to collect information regularly.'],
      [
        '集めた情報を経営会議などで定期的に議論している。',
        'The information is discussed regularly in management meetings.',
      ],
      ['議論の結果を商品や投資の計画に反映している。', 'The discussion feeds product and investment plans.'],
    ),
    tags: tags([1, 2], [], ['2']),
  },
  {
    id: 'm2.competitor-notes',
    module: 'm2',
    tracks: LISTED,
    type: 'text',
    maxLength: 2000,
    prompt: t(
      '比較対象とする主な競合と、知財面での自社の優位・劣位を簡潔に書いてください。',
      'List your main competitors and briefly note where your IP position is stronger or weaker.',
    ),
    help: t(
      '社内向けのメモで構いません。開示文案の材料にもなります。',
      'An internal note is fine; it also feeds disclosure drafts.',
    ),
    tags: tags([1], [1], ['2']),
  },
];
