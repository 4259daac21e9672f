import { t } from '../../i18n/localized-text';
import { SME, ladder, option, tags } from '../bank-builders';
import { Question } from '../question';

// Plain-language questions for SMEs and startups (REFERENCE §5.4, §10 M10).
export const M10_QUESTIONS: readonly Question[] = [
  {
    id: 'm10.why-customers-choose',
    module: 'm10',
    tracks: SME,
    type: 'text',
    maxLength: 2000,
    prompt: t(
      'お客様がライバルではなくあなたの会社を選ぶ理由は何ですか。',
      'Why do customers choose you rather than your rivals?',
    ),
    help: t(
      '技術、デザイン、評判、ノウハウ、長い付き合いなど、思いつくまま書いてください。',
      'Technology, design, reputation, know-how, long relationships — write whatever comes to mind.',
    ),
    glossary: ['know-how'],
    tags: tags([1], [1], ['2']),
  },
  {
    id: 'm10.strengths-written',
    module: 'm10',
    tracks: SME,
    type: 'maturity',
    prompt: t('その強みを、文章や資料にまとめていますか。', 'Have you written those strengths down?'),
    help: t(
      '書き出すことで、社員への引き継ぎや銀行・取引先への説明がしやすくなります。',
      'Writing them down makes it easier to pass them on to staff and explain them to banks and customers.',
    ),
    levels: ladder(
      ['まとめていない。', 'Not written down.'],
      ['経営者のメモ程度。', 'Only the owner’s notes.'],
      ['社内向けの資料にまとめている。', 'Summarised in an internal document.'],
      ['社外（銀行・取引先）にも使える資料になっている。', 'The document is usable with banks and customers too.'],
      ['定期的に見直し、経営の計画に使っている。', 'Reviewed regularly and used in business planning.'],
    ),
    tags: tags([1, 3], [3], ['2']),
  },
  {
    id: 'm10.trademark-registration',
    module: 'm10',
    tracks: SME,
    type: 'single',
    prompt: t(
      '会社名や主な商品・サービス名を商標として登録していますか。',
      'Have you registered your company name and main product or service names as trademarks?',
    ),
    help: t(
      '登録していないと、他社に先に登録されて名前を使えなくなるおそれがあります。',
      'Without registration, someone else may register the name first and stop you using it.',
    ),
    glossary: ['trademark'],
    options: [
      option('no', '登録していない', 'No', 0),
      option('unsure', '分からない', 'Not sure', 0),
      option('some', '一部を登録している', 'Some of them', 2),
      option('all-main', '主なものはすべて登録している', 'All the main ones', 4),
    ],
    tags: tags([1, 5], [], ['2']),
  },
  {
    id: 'm10.confidentiality-rules',
    module: 'm10',
    tracks: SME,
    type: 'maturity',
    prompt: t(
      '社外に漏らしたくない情報について、社員や取引先と秘密を守る約束をしていますか。',
      'Do you have confidentiality agreements with staff and business partners for information that must not leak?',
    ),
    help: t(
      '秘密保持契約（NDA）や就業規則での取り決めなどです。',
      'For example non-disclosure agreements (NDAs) or rules in your employment regulations.',
    ),
    levels: ladder(
      ['していない。', 'No.'],
      ['口頭でお願いしている。', 'Verbal requests only.'],
      [
        '取引先とは契約しているが、社員とはしていない（またはその逆）。',
        'Agreements with partners but not with staff (or the reverse).',
      ],
      ['社員・取引先の両方と書面で約束している。', 'Written agreements with both staff and partners.'],
      [
        '対象の情報を特定し、守られているか定期的に確認している。',
        'The information is identified and compliance is checked regularly.',
      ],
    ),
    tags: tags([3, 5], [], ['2']),
  },
  {
    id: 'm10.invention-ownership',
    module: 'm10',
    tracks: SME,
    type: 'single',
    prompt: t(
      '社員や外注先が作った発明・デザイン・プログラムの権利が会社のものになるよう、取り決めていますか。',
      'Have you agreed that inventions, designs and software made by staff or contractors belong to the company?',
    ),
    help: t(
      '取り決めがないと、外注先が作ったプログラムを自由に直せないなどの問題が起きます。',
      'Without an agreement you may, for example, be unable to modify software a contractor wrote.',
    ),
    options: [
      option('no', '取り決めていない', 'No', 0),
      option('informal', '口頭の了解だけ', 'Only a verbal understanding', 1),
      option(
        'partly',
        '一部（社員だけ、外注先だけ）を書面で取り決めている',
        'In writing for some (staff only or contractors only)',
        2,
      ),
      option('written', '社員・外注先とも書面で取り決めている', 'In writing for both staff and contractors', 4),
    ],
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm10.expert-access',
    module: 'm10',
    tracks: SME,
    type: 'single',
    prompt: t(
      '知財について相談できる専門家や窓口がありますか。',
      'Do you have an expert or help desk you can consult about IP?',
    ),
    glossary: ['patent'],
    help: t('弁理士や、公的な知財の相談窓口などです。', 'For example a patent attorney or a public IP help desk.'),
    options: [
      option('none', 'ない', 'No', 0),
      option('know-of', '心当たりはあるが相談したことはない', 'We know of one but have never used it', 1),
      option('occasional', '必要なときに相談している', 'We consult when needed', 3),
      option('regular', '定期的に相談している', 'We consult regularly', 4),
    ],
    tags: tags([5], [4], ['5']),
  },
  {
    id: 'm10.bank-tools',
    module: 'm10',
    tracks: SME,
    type: 'single',
    prompt: t(
      '銀行との話で、知財ビジネス評価書や経営デザインシートなど、目に見えない強みを伝える資料を使ったことはありますか。',
      'Have you used documents such as an IP business evaluation report or a management design sheet to show your invisible strengths to a bank?',
    ),
    help: t(
      'どちらも中小企業の強みを金融機関に伝えるために使われてきた資料です。',
      'Both have been used to help SMEs convey their strengths to lenders.',
    ),
    glossary: ['ip-business-evaluation', 'management-design-sheet'],
    options: [
      option('unknown', '知らなかった', 'Did not know about them', 0),
      option('aware', '知っているが使ったことはない', 'Aware, never used', 1),
      option('prepared', '作成したが、銀行には見せていない', 'Prepared one, not shown to the bank', 2),
      option('used', '銀行との話で使った', 'Used it with the bank', 4),
    ],
    tags: tags([7, 6], [3], ['6']),
  },
  {
    id: 'm10.fundraising',
    module: 'm10',
    tracks: SME,
    type: 'single',
    prompt: t(
      '今後3年以内に、出資（株式による資金調達）を受ける予定はありますか。',
      'Do you plan to raise equity funding within the next three years?',
    ),
    help: t(
      '予定がある場合は、投資家に向けた質問が追加されます。',
      'If so, questions for investor conversations are added.',
    ),
    options: [
      option('no', '予定はない', 'No'),
      option('maybe', '検討中', 'Considering it'),
      option('yes', '予定している・調達中', 'Yes, planned or under way'),
    ],
    tags: tags([7], [], ['6']),
  },
  {
    id: 'm10.ip-for-valuation',
    module: 'm10',
    tracks: SME,
    showIf: { question: 'm10.fundraising', in: ['maybe', 'yes'] },
    type: 'maturity',
    prompt: t(
      '投資家に、どの知財が会社の価値を支え、他社の権利に邪魔されずに事業ができるか（FTO）を説明できますか。',
      'Can you explain to investors which IP supports your valuation and that you are free to operate without infringing others’ rights (FTO)?',
    ),
    help: t(
      '出資の検討では、知財の裏付けと他社権利のリスクがよく確認されます。',
      'Investors commonly check the IP behind a company and the risk from others’ rights.',
    ),
    glossary: ['freedom-to-operate'],
    levels: ladder(
      ['説明できない。', 'We cannot.'],
      ['強みは話せるが、知財との関係は説明できない。', 'We can talk about strengths but not link them to IP.'],
      ['主な知財と強みの関係を説明できる。', 'We can link our main IP to our strengths.'],
      [
        '知財の一覧と他社権利の調査結果を資料にしている。',
        'We have an IP list and the results of a rights check in writing.',
      ],
      ['専門家の確認を受けた資料で説明できる。', 'We can explain with material reviewed by an expert.'],
    ),
    tags: tags([1, 7], [1], ['2', '6']),
  },
  {
    id: 'm10.support-programmes',
    module: 'm10',
    tracks: SME,
    type: 'multiple',
    prompt: t(
      '使ったことのある公的な支援はどれですか（当てはまるものをすべて）。',
      'Which public support have you used? (Select all that apply.)',
    ),
    help: t(
      '今後の行動計画で、使える支援を案内するために使います。',
      'Used to point you to support in your action plan.',
    ),
    options: [
      option('ip-desk', '公的な知財相談窓口', 'Public IP help desk', 1),
      option('subsidy', '出願費用などの補助金', 'Subsidies for filing costs', 1),
      option('evaluation-report', '知財ビジネス評価書', 'IP business evaluation report', 1),
      option('design-sheet-workshop', '経営デザインシートの作成支援', 'Help preparing a management design sheet', 1),
      option('none', '使ったことはない', 'None', 0, true),
    ],
    glossary: ['ip-business-evaluation', 'management-design-sheet'],
    tags: tags([5], [], ['5']),
  },
];
