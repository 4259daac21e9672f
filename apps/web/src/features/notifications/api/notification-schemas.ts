import * as z from 'zod/mini';
import { NOTIFICATION_KINDS, type NotificationList, type NotificationView } from '@ipgn/contracts';

// Runtime schemas of the notification API's answers, loaded with the bell's first call.

export const notificationSchema: z.ZodMiniType<NotificationView> = z.looseObject({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  draftId: z.nullable(z.string()),
  title: z.string(),
  actorName: z.nullable(z.string()),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});

export const notificationListSchema: z.ZodMiniType<NotificationList> = z.looseObject({
  items: z.array(notificationSchema),
  unread: z.number(),
});
