/** Texts of the notification bell (Japanese). */
export const notificationsJa = {
  // The count is shown on the bell, so the name says it outside parentheses (axe reads text in parentheses as an
  // aside and would not find the visible count in the name: label-content-name-mismatch).
  buttonUnread: 'お知らせ 未読 {{shown}} 件',
  buttonNone: 'お知らせ 未読なし',
  heading: 'お知らせ',
  markAllRead: 'すべて既読にする',
  empty: 'お知らせはありません。',
  unread: '未読：',
  someone: '誰か',
  kinds: {
    review_requested: '{{actor}} さんから「{{title}}」のレビュー依頼',
    draft_approved: '「{{title}}」が {{actor}} さんにより承認されました',
    changes_requested: '{{actor}} さんが「{{title}}」に修正を依頼しました',
    draft_published: '「{{title}}」が {{actor}} さんにより公開されました',
    question_asked: '「{{title}}」に投資家から新しい質問',
  },
};
