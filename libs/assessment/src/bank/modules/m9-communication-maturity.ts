import { t } from '../../i18n/localized-text';
import { LISTED, ladder, tags } from '../bank-builders';
import { Question } from '../question';

// Level semantics are our own reading of the JPO communication guidebook (REFERENCE §5.1, ⚠️ items unconfirmed):
// L1 protect existing business → L2 support current strategy → L3 shape future strategy. We add 0 and 4 ends.

const ROLE_LADDER = ladder(
  ['知財部門（担当）の役割を意識したことがない。', 'The role of the IP function has never been considered.'],
  ['今の商品を守る（権利化・侵害対応）のが役割。', 'Its role is to protect existing products (filing, infringement).'],
  ['今の事業戦略を分析で支えるのが役割。', 'Its role is to support the current business strategy with analysis.'],
  [
    '将来の戦略づくりに関わり、経営に提案するのが役割。',
    'Its role is to help shape future strategy and make proposals to management.',
  ],
  [
    '上記が定着し、経営と将来の事業を日常的に議論している。',
    'All of the above is routine, with ongoing discussion of future business with management.',
  ],
);

export const M9_QUESTIONS: readonly Question[] = [
  {
    id: 'm9.management-view',
    module: 'm9',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '経営者（経営陣）から見て、知財の担当部門・担当者の役割に最も近いものはどれですか。',
      'From management’s point of view, which best describes the role of the IP function or IP staff?',
    ),
    help: t(
      '経営と知財の認識の違いを見るため、知財の担当者にも別の問いで同じことを尋ねます。答えは経営者の立場で選んでください。',
      'To reveal differences in perception, the IP side is asked the same thing separately. Answer from management’s standpoint.',
    ),
    levels: ROLE_LADDER,
    tags: tags([5], [4], ['5']),
    singleRespondent: true,
  },
  {
    id: 'm9.ip-function-view',
    module: 'm9',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財部門自身から見て、自部門の役割に最も近いものはどれですか。',
      'From the IP department’s own point of view, which best describes its role?',
    ),
    help: t(
      '知財部門の責任者が回答してください。経営陣の回答との差は所見として示します。',
      'To be answered by the head of IP. A gap with management’s answer is reported as a finding.',
    ),
    levels: ROLE_LADDER,
    tags: tags([5], [4], ['5']),
    singleRespondent: true,
  },
  {
    id: 'm9.future-information',
    module: 'm9',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財部門は、将来の事業構想や新規事業の情報に早い段階で触れられますか。',
      'Does the IP function get early access to information on future business plans and new ventures?',
    ),
    help: t(
      '将来の情報に触れられなければ、将来の戦略に貢献できません。',
      'Without sight of the future, the IP function cannot contribute to future strategy.',
    ),
    levels: ladder(
      ['触れられない。', 'No access.'],
      ['決定後に知らされる。', 'Informed after decisions are made.'],
      ['企画段階で一部共有される。', 'Partly shared at the planning stage.'],
      ['構想段階から定期的に共有される。', 'Shared regularly from the concept stage.'],
      ['構想づくりそのものに参加している。', 'Takes part in shaping the concepts.'],
    ),
    tags: tags([5, 2], [4], ['5']),
  },
  {
    id: 'm9.ip-proposals',
    module: 'm9',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '知財部門から経営に対して、事業や投資に関する提案を行っていますか。',
      'Does the IP function make proposals to management on business or investment?',
    ),
    help: t(
      '分析結果を基にした提案が経営判断に使われているかを確認します。',
      'Checks whether analysis-based proposals feed management decisions.',
    ),
    levels: ladder(
      ['行っていない。', 'No.'],
      ['求められたときに意見を述べる。', 'Gives opinions when asked.'],
      ['年に数回、自ら提案している。', 'Makes its own proposals a few times a year.'],
      ['提案が経営判断に採用された例がある。', 'Proposals have been adopted in management decisions.'],
      ['提案が経営の定例の議題になっている。', 'Proposals are a standing item on the management agenda.'],
    ),
    tags: tags([5, 3], [4], ['5']),
  },
  {
    id: 'm9.shared-vocabulary',
    module: 'm9',
    tracks: LISTED,
    type: 'maturity',
    prompt: t(
      '経営・開発・営業・知財の担当が、知財や強みについて共通の言葉で話せていますか。',
      'Do management, development, sales and IP staff talk about IP and strengths in a shared language?',
    ),
    glossary: ['management-design-sheet'],
    help: t(
      '共通の言葉と話し合う場がないことが、部門をまたぐ取り組みの壁になりがちです。',
      'Lacking a shared language and a place to talk is a common barrier to cross-department work.',
    ),
    levels: ladder(
      ['話が通じないと感じる。', 'We often talk past each other.'],
      ['一部の人の間では通じる。', 'Only some people understand each other.'],
      ['用語集や説明資料を用意している。', 'There is a glossary or explanatory material.'],
      [
        '共通の資料（経営デザインシートなど）を使って定期的に話し合っている。',
        'Shared tools (e.g. the management design sheet) are used in regular discussions.',
      ],
      [
        '共通の言葉で将来の事業を議論し、決定につなげている。',
        'Future business is discussed in a shared language and leads to decisions.',
      ],
    ),
    tags: tags([5], [4], ['5']),
  },
];
