/** What happened, for the in-app list and the e-mail (each kind has a text in both languages). */
export const NOTIFICATION_KINDS = [
  'review_requested',
  'draft_approved',
  'changes_requested',
  'draft_published',
  'question_asked',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** One notification of the signed-in member in one organization. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** The draft it is about (review, approval, changes, publication); null for an investor question. */
  draftId: string | null;
  /** The draft's or the publication's title at the time. */
  title: string;
  /** Who did it (display name; null when the account is gone or for an investor's question). */
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}
