/** Japanese texts of the investor dialogue; dialogue-en.ts has the same keys. */
export const dialogueJa = {
  title: '投資家からの質問',
  intro:
    '公開した開示について投資家から届いた質問です。回答するときに「公開する」を選ぶと、質問と回答が企業ページに表示されます。',
  empty: 'まだ質問は届いていません。',
  about: '「{{title}}」（第{{version}}版）について',
  askedBy: '{{name}}・{{date}}',
  answeredBy: '回答：{{name}}・{{date}}',
  unknown: '不明なユーザー',
  answerLabel: '回答',
  makePublic: '質問と回答を企業ページで公開する',
  send: '回答する',
  sending: '送信中…',
  public: '公開',
  private: '非公開',
  summary: '回答待ち {{unanswered}}件（全{{total}}件）',
  edit: '回答を編集する',
  saveEdit: '編集を保存する',
  cancelEdit: 'キャンセル',
  withdraw: '回答を取り下げる',
  withdrawQuestion:
    'この回答を取り下げますか？ 質問は回答待ちに戻り、公開していた場合は企業ページから消えます。取り下げは監査ログに記録されます。',
  withdrawConfirm: '取り下げる',
} as const;
