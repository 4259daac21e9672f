import { t } from '../../i18n/localized-text';
import { SmeNextStep } from './sme-report-types';

type StepTemplate = Omit<SmeNextStep, 'because'>;

/**
 * What an owner can do this month, what it costs and who helps for free. Costs name only what we know: the
 * owner's own time, that consultation is free, and that official fees exist; never an amount we did not check.
 */
export const SME_STEP_CATALOGUE = {
  'step.secret-list': {
    id: 'step.secret-list',
    title: t(
      '守りたいノウハウを一覧にし、「秘密」と分かるようにする',
      'List the know-how to protect and mark it as secret',
    ),
    thisMonth: t(
      '秘密にしたい作り方、図面、お客様の情報を一枚の紙に書き出します。それぞれに「マル秘」の表示、鍵やパスワード、見られる人を決めます。社員には書面で秘密を守る約束をもらいます。',
      'Write the methods, drawings and customer data to keep secret on one sheet. Mark each, lock it or set a password, and decide who may see it. Ask staff to promise in writing to keep it secret.',
    ),
    cost: t(
      '0円（社内の時間だけ）。窓口への相談は無料です。',
      '¥0 (your own time). Advice from the help desk is free.',
    ),
    freeHelp: ['inpit-ip-desk', 'inpit-trade-secret-desk'],
  },
  'step.deal-paper': {
    id: 'step.deal-paper',
    title: t('図面や技術を渡す前の書面を用意する', 'Prepare the paperwork before drawings or know-how leave'),
    thisMonth: t(
      '中小企業庁が公開している契約書のひな形（秘密保持契約など）を取り寄せます。次に図面やデータを求められたら、使う目的と代金を書面で決めてから渡します。',
      'Get the SME Agency’s published model contracts (such as the NDA). The next time drawings or data are requested, agree the purpose and price in writing before handing them over.',
    ),
    cost: t(
      'ひな形をもとに自社で作れば、かかるのは社内の時間だけです。弁護士に確認を頼む場合は費用がかかります。',
      'Adapting the model yourself costs only your time. Having a lawyer check it costs a fee.',
    ),
    freeHelp: ['yorozu', 'inpit-ip-desk'],
  },
  'step.trademark-abroad': {
    id: 'step.trademark-abroad',
    title: t(
      '一番売りたい国で、名前を登録できるか確かめる',
      'Check whether your name can be registered in your main export market',
    ),
    thisMonth: t(
      '一番売りたい国を一つ決めます。その国で商品の名前がもう登録されていないか、知財総合支援窓口に一緒に調べてもらいます。',
      'Pick the one country that matters most. Ask the IP help desk to check with you whether your product name is already registered there.',
    ),
    cost: t(
      '相談は無料です。外国で登録するときは国ごとに費用がかかります。金額は窓口で確かめてください。',
      'Advice is free. Registering abroad costs fees in each country; ask the desk for the amount.',
    ),
    freeHelp: ['inpit-ip-desk'],
  },
  'step.trademark-home': {
    id: 'step.trademark-home',
    title: t(
      '会社名と主な商品の名前が登録できるか確かめる',
      'Check whether your company and main product names can be registered',
    ),
    thisMonth: t(
      '守りたい名前を三つまで書き出し、知財総合支援窓口で、よその会社がもう登録していないか一緒に調べてもらいます。',
      'Write down up to three names to protect and ask the IP help desk to check with you whether anyone has registered them.',
    ),
    cost: t(
      '相談は無料です。出願するときは特許庁への手数料がかかります。金額は窓口で確かめてください。',
      'Advice is free. Filing costs official fees at the Patent Office; ask the desk for the amount.',
    ),
    freeHelp: ['inpit-ip-desk'],
  },
  'step.handover': {
    id: 'step.handover',
    title: t('ベテランの技を一つ、手順書にする', 'Turn one veteran skill into written steps'),
    thisMonth: t(
      '一人しかできない作業を一つ選び、写真や動画も使って手順とこつを書き残します。書いた手順書も秘密として管理します。',
      'Pick one job only one person can do and record its steps and tricks, with photos or video. Keep the result as a secret too.',
    ),
    cost: t('0円（社内の時間だけ）。', '¥0 (your own time).'),
    freeHelp: ['yorozu'],
  },
  'step.bank-sheet': {
    id: 'step.bank-sheet',
    title: t(
      '強みを経営デザインシートにして、銀行に見せる',
      'Put your strengths on a management design sheet and show your bank',
    ),
    thisMonth: t(
      'このアプリから経営デザインシートとロカベンの非財務の項目を書き出し、次に銀行と会うときに持っていきます。知財ビジネス評価書が使えるかも聞いてみます。',
      'Export the management design sheet and the non-financial part of Locaben from this app and take them to your next bank meeting. Ask whether an IP business evaluation report is available.',
    ),
    cost: t('0円（書き出しはこのアプリで行えます）。', '¥0 (the export is part of this app).'),
    freeHelp: ['ip-finance', 'yorozu'],
  },
  'step.ask-desk': {
    id: 'step.ask-desk',
    title: t('この結果を持って、無料の窓口に相談する', 'Take these results to the free help desk'),
    thisMonth: t(
      '知財総合支援窓口に電話して相談の日を決め、この結果を印刷して持っていきます。',
      'Call the IP help desk, book a time, and bring a printout of these results.',
    ),
    cost: t('無料です（電話代のみ）。', 'Free (only the cost of the call).'),
    freeHelp: ['inpit-ip-desk'],
  },
} as const satisfies Record<string, StepTemplate>;

export type SmeStepId = keyof typeof SME_STEP_CATALOGUE;
