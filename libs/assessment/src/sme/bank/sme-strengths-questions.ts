import { t } from '../../i18n/localized-text';
import { SME, ladder, option, tags } from '../../bank/bank-builders';
import { Question } from '../../bank/question';

// お客様に選ばれる理由 — the owner's own words come first; the results start from them.
export const SME_STRENGTHS_QUESTIONS: readonly Question[] = [
  {
    id: 'sme-strengths.why-customers',
    module: 'sme-strengths',
    tracks: SME,
    type: 'text',
    maxLength: 1000,
    prompt: t(
      'お客様が、よその会社ではなくあなたの会社を選ぶ理由は何ですか。',
      'Why do customers choose your company rather than another?',
    ),
    help: t(
      '技術、品質、早さ、デザイン、評判、長い付き合いなど、思いつくまま書いてください。',
      'Skill, quality, speed, design, reputation, long relationships: write whatever comes to mind.',
    ),
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'sme-strengths.kinds',
    module: 'sme-strengths',
    tracks: SME,
    type: 'multiple',
    prompt: t(
      'その理由に近いものを選んでください。いくつ選んでもかまいません。',
      'Pick what comes closest to those reasons. Pick as many as you like.',
    ),
    help: t(
      'これらはどれも目に見えない強みです。守り方がそれぞれ違います。',
      'All of these are invisible strengths. Each is protected differently.',
    ),
    options: [
      option('skill', '職人の技や加工のこつ', 'Craft skills and tricks of the trade'),
      option('process', '独自の作り方や段取り', 'Your own way of making or organising things'),
      option('drawings', '図面や設計のデータ', 'Drawings and design data'),
      option('customer-data', 'お客様の情報や取引の記録', 'Customer information and records'),
      option('names', '会社や商品の名前、評判', 'Company or product names and reputation'),
      option('design', '商品のデザインや見た目', 'Product design and look'),
      option('relationships', 'お客様や仕入先との長い付き合い', 'Long relationships with customers and suppliers'),
      option('patents', '特許などの登録した権利', 'Patents or other registered rights'),
    ],
    glossary: ['patent'],
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'sme-strengths.written-down',
    module: 'sme-strengths',
    tracks: SME,
    type: 'maturity',
    prompt: t(
      'その強みを、社長以外の人にも分かるように書き出していますか。',
      'Have you written those strengths down so that people other than you can understand them?',
    ),
    help: t(
      '書き出すと、社員への引き継ぎや、銀行やお客様への説明が楽になります。',
      'Writing them down makes it easier to hand them on to staff and to explain them to your bank and customers.',
    ),
    levels: ladder(
      ['書き出していない。', 'Not written down.'],
      ['社長のメモや頭の中にある。', 'In my notes or in my head.'],
      ['社内で見られる資料にしている。', 'In a document staff can read.'],
      ['銀行やお客様にも見せられる資料にしている。', 'In a document I can show my bank and customers.'],
      ['毎年見直して、会社の計画づくりに使っている。', 'Reviewed every year and used to plan the business.'],
    ),
    weight: 2,
    tags: tags([1, 3], [1], ['2']),
  },
  {
    id: 'sme-strengths.handover',
    module: 'sme-strengths',
    tracks: SME,
    type: 'single',
    prompt: t(
      '社長やベテランが急に休んでも、その強みは会社に残りますか。',
      'If you or a veteran were suddenly away, would the strength stay in the company?',
    ),
    help: t(
      '技やこつが一人の頭の中だけにあると、その人がいなくなったときに失われます。',
      'Skills that live in one person’s head are lost when that person leaves.',
    ),
    options: [
      option('no', '残らない。その人しかできない', 'No, only that person can do it', 0),
      option('partly', '一部は残る。教えている途中', 'Partly; we are passing it on', 2),
      option(
        'yes',
        '残る。手順やこつを書き残し、何人かができる',
        'Yes; it is written down and several people can do it',
        4,
      ),
    ],
    tags: tags([1, 5], [4], ['5']),
  },
];
