import { t } from '../../i18n/localized-text';
import { SME, ladder, option, tags } from '../../bank/bank-builders';
import { Question } from '../../bank/question';

// 取引と契約 — the scenes of the SME Agency's 知的財産取引に関するガイドライン (REFERENCE §5.5), in the owner's words.
export const SME_DEALS_QUESTIONS: readonly Question[] = [
  {
    id: 'sme-deals.drawing-requests',
    module: 'sme-deals',
    tracks: SME,
    type: 'single',
    prompt: t(
      'お客様から、図面、設計データ、作り方のこつを求められたことはありますか。',
      'Have customers asked you for drawings, design data or how you make things?',
    ),
    help: t('見積もりや工場見学のときに求められることもあります。', 'It can happen during a quote or a factory visit.'),
    options: [
      option('never', 'ない', 'Never'),
      option('sometimes', 'ときどきある', 'Sometimes'),
      option('often', 'よくある', 'Often'),
    ],
    tags: tags([3], [4], ['5']),
  },
  {
    id: 'sme-deals.drawing-terms',
    module: 'sme-deals',
    tracks: SME,
    showIf: { question: 'sme-deals.drawing-requests', in: ['sometimes', 'often'] },
    type: 'single',
    prompt: t(
      '渡すとき、何に使うかと代金を、書面で決めていますか。',
      'When you hand them over, do you agree in writing what they are for and what you are paid?',
    ),
    help: t(
      '目的と代金を決めずに渡すと、よその工場で同じ物を作られることがあります。',
      'Without an agreed purpose and price, the same part may end up made at another factory.',
    ),
    options: [
      option('free', '決めずに、無料で渡している', 'We hand them over free, with nothing agreed', 0),
      option('verbal', '口で決めている', 'Agreed verbally', 1),
      option('sometimes-written', 'ときどき書面で決めている', 'Sometimes agreed in writing', 2),
      option(
        'always-written',
        'いつも書面で決め、代金も受け取っている',
        'Always agreed in writing, and we are paid',
        4,
      ),
    ],
    weight: 2,
    tags: tags([3], [4], ['5']),
  },
  {
    id: 'sme-deals.nda-first',
    module: 'sme-deals',
    tracks: SME,
    type: 'maturity',
    prompt: t(
      '新しい相手と技術の話をする前に、秘密保持契約を結んでいますか。',
      'Before you discuss your technology with a new partner, do you sign a non-disclosure agreement?',
    ),
    help: t(
      '話す前に結ぶのが大切です。中小企業庁が契約書のひな形を公開しています。',
      'Sign it before you talk. The SME Agency publishes model contracts.',
    ),
    glossary: ['nda', 'ip-trade-guideline'],
    levels: ladder(
      ['結んでいない。', 'No.'],
      ['相手に言われたときだけ結ぶ。', 'Only when the other side asks.'],
      ['大事な相手とは結ぶ。', 'With important partners.'],
      ['技術の話をする前には必ず結ぶ。', 'Always, before any technical discussion.'],
      ['必ず結び、何を見せたかも記録している。', 'Always, and we record what we showed.'],
    ),
    tags: tags([3, 5], [4], ['5']),
  },
  {
    id: 'sme-deals.joint-work',
    module: 'sme-deals',
    tracks: SME,
    type: 'single',
    prompt: t(
      'お客様と一緒に、新しい製品の開発や試作をしていますか。',
      'Do you develop new products or make prototypes together with customers?',
    ),
    help: t(
      '一緒に作った成果が誰のものかで、後でもめることがあります。',
      'Who owns the results of joint work is a common source of disputes later.',
    ),
    options: [option('no', 'していない', 'No'), option('yes', 'している', 'Yes')],
    tags: tags([3], [4], ['5']),
  },
  {
    id: 'sme-deals.joint-ownership',
    module: 'sme-deals',
    tracks: SME,
    showIf: { question: 'sme-deals.joint-work', equals: 'yes' },
    type: 'single',
    prompt: t(
      'その成果が誰のものになるか、始める前に書面で決めていますか。',
      'Do you agree in writing, before you start, who will own the results?',
    ),
    help: t(
      '試作品や技術の指導を無料で求められたときも、書面で決めておきましょう。',
      'Agree it in writing too when asked for free prototypes or technical guidance.',
    ),
    options: [
      option('no', '決めていない', 'No', 0),
      option('after', '終わってから話し合う', 'We discuss it afterwards', 1),
      option('before', '始める前に書面で決めている', 'Agreed in writing before we start', 4),
    ],
    tags: tags([3], [4], ['5']),
  },
  {
    id: 'sme-deals.guideline-known',
    module: 'sme-deals',
    tracks: SME,
    type: 'single',
    prompt: t(
      '中小企業庁の「知的財産取引に関するガイドライン」を知っていますか。',
      'Do you know the SME Agency’s guideline on IP in business dealings?',
    ),
    help: t(
      '取引先との間で問題になりやすい場面と、契約書のひな形がまとめられています。',
      'It covers the situations that often cause trouble with customers, with model contracts.',
    ),
    glossary: ['ip-trade-guideline'],
    options: [
      option('no', '知らない', 'No', 0),
      option('heard', '聞いたことはある', 'I have heard of it', 1),
      option('read', '読んだことがある', 'I have read it', 2),
      option('used', 'ひな形を取引に使っている', 'We use its model contracts', 4),
    ],
    tags: tags([3, 5], [4], ['5']),
  },
];
