import { t } from '../../i18n/localized-text';
import { SME, option, tags } from '../../bank/bank-builders';
import { Question } from '../../bank/question';

const SELLS_ABROAD = { question: 'sme-brand.sells-abroad', in: ['yes', 'planning'] } as const;

// 名前と海外 — trademarks at home and in export markets; the export questions appear only for exporters.
export const SME_BRAND_QUESTIONS: readonly Question[] = [
  {
    id: 'sme-brand.trademark',
    module: 'sme-brand',
    tracks: SME,
    type: 'single',
    prompt: t(
      '会社名や主な商品の名前を、商標として登録していますか。',
      'Have you registered your company name and main product names as trademarks?',
    ),
    help: t(
      '登録していないと、よその会社に先に登録され、その名前を使えなくなるおそれがあります。',
      'Without registration, another company may register the name first and stop you using it.',
    ),
    glossary: ['trademark'],
    options: [
      option('no', '登録していない', 'No', 0),
      option('unsure', '分からない', 'Not sure', 0),
      option('some', '一部を登録している', 'Some of them', 2),
      option('all-main', '主なものはすべて登録している', 'All the main ones', 4),
    ],
    weight: 2,
    tags: tags([1, 3], [4], ['2']),
  },
  {
    id: 'sme-brand.sells-abroad',
    module: 'sme-brand',
    tracks: SME,
    type: 'single',
    prompt: t(
      '海外のお客様に売っていますか。代理店や通信販売も含みます。',
      'Do you sell to customers abroad, including through agents or online?',
    ),
    help: t(
      '売っていない場合、海外についての質問は出てきません。',
      'If not, the questions about other countries are skipped.',
    ),
    options: [
      option('no', '売っていない', 'No'),
      option('planning', 'これから売りたい', 'Not yet, but we plan to'),
      option('yes', '売っている', 'Yes'),
    ],
    tags: tags([2], [2], ['2']),
  },
  {
    id: 'sme-brand.export-trademark',
    module: 'sme-brand',
    tracks: SME,
    showIf: SELLS_ABROAD,
    type: 'single',
    prompt: t(
      '売っている国や売りたい国で、商品の名前を商標として登録していますか。',
      'Have you registered your product names as trademarks in the countries where you sell or want to sell?',
    ),
    help: t(
      '商標は国ごとに登録します。日本で登録していても、よその国では守られません。',
      'Trademarks are registered country by country. A Japanese registration does not protect you elsewhere.',
    ),
    glossary: ['trademark'],
    options: [
      option('no', '登録していない', 'No', 0),
      option('unsure', '分からない', 'Not sure', 0),
      option('some', '一部の国で登録している', 'In some of those countries', 2),
      option('all', '売る国すべてで登録している', 'In every country we sell to', 4),
    ],
    weight: 2,
    tags: tags([3], [4], ['2']),
  },
  {
    id: 'sme-brand.copies-seen',
    module: 'sme-brand',
    tracks: SME,
    showIf: SELLS_ABROAD,
    type: 'single',
    prompt: t(
      '海外で、あなたの会社の名前や商品をまねた物を見たことはありますか。',
      'Have you seen copies of your names or products abroad?',
    ),
    help: t(
      'まねた物があれば、早めに相談するほど打てる手が多くなります。',
      'If there are copies, the sooner you ask for help the more you can do.',
    ),
    options: [option('no', 'ない', 'No'), option('unsure', '分からない', 'Not sure'), option('yes', 'ある', 'Yes')],
    tags: tags([2], [2], ['2']),
  },
];
