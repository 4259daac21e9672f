import { t } from '../../i18n/localized-text';
import { cgc2021 } from '../../taxonomy/cgc-clauses';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';

export const M6_QUESTIONS: readonly Question[] = [
  {
    id: 'm6.executive-owner',
    module: 'm6',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '経営陣の中で、知財・無形資産の戦略に責任を持つ人は誰ですか。',
      'Who in management is responsible for the IP and intangibles strategy?',
    ),
    help: t(
      '責任者がはっきりしていると、部門をまたいだ取り組みが進みやすくなります。',
      'A clear owner makes cross-department work much easier.',
    ),
    glossary: ['intangible-assets'],
    options: [
      option('nobody', '決まっていない', 'Nobody in particular', 0),
      option('staff', '担当者・部門長（経営陣ではない）', 'A staff member or department head (not management)', 1),
      option(
        'executive-part',
        '役員・経営者が他の職務と兼ねて担当',
        'An executive or the owner, alongside other duties',
        3,
      ),
      option('dedicated-executive', '専任の役員（CIPOなど）', 'A dedicated executive (e.g. a Chief IP Officer)', 4),
    ],
    tags: tags([5], [4], ['5'], [cgc2021('4-2-2')]),
    weight: 2,
  },
  {
    id: 'm6.cross-functional',
    module: 'm6',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財・開発・営業・企画などの部門が一緒に、知財や無形資産の使い方を話し合う場がありますか。',
      'Is there a forum where IP, development, sales and planning discuss together how to use IP and intangibles?',
    ),
    help: t(
      '部門ごとに知財の見方が違うことが、取り組みの壁になりがちです。',
      'Different departments seeing IP differently is a common barrier.',
    ),
    glossary: ['intangible-assets'],
    levels: ladder(
      ['ない。', 'No.'],
      ['問題が起きたときに集まる程度。', 'Only when a problem arises.'],
      ['定期的な会議はあるが、情報共有が中心。', 'Regular meetings, mostly for sharing information.'],
      [
        '定期的に集まり、共通の方針や優先順位を決めている。',
        'Regular meetings that set shared policies and priorities.',
      ],
      [
        '経営者が主宰し、決定が予算や計画に反映される。',
        'Chaired by top management, with decisions flowing into budgets and plans.',
      ],
    ),
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm6.ip-head-in-strategy',
    module: 'm6',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財部門の責任者は、経営戦略・事業戦略を議論する会議に参加していますか。',
      'Does the head of IP take part in meetings where management and business strategy are discussed?',
    ),
    help: t(
      '知財部門が将来の事業情報に触れられるかどうかの指標です。',
      'An indicator of whether the IP function sees information about future business.',
    ),
    levels: ladder(
      ['参加していない。', 'Does not take part.'],
      ['知財案件があるときだけ呼ばれる。', 'Called in only for IP matters.'],
      ['事業部の戦略会議に定期的に参加している。', 'Attends business-unit strategy meetings regularly.'],
      ['経営会議に定期的に参加し、発言している。', 'Attends and speaks at management meetings regularly.'],
      ['経営戦略の立案に正式なメンバーとして関わっている。', 'Is a formal member of the strategy-making process.'],
    ),
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm6.board-discussions',
    module: 'm6',
    tracks: LISTED,
    type: 'number',
    min: 0,
    max: 100,
    integer: true,
    unit: t('回', 'times'),
    bands: [
      { min: 0, maturity: 0 },
      { min: 1, maturity: 2 },
      { min: 2, maturity: 3 },
      { min: 4, maturity: 4 },
    ],
    prompt: t(
      '昨年度、取締役会で知財・無形資産への投資を、資源配分や事業ポートフォリオの議題として議論した回数は何回ですか。',
      'Last fiscal year, how many times did the board discuss IP/intangible investment as a resource-allocation or portfolio topic?',
    ),
    help: t('訴訟などの個別案件の報告は含めません。', 'Do not count reports on individual matters such as litigation.'),
    tags: tags([5], [4], ['5'], [cgc2021('4-2-2')]),
    weight: 2,
  },
  {
    id: 'm6.board-committee',
    module: 'm6',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '知財・無形資産への投資を扱う委員会や諮問の仕組みはありますか。',
      'Is there a committee or advisory body dealing with IP/intangible investment?',
    ),
    help: t(
      '取締役会の諮問委員会を置くことは、ガイドラインが例示する選択肢の一つです。',
      'A board advisory committee is one option the guideline mentions.',
    ),
    options: [
      option('none', 'ない', 'None', 0),
      option('management', '執行側の会議体がある', 'A management-level committee', 2),
      option('board-advisory', '取締役会の諮問委員会がある', 'A board advisory committee', 4),
    ],
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm6.skill-matrix',
    module: 'm6',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '取締役会のスキル・マトリックスに、知財・技術の項目がありますか。',
      'Does your board skills matrix include IP or technology?',
    ),
    help: t(
      '監督する側の知見があるかを示す手がかりです。',
      'A signal of whether the supervisors have the relevant expertise.',
    ),
    options: [
      option('no-matrix', 'スキル・マトリックスがない', 'No skills matrix', 0),
      option('absent', 'あるが、知財・技術の項目はない', 'A matrix without IP or technology', 1),
      option('technology', '技術・研究開発の項目がある', 'Technology / R&D is included', 3),
      option('ip', '知財・無形資産の項目がある', 'IP / intangibles is included', 4),
    ],
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm6.board-oversight',
    module: 'm6',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '取締役会は、知財を含む経営資源の配分と事業ポートフォリオ戦略の実行を、実効的に監督していますか。',
      'Does the board effectively supervise resource allocation, including to IP, and the execution of the portfolio strategy?',
    ),
    help: t(
      '報告を受けるだけでなく、問いを立て、見直しを求めているかで判断してください。',
      'Judge by whether the board challenges and asks for changes, not only receives reports.',
    ),
    levels: ladder(
      ['監督していない。', 'No supervision.'],
      ['年1回程度、報告を受けるだけ。', 'Receives a report about once a year.'],
      ['定期的に報告を受け、質問している。', 'Receives regular reports and asks questions.'],
      ['目標と実績を基に議論し、見直しを求めている。', 'Discusses results against targets and requests changes.'],
      [
        '監督の結果を開示し、実効性評価でも確認している。',
        'Discloses its oversight and checks it in the board effectiveness review.',
      ],
    ),
    tags: tags([5], [4], ['5'], [cgc2021('4-2-2')]),
  },
  {
    id: 'm6.ip-talent',
    module: 'm6',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財と事業の両方が分かる人材を計画的に育成・確保していますか。',
      'Do you systematically develop or hire people who understand both IP and business?',
    ),
    help: t(
      '分析して提案できる知財人材がいるかを確認します。',
      'Checks whether you have IP people who can analyse and propose.',
    ),
    levels: ladder(
      ['取り組んでいない。', 'Not addressed.'],
      ['個人の努力に任せている。', 'Left to individual effort.'],
      ['研修やローテーションがある。', 'Training or rotation exists.'],
      [
        '必要な人材像と人数を定め、計画的に育成・採用している。',
        'Required profiles and numbers are defined and filled by plan.',
      ],
      [
        '育成の成果を測り、人的資本の開示にも含めている。',
        'Results are measured and included in human-capital disclosure.',
      ],
    ),
    tags: tags([5], [4], ['5']),
  },
];
