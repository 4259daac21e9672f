import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, agendaTags, ladder, option } from '../bank-builders';
import { Question } from '../question';

// REFERENCE §12, AI and data. The four degrees of AI involvement are the discussion paper's; the questions are ours.
export const M11_QUESTIONS: readonly Question[] = [
  {
    id: 'm11.genai-use',
    module: 'm11',
    tracks: LISTED,
    type: 'single',
    prompt: t('社内の業務で生成AIをどの程度使っていますか。', 'How far is generative AI used in your day-to-day work?'),
    help: t(
      '文章作成、プログラミング、調査、デザイン案の作成などを含みます。利用の有無そのものは採点しません。',
      'Includes drafting, programming, research and design proposals. Whether you use it at all is not scored.',
    ),
    options: [
      option('none', '使っていない（禁止を含む）', 'Not used (including where it is banned)'),
      option('individual', '個人の判断で使われている', 'Used by individuals at their own discretion'),
      option('sanctioned', '会社が認めたツールを業務で使っている', 'Company-approved tools are used at work'),
      option(
        'embedded',
        '業務プロセスや製品・サービスに組み込んでいる',
        'Built into business processes or products and services',
      ),
    ],
    tags: agendaTags(['ai-use-policy'], [1], [4], ['5']),
  },
  {
    id: 'm11.genai-policy',
    module: 'm11',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '生成AIの利用について、会社としての方針やルールがありますか。',
      'Does the company have a policy or rules for using generative AI?',
    ),
    help: t(
      '入力してよい情報（営業秘密・個人情報・他社の資料）、出力の確認（権利侵害・誤り）、利用できるツールなどを定めたものです。',
      'Rules on what may be entered (trade secrets, personal data, third-party material), how outputs are checked (infringement, errors) and which tools may be used.',
    ),
    levels: ladder(
      ['方針もルールもない。', 'No policy and no rules.'],
      ['注意喚起のメールなど、その場限りの指示だけがある。', 'Only one-off instructions, such as a warning email.'],
      [
        '入力してよい情報と出力の確認方法を定めた文書化されたルールがある。',
        'Written rules say what may be entered and how outputs must be checked.',
      ],
      [
        'ルールに加え、認められたツールの指定、研修、利用状況の確認を行っている。',
        'Besides the rules, approved tools are named, staff are trained and use is monitored.',
      ],
      [
        '経営陣が定期的に見直し、知財・法務のリスクと活用の効果を合わせて取締役会に報告している。',
        'Management reviews it regularly and reports IP and legal risks together with the benefits to the board.',
      ],
    ),
    tags: agendaTags(['ai-use-policy'], [5], [4], ['5'], [cgc2021('4-2-2')]),
    weight: 2,
  },
  {
    id: 'm11.ai-in-rnd',
    module: 'm11',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '研究開発やデザインの仕事でAIを使っていますか。',
      'Is AI used in your research, development or design work?',
    ),
    help: t(
      '材料探索、設計案の生成、コード生成、デザイン案の作成などです。',
      'For example materials discovery, generating design options, code generation or design proposals.',
    ),
    options: [
      option('no', '使っていない', 'No'),
      option('some', '一部の部署・案件で使っている', 'In some teams or projects'),
      option('routine', '日常的に使っている', 'Routinely'),
    ],
    tags: agendaTags(['ai-involvement-records'], [1], [1], ['3']),
  },
  {
    id: 'm11.ai-involvement-records',
    module: 'm11',
    tracks: LISTED,
    showIf: { question: 'm11.ai-in-rnd', in: ['some', 'routine'] },
    type: 'maturity',
    prompt: t(
      '発明やデザインの創作にAIがどの程度関わったかを記録していますか。',
      'Do you record how far AI took part in making each invention or design?',
    ),
    help: t(
      '国の論点整理は、AIの関与を4段階で整理しています：(1) 人だけ、(2) 主に人でAIが補助、(3) 主にAIで人の創作的な寄与が不明確、(4) いわゆるAIによる自律的な発明。AIを使った発明の発明者の考え方は特許・意匠の審議会で検討中のため、後で説明できる記録が役立ちます。',
      'The government’s discussion paper sets out four degrees of AI involvement: (1) a person alone, (2) mostly a person with AI assistance, (3) mostly AI, with a person’s inventive contribution unclear, (4) so-called autonomous AI invention. Inventorship of AI-assisted inventions is under review by the patent and design subcommittees, so records you can explain later are useful.',
    ),
    levels: ladder(
      ['記録していない。', 'Nothing is recorded.'],
      ['担当者が個人的にメモを残すことがある。', 'Individuals sometimes keep their own notes.'],
      [
        '実験ノートや設計記録に、使ったAIツールを書くことになっている。',
        'Lab notebooks or design records must name the AI tools used.',
      ],
      [
        '案件ごとに関与の段階（上の4段階）と人の寄与の内容を記録し、出願前に知財部門が確認している。',
        'Each case records the degree of involvement (the four degrees above) and what the people contributed, and the IP team checks it before filing.',
      ],
      [
        'その記録を発明者の認定や出願・秘匿の判断に使い、制度の見直しに合わせて記録のルールを更新している。',
        'The records drive inventorship and file-or-keep-secret decisions, and the recording rules are updated as the legal framework changes.',
      ],
    ),
    tags: agendaTags(['ai-involvement-records'], [1, 5], [4], ['5']),
    weight: 2,
  },
  {
    id: 'm11.model-training',
    module: 'm11',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '自社または他社のデータでAIモデルを学習・調整（ファインチューニング）していますか。',
      'Do you train or tune (fine-tune) AI models with your own or others’ data?',
    ),
    help: t('外部に委託して行う場合も含みます。', 'Including when a vendor does it for you.'),
    options: [
      option('no', 'していない', 'No'),
      option('tune', '既存モデルの調整だけ行っている', 'We only tune existing models'),
      option('train', '自社でモデルを学習させている', 'We train our own models'),
    ],
    tags: agendaTags(['training-data-rights'], [1], [1], ['3']),
  },
  {
    id: 'm11.training-data-rights',
    module: 'm11',
    tracks: LISTED,
    showIf: { question: 'm11.model-training', in: ['tune', 'train'] },
    type: 'maturity',
    prompt: t(
      '学習・調整に使うデータの権利や利用条件を確認していますか。',
      'Do you check the rights and terms of use of the data you train or tune models on?',
    ),
    help: t(
      '著作物、個人情報、取引先から預かったデータ、購入したデータセットの利用条件などです。出所が不明なデータは訴訟リスクになります。',
      'Copyright works, personal data, data entrusted by business partners and the licence of purchased datasets. Data of unknown origin is a litigation risk.',
    ),
    levels: ladder(
      ['確認していない。', 'Not checked.'],
      ['おおよその出所は担当者が把握している。', 'The people involved roughly know where the data came from.'],
      [
        'データセットごとに出所と利用条件を一覧にしている。',
        'Each dataset is listed with its source and terms of use.',
      ],
      [
        '利用前に法務・知財が権利と条件（個人情報・著作権・契約）を確認し、記録を残している。',
        'Legal and IP check rights and terms (personal data, copyright, contracts) before use, and keep a record.',
      ],
      [
        '定期的に監査し、顧客や取引先にデータの出所を説明できる。外部モデルの学習データの条件も確認している。',
        'It is audited regularly, you can explain data provenance to customers and partners, and you also check the training-data terms of external models.',
      ],
    ),
    tags: agendaTags(['training-data-rights'], [5], [4], ['5']),
  },
  {
    id: 'm11.data-asset',
    module: 'm11',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '事業で生まれるデータを、無形資産として管理し、収益に結びつけていますか。',
      'Do you manage the data your business generates as an intangible asset and make it earn?',
    ),
    help: t(
      '誰のものか（帰属）、どう守るか（アクセス管理・営業秘密・限定提供データ・契約）、どう稼ぐか（製品・サービス・ライセンス）の三点です。',
      'Three points: who owns it, how it is protected (access control, trade secrets, shared-data protection, contracts) and how it earns (products, services, licensing).',
    ),
    levels: ladder(
      ['データを資産として考えたことはない。', 'Data has never been considered an asset.'],
      ['一部のデータに価値があると認識している。', 'Some data is recognised as valuable.'],
      ['重要なデータの一覧があり、管理責任者が決まっている。', 'Key data is listed and each set has an owner.'],
      [
        '帰属と保護の方法が決まっており、どの製品・サービスの収益を支えているかを説明できる。',
        'Ownership and protection are settled, and you can say which products’ or services’ earnings it supports.',
      ],
      [
        'データが生む収益（サービス・価格・ライセンス）を測り、投資計画や開示に組み込んでいる。',
        'Earnings from data (services, pricing, licensing) are measured and built into the investment plan and disclosure.',
      ],
    ),
    tags: agendaTags(['data-as-asset'], [1, 4], [1, 2], ['3', '4']),
    weight: 2,
  },
  {
    id: 'm11.ai-vendor-contracts',
    module: 'm11',
    tracks: LISTED,
    showIf: {
      any: [
        { question: 'm11.genai-use', in: ['sanctioned', 'embedded'] },
        { question: 'm11.model-training', in: ['tune', 'train'] },
      ],
    },
    type: 'maturity',
    prompt: t(
      'AIサービスの提供者との契約で、データと成果物の扱いを確認していますか。',
      'Do your contracts with AI providers settle how your data and the outputs are handled?',
    ),
    help: t(
      '入力データが提供者の学習に使われるか、秘密保持、出力の権利、権利侵害時の補償、データの保存場所と削除などです。',
      'Whether your inputs are used to train the provider’s models, confidentiality, rights in the outputs, indemnity for infringement, and where data is stored and how it is deleted.',
    ),
    levels: ladder(
      ['標準の利用規約に同意しているだけで確認していない。', 'Standard terms are accepted without review.'],
      ['問題が起きたときに個別に確認する。', 'Checked case by case when a problem comes up.'],
      [
        '法務が主要な条件（学習への利用、秘密保持、出力の権利）を確認している。',
        'Legal checks the key terms (use for training, confidentiality, output rights).',
      ],
      [
        '補償、データの保存場所、削除まで含むチェックリストで全契約を確認している。',
        'Every contract is checked against a list that also covers indemnity, data location and deletion.',
      ],
      [
        '定期的に見直し、提供者に学習データの情報開示を求め、撤退時のデータ返還・削除まで決めている。',
        'Contracts are reviewed regularly, providers are asked to disclose their training data, and data return and deletion on exit are agreed.',
      ],
    ),
    tags: agendaTags(['ai-vendor-contracts', 'training-data-rights'], [5], [4], ['5']),
  },
];
