import { t } from '../../i18n/localized-text';
import { LISTED, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';

export const M8_QUESTIONS: readonly Question[] = [
  {
    id: 'm8.investor-questions',
    module: 'm8',
    tracks: LISTED,
    type: 'single',
    prompt: t(
      '昨年度、投資家や金融機関から知財・無形資産について質問を受けましたか。',
      'Last year, did investors or lenders ask you about IP and intangibles?',
    ),
    help: t('面談、説明会、アンケートなどを含みます。', 'Includes meetings, briefings and surveys.'),
    options: [
      option('no', '受けていない', 'No'),
      option('few', '数回受けた', 'A few times'),
      option('regular', '定期的に受けている', 'Regularly'),
    ],
    tags: tags([7], [3], ['6']),
  },
  {
    id: 'm8.question-log',
    module: 'm8',
    tracks: LISTED,
    showIf: { question: 'm8.investor-questions', in: ['few', 'regular'] },
    type: 'text',
    maxLength: 3000,
    prompt: t('どんな質問を受け、どう答えましたか。', 'What were you asked, and how did you answer?'),
    help: t(
      '質問の傾向は、開示で補うべき点を示します。',
      'The pattern of questions shows what your disclosure should cover.',
    ),
    tags: tags([7], [3], ['6']),
  },
  {
    id: 'm8.feedback-loop',
    module: 'm8',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '投資家・金融機関との対話で得た意見を、戦略や開示の見直しに生かしていますか。',
      'Do you use what you hear from investors and lenders to refine your strategy and disclosure?',
    ),
    help: t(
      '対話は一方的な説明ではなく、戦略を磨く機会です。',
      'Dialogue is a chance to refine the strategy, not a one-way presentation.',
    ),
    levels: ladder(
      ['生かしていない。', 'Not used.'],
      ['IR担当の中で共有している程度。', 'Shared within the IR team only.'],
      ['経営陣に報告している。', 'Reported to management.'],
      ['意見を基に開示や戦略を変えた例がある。', 'There are examples of disclosure or strategy changed as a result.'],
      [
        '仕組みとして定期的に反映し、その結果を対外的に説明している。',
        'Feedback is built in routinely and the changes are explained externally.',
      ],
    ),
    tags: tags([7], [3], ['6']),
    weight: 2,
  },
  {
    id: 'm8.ip-briefing',
    module: 'm8',
    tracks: LISTED,
    type: 'single',
    prompt: t('知財をテーマにした投資家向け説明を行っていますか。', 'Do you hold investor sessions that cover IP?'),
    help: t('中期経営計画の説明会で知財を扱うことも含みます。', 'Including IP in a mid-term-plan briefing counts.'),
    options: [
      option('none', '行っていない', 'No', 0),
      option('in-briefing', '中計・決算説明会の中で触れている', 'Covered within mid-term-plan or results briefings', 2),
      option('dedicated', '知財に特化した説明会を開いている', 'A dedicated IP session is held', 4),
    ],
    tags: tags([7, 6], [3], ['6']),
  },
  {
    id: 'm8.ip-team-engagement',
    module: 'm8',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財部門や担当役員が、投資家との対話に直接参加していますか。',
      'Do the IP function or the responsible executive take part directly in investor dialogue?',
    ),
    help: t(
      '投資家によっては、IR部門とは別に知財部門と面談することがあります。',
      'Some investors meet the IP department separately from IR.',
    ),
    levels: ladder(
      ['参加していない。', 'No.'],
      ['IR部門に資料を提供するのみ。', 'They only supply material to IR.'],
      ['依頼があれば面談に同席する。', 'They join meetings on request.'],
      ['定期的に投資家と面談している。', 'They meet investors regularly.'],
      ['経営トップと並んで知財戦略を説明している。', 'They present the IP strategy alongside the CEO.'],
    ),
    tags: tags([7], [4], ['6']),
  },
  {
    id: 'm8.lender-dialogue',
    module: 'm8',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '取引銀行や出資者に、自社の技術・ブランド・ノウハウなどの強みを説明していますか。',
      'Do you explain your strengths in technology, brand or know-how to your bank or investors?',
    ),
    help: t(
      '目に見えない強みを説明できると、事業の将来性を評価してもらいやすくなります。',
      'Explaining strengths that cannot be seen makes it easier for funders to appreciate your prospects.',
    ),
    glossary: ['know-how'],
    levels: ladder(
      ['説明したことはない。', 'Never.'],
      ['聞かれたら口頭で答える程度。', 'Verbally, when asked.'],
      ['資料にまとめて説明したことがある。', 'We have explained it once with written material.'],
      ['定期的に資料を更新して説明している。', 'We explain it regularly with updated material.'],
      ['説明が融資・出資の条件や評価に反映された。', 'It has been reflected in loan or investment terms or valuation.'],
    ),
    tags: tags([7], [3], ['6']),
  },
];
