import { t } from '../../i18n/localized-text';
import { SME, ladder, option, tags } from '../../bank/bank-builders';
import { Question } from '../../bank/question';

const HAS_SECRET = { question: 'sme-secrets.has-secret', in: ['yes', 'unsure'] } as const;

// ノウハウを守る — one question per legal requirement of a trade secret (不正競争防止法 2条6項, REFERENCE §5.5).
export const SME_SECRETS_QUESTIONS: readonly Question[] = [
  {
    id: 'sme-secrets.has-secret',
    module: 'sme-secrets',
    tracks: SME,
    type: 'single',
    prompt: t(
      'よその会社に知られたくない作り方、図面、お客様の情報はありますか。',
      'Do you have methods, drawings or customer information you would not want another company to know?',
    ),
    help: t(
      '商売に役立つ情報なら、営業秘密として法律で守られることがあります。これを有用性といいます。',
      'Information that helps your business can be protected by law as a trade secret. This is called usefulness.',
    ),
    glossary: ['trade-secret'],
    options: [option('yes', 'ある', 'Yes'), option('unsure', 'よく分からない', 'Not sure'), option('no', 'ない', 'No')],
    tags: tags([1, 3], [1], ['2']),
  },
  {
    id: 'sme-secrets.marked',
    module: 'sme-secrets',
    tracks: SME,
    showIf: HAS_SECRET,
    type: 'maturity',
    prompt: t(
      'その情報が秘密だと、社員や来た人に分かるようにしていますか。',
      'Do staff and visitors know that this information is secret?',
    ),
    help: t(
      '「マル秘」の表示、鍵のかかる棚、パスワードなどです。秘密と分からないと営業秘密として守られません（秘密管理性）。',
      'For example a "confidential" mark, a locked cabinet or a password. If nobody can tell it is secret, the law does not protect it (managed as a secret).',
    ),
    glossary: ['trade-secret'],
    levels: ladder(
      ['何もしていない。', 'Nothing.'],
      ['口で「秘密だ」と伝えているだけ。', 'We only say it is secret.'],
      ['一部の書類やデータに表示や鍵がある。', 'Some papers or files are marked or locked.'],
      [
        '秘密の情報を一覧にし、すべてに表示や鍵がある。',
        'Secret information is listed, and all of it is marked or locked.',
      ],
      ['一覧を毎年見直し、守られているか確かめている。', 'The list is reviewed every year and we check it is kept.'],
    ),
    weight: 2,
    tags: tags([3, 5], [4], ['5']),
  },
  {
    id: 'sme-secrets.access',
    module: 'sme-secrets',
    tracks: SME,
    showIf: HAS_SECRET,
    type: 'single',
    prompt: t('その情報を見られる人を決めていますか。', 'Have you decided who may see this information?'),
    help: t(
      '誰でも見られる状態だと、秘密として管理しているとは言えません。',
      'If anyone can see it, it is not being managed as a secret.',
    ),
    options: [
      option('anyone', '誰でも見られる', 'Anyone can see it', 0),
      option('roughly', 'だいたい決まっている', 'Roughly decided', 1),
      option('decided', '見られる人を決めている', 'Decided who may see it', 3),
      option('decided-checked', '決めていて、誰が見たか分かる', 'Decided, and we can tell who looked', 4),
    ],
    tags: tags([3, 5], [4], ['5']),
  },
  {
    id: 'sme-secrets.not-public',
    module: 'sme-secrets',
    tracks: SME,
    showIf: HAS_SECRET,
    type: 'single',
    prompt: t(
      'その情報を、カタログ、ホームページ、展示会などで見せたことはありますか。',
      'Have you ever shown this information in a catalogue, on your website or at a trade fair?',
    ),
    help: t(
      '一度世間に知られた情報は、営業秘密として守られません（非公知性）。見せる前に、何を見せるかを決めましょう。',
      'Once information is publicly known it is no longer protected as a trade secret (not publicly known). Decide what to show before you show it.',
    ),
    glossary: ['trade-secret'],
    options: [
      option('shown', '見せたことがある', 'Yes, we have shown it', 0),
      option('unsure', '分からない', 'Not sure', 1),
      option('checked', '見せていない。見せる前に確かめている', 'No; we check before showing anything', 4),
    ],
    tags: tags([3], [4], ['5']),
  },
  {
    id: 'sme-secrets.staff-promise',
    module: 'sme-secrets',
    tracks: SME,
    showIf: HAS_SECRET,
    type: 'maturity',
    prompt: t(
      '社員と、秘密を守る約束を書面でしていますか。辞めた後のことも含みます。',
      'Have staff promised in writing to keep secrets, including after they leave?',
    ),
    help: t(
      '就業規則や誓約書に書いておくと、辞めた人が情報を持ち出したときに対応しやすくなります。',
      'Rules of employment or a signed pledge make it easier to act if a leaver takes information.',
    ),
    levels: ladder(
      ['約束していない。', 'No.'],
      ['口でお願いしているだけ。', 'Only asked verbally.'],
      ['就業規則に書いてある。', 'It is in the rules of employment.'],
      [
        '就業規則に加え、入社時と退職時に誓約書をもらっている。',
        'In the rules, plus a signed pledge on joining and on leaving.',
      ],
      [
        '誓約書で守る情報を具体的に示し、毎年説明している。',
        'The pledge names the information, and we explain it every year.',
      ],
    ),
    tags: tags([3, 5], [4], ['5']),
  },
];
