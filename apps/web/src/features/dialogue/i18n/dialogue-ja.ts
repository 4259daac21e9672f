/** Japanese texts of the investor dialogue; dialogue-en.ts has the same keys. */
export const dialogueJa = {
  nav: '投資家からの質問',
  title: '投資家からの質問',
  intro: '公開した開示について投資家から届いた質問です。回答するときに「公開する」を選ぶと、質問と回答が企業ページに表示されます。',
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
} as const;
