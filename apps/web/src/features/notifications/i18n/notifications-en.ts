import type { Messages } from '../../../shared/i18n/messages-ja';

/** Texts of the notification bell (English). */
export const notificationsEn: Messages['notifications'] = {
  buttonUnread: 'Notifications: {{shown}} unread',
  buttonNone: 'Notifications: none unread',
  heading: 'Notifications',
  markAllRead: 'Mark all as read',
  empty: 'No notifications.',
  unread: 'Unread: ',
  someone: 'Someone',
  kinds: {
    review_requested: '{{actor}} asked you to review "{{title}}"',
    draft_approved: '"{{title}}" was approved by {{actor}}',
    changes_requested: '{{actor}} requested changes to "{{title}}"',
    draft_published: '"{{title}}" was published by {{actor}}',
    question_asked: 'New investor question about "{{title}}"',
  },
};
