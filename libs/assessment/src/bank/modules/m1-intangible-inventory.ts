import { t } from '../../i18n/localized-text';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Condition } from '../condition';
import { Question } from '../question';

/** Patent follow-ups appear only for companies that hold patents. */
export const HAS_PATENTS: Condition = { question: 'm1.patents-held', in: ['few', 'some', 'many'] };

export const M1_QUESTIONS: readonly Question[] = [
  {
    id: 'm1.asset-types',
    module: 'm1',
    tracks: LISTED,
    type: 'multiple',
    prompt: t(
      'あなたの会社の強みを支えている無形資産はどれですか（当てはまるものをすべて）。',
      'Which intangible assets support your company’s strengths? (Select all that apply.)',
    ),
    help: t(
      '権利として登録したものに限らず、技術、ノウハウ、データ、顧客との関係、人材なども含めて考えてください。',
      'Think beyond registered rights: technology, know-how, data, customer relationships and people count too.',
    ),
    glossary: ['intangible-assets', 'patent', 'trademark', 'know-how'],
    options: [
      option('patents', '特許', 'Patents'),
      option('trademarks', '商標・ブランド名', 'Trademarks and brand names'),
      option('designs', 'デザイン（意匠）', 'Designs'),
      option('copyright-software', '著作物・ソフトウェア', 'Copyright and software'),
      option('know-how', 'ノウハウ・営業秘密', 'Know-how and trade secrets'),
      option('data', 'データ', 'Data'),
      option('brand', 'ブランド・評判', 'Brand and reputation'),
      option('customer-relationships', '顧客との関係', 'Customer relationships'),
      option('supply-chain', '取引先・サプライチェーンとの関係', 'Supplier and supply-chain relationships'),
      option('people', '人材・組織の力', 'People and organisational capability'),
      option('none', '特にない・分からない', 'None / not sure', undefined, true),
    ],
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'm1.patents-held',
    module: 'm1',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '特許（出願中を含む）をいくつ持っていますか。',
      'How many patents (including pending applications) do you hold?',
    ),
    help: t('国内外の合計でおおよその件数を選んでください。', 'Choose the approximate total, in Japan and abroad.'),
    glossary: ['patent'],
    options: [
      option('none', '持っていない', 'None'),
      option('few', '1〜9件', '1–9'),
      option('some', '10〜99件', '10–99'),
      option('many', '100件以上', '100 or more'),
    ],
    tags: tags([1], [], ['2']),
  },
  {
    id: 'm1.inventory',
    module: 'm1',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '自社の無形資産を洗い出し、一覧にしていますか。',
      'Have you identified and listed your intangible assets?',
    ),
    help: t(
      '特許などの権利だけでなく、ノウハウ、データ、ブランド、顧客との関係、人材を含めた一覧が出発点です。',
      'The starting point is a list that covers not just rights such as patents but also know-how, data, brand, customer relationships and people.',
    ),
    glossary: ['intangible-assets', 'patent', 'know-how'],
    levels: ladder(
      ['洗い出したことはない。', 'We have never taken stock.'],
      ['特許などの権利だけは一覧がある。', 'Only registered rights such as patents are listed.'],
      [
        '権利以外も洗い出したが、一度きりで更新していない。',
        'We listed other intangibles too, once, without updating it.',
      ],
      [
        '権利以外も含めた一覧を定期的に更新している。',
        'A list including non-registered intangibles is updated regularly.',
      ],
      [
        '一覧を事業部門と共有し、どの事業に効いているかまで整理している。',
        'The list is shared with the businesses and shows which business each asset supports.',
      ],
    ),
    tags: tags([1], [2], ['2']),
  },
  {
    id: 'm1.earnings-link',
    module: 'm1',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '最も利益を上げている商品・サービスについて、その価格や選ばれる理由を支えている無形資産が分かっていますか。',
      'For your most profitable product or service, do you know which intangibles support its price and why customers choose it?',
    ),
    help: t(
      'それがなくなったら値下げせざるを得なくなるもの、を考えると見つけやすくなります。',
      'Ask what you would lose that would force you to cut the price.',
    ),
    glossary: ['intangible-assets'],
    levels: ladder(
      ['考えたことがない。', 'We have not thought about it.'],
      ['経営者の感覚としてはあるが、言葉にしていない。', 'Management has a feel for it but has not put it into words.'],
      ['主な要因を言葉にして社内で共有している。', 'The main drivers are written down and shared internally.'],
      ['顧客の声や価格データで裏付けている。', 'They are backed by customer feedback or pricing data.'],
      [
        '主要な商品・事業ごとに整理し、定期的に見直している。',
        'They are mapped for each main product or business and reviewed regularly.',
      ],
    ),
    tags: tags([1, 3], [1], ['2']),
  },
  {
    id: 'm1.top-three',
    module: 'm1',
    tracks: LISTED,
    type: 'text',
    maxLength: 2000,
    prompt: t(
      'それがなければ主力商品の価格の強みが失われる、という無形資産を3つ挙げてください。',
      'Name the three intangibles without which your flagship product would lose its price advantage.',
    ),
    glossary: ['intangible-assets', 'know-how'],
    help: t(
      '例：独自の配合ノウハウ、長年の取引先との信頼、品質で知られたブランド名。',
      'For example: a proprietary recipe, long-standing trust with key customers, a brand known for quality.',
    ),
    tags: tags([1, 3], [1], ['2']),
  },
  {
    id: 'm1.protection-status',
    module: 'm1',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '重要な無形資産のそれぞれについて、権利で守るか、秘密として守るか、守っていないかを把握していますか。',
      'For each important intangible, do you know whether it is protected by a right, kept secret, or unprotected?',
    ),
    help: t(
      '特許や商標で守るもの、ノウハウとして秘密にするもの、あえて守らないものを区別することが大切です。',
      'It matters to distinguish what is protected by patents or trademarks, what is kept as secret know-how, and what is deliberately left open.',
    ),
    glossary: ['patent', 'trademark', 'know-how', 'intangible-assets'],
    levels: ladder(
      ['把握していない。', 'We do not know.'],
      ['一部の権利については把握している。', 'We know for some registered rights.'],
      [
        '重要なものについて、権利・秘密・未保護の区別をつけている。',
        'For the important ones we know which are rights, secrets or unprotected.',
      ],
      [
        '区別に加え、なぜその守り方を選んだかを説明できる。',
        'We can also explain why each form of protection was chosen.',
      ],
      [
        '守り方を定期的に見直し、事業の変化に合わせて変えている。',
        'The choices are reviewed regularly and changed as the business changes.',
      ],
    ),
    tags: tags([1, 3], [2], ['2']),
  },
  {
    id: 'm1.patent-use-status',
    module: 'm1',
    tracks: LISTED,
    showIf: HAS_PATENTS,
    type: 'maturity',
    prompt: t(
      '保有特許を、自社で使っているもの・ライセンスしているもの・使っていないものに分けて管理していますか。',
      'Do you manage your patents by whether they are used in-house, licensed out, or unused?',
    ),
    help: t(
      '未利用特許の把握は、維持費の見直しやライセンスの機会につながります。',
      'Knowing which patents are unused informs maintenance-cost decisions and licensing opportunities.',
    ),
    glossary: ['licensing'],
    levels: ladder(
      ['区別していない。', 'No distinction is made.'],
      ['個別の案件で分かる程度。', 'Known case by case only.'],
      ['全件について利用状況を記録している。', 'Usage status is recorded for every patent.'],
      [
        '利用状況を毎年見直し、放棄やライセンスの判断に使っている。',
        'Usage is reviewed yearly and drives abandonment or licensing decisions.',
      ],
      [
        '利用状況をセグメント別に集計し、経営に報告している。',
        'Usage is aggregated by segment and reported to management.',
      ],
    ),
    tags: tags([1, 4], [2], ['2']),
  },
  {
    id: 'm1.patent-segment-mapping',
    module: 'm1',
    tracks: LISTED,
    showIf: HAS_PATENTS,
    type: 'maturity',
    prompt: t(
      '特許ポートフォリオを事業セグメントや主要製品に対応づけていますか。',
      'Have you mapped your patent portfolio to business segments and key products?',
    ),
    help: t(
      'どの事業がどの特許群に支えられているかが分かると、投資判断と開示の両方に使えます。',
      'Knowing which patent families support which business helps both investment decisions and disclosure.',
    ),
    levels: ladder(
      ['対応づけていない。', 'Not mapped.'],
      ['一部の主要製品についてのみ対応づけている。', 'Mapped for a few key products only.'],
      ['全セグメントについて対応づけている。', 'Mapped for all segments.'],
      ['対応づけを定期更新し、将来の事業領域も含めている。', 'Updated regularly and includes future business areas.'],
      ['対応づけの結果を資源配分と開示に使っている。', 'The mapping drives resource allocation and disclosure.'],
    ),
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'm1.human-capability',
    module: 'm1',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '人材や組織の力（技術者の層、開発プロセスなど）を無形資産として把握・評価していますか。',
      'Do you treat people and organisational capability (depth of engineering talent, development processes) as intangible assets to be tracked?',
    ),
    help: t(
      '知財・無形資産は権利に限りません。人材と組織能力は価値創造の源泉です。',
      'IP and intangibles are not limited to rights; people and organisational capability are sources of value.',
    ),
    glossary: ['intangible-assets'],
    levels: ladder(
      ['無形資産としては扱っていない。', 'Not treated as intangible assets.'],
      ['人事の文脈でのみ扱っている。', 'Handled only within HR.'],
      [
        '知財戦略の中で重要な人材・能力を特定している。',
        'Key people and capabilities are identified within the IP strategy.',
      ],
      ['重要な人材・能力に指標を設定して追っている。', 'Key people and capabilities have indicators that are tracked.'],
      ['人材と知財の戦略を一体で立案・評価している。', 'People and IP strategies are planned and reviewed together.'],
    ),
    tags: tags([1], [2, 4], ['3']),
  },
  {
    id: 'm1.data-assets',
    module: 'm1',
    tracks: LISTED,
    showIf: { question: 'm1.asset-types', includes: 'data' },
    type: 'maturity',
    prompt: t(
      '事業で生まれるデータを資産として管理し、活用方針を決めていますか。',
      'Do you manage the data your business generates as an asset, with a policy for its use?',
    ),
    help: t(
      'データの権利関係（取得元、利用条件）と活用方針を整理しているかを確認します。',
      'Covers data rights (source, terms of use) and a policy for how data is used.',
    ),
    levels: ladder(
      ['管理していない。', 'Not managed.'],
      ['部門ごとにばらばらに管理している。', 'Each department manages its own data.'],
      ['重要なデータの所在と権利関係を整理している。', 'Location and rights of important data are documented.'],
      ['全社の活用方針と管理責任者がある。', 'There is a company-wide policy and an accountable owner.'],
      [
        'データを使った新事業や収益化まで計画・実行している。',
        'New businesses or revenue from data are planned and executed.',
      ],
    ),
    tags: tags([1, 3], [2], ['2']),
  },
];
