import { t } from '../../i18n/localized-text';
import { SME, option, tags } from '../../bank/bank-builders';
import { Question } from '../../bank/question';

// 相談先と銀行 — free help nearby, money set aside, and talking to the bank about invisible strengths.
export const SME_HELP_QUESTIONS: readonly Question[] = [
  {
    id: 'sme-help.advisers',
    module: 'sme-help',
    tracks: SME,
    type: 'single',
    prompt: t(
      '名前や技術の守り方について、相談できる人や窓口はありますか。',
      'Is there a person or help desk you can ask about protecting your names and technology?',
    ),
    help: t(
      '各都道府県に、無料で相談できる公的な窓口があります。結果の画面でご案内します。',
      'Every prefecture has a free public help desk. Your results show where.',
    ),
    options: [
      option('none', 'ない', 'No', 0),
      option('know-of', '心当たりはあるが、相談したことはない', 'I know of one but have never asked', 1),
      option('sometimes', '困ったときに相談している', 'I ask when there is a problem', 3),
      option('regular', '決まった相談先に、定期的に相談している', 'I ask a regular adviser regularly', 4),
    ],
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'sme-help.budget',
    module: 'sme-help',
    tracks: SME,
    type: 'single',
    prompt: t(
      '名前や技術を守るために、今年使えるお金はどのくらいですか。',
      'How much could you spend this year on protecting your names and technology?',
    ),
    help: t('次にやることを、使えるお金に合わせてご案内します。', 'Your next steps are fitted to what you can spend.'),
    options: [
      option('zero', '使えない（0円）', 'Nothing (¥0)'),
      option('under-10', '10万円まで', 'Up to ¥100,000'),
      option('10-50', '10万〜50万円', '¥100,000–500,000'),
      option('over-50', '50万円より多く', 'More than ¥500,000'),
    ],
    tags: tags([4], [3], ['4']),
  },
  {
    id: 'sme-help.bank-talk',
    module: 'sme-help',
    tracks: SME,
    type: 'single',
    prompt: t(
      '銀行と話すとき、目に見えない強みも伝えていますか。',
      'When you talk to your bank, do you also explain your invisible strengths?',
    ),
    help: t(
      '経営デザインシートやロカベンは、銀行と強みを話し合うために使われています。このアプリから書き出せます。',
      'The management design sheet and Locaben are used to discuss strengths with banks. You can export them from this app.',
    ),
    glossary: ['management-design-sheet', 'locaben'],
    options: [
      option('no', '伝えていない', 'No', 0),
      option('verbal', '口で伝えている', 'Verbally', 2),
      option('sheet', 'シートや資料にして伝えている', 'With a sheet or document', 4),
    ],
    tags: tags([7], [3], ['6']),
  },
];
