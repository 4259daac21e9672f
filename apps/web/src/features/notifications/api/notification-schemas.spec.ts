import type { NotificationList, NotificationView } from '@ipgn/contracts';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { notificationsApi } from './notifications-api';

const review: NotificationView = {
  id: 'n-1',
  kind: 'review_requested',
  draftId: 'draft-1',
  title: '取締役会向け説明',
  actorName: '山田花子',
  createdAt: '2026-11-20T00:00:00.000Z',
  readAt: null,
};
const question: NotificationView = { ...review, id: 'n-2', kind: 'question_asked', draftId: null, actorName: null };
const list: NotificationList = { items: [review, question], unread: 2 };
const base = `/api/orgs/${ORG_ID}/notifications`;

describe('notification API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'list',
      route: `GET ${base}`,
      call: (client) => notificationsApi.list(client, ORG_ID),
      answer: list,
      drifted: { ...list, items: [review, { ...question, kind: 'question' }] },
      driftPath: 'items[1].kind',
    },
    {
      name: 'markRead',
      route: `POST ${base}/n-1/read`,
      call: (client) => notificationsApi.markRead(client, ORG_ID, 'n-1'),
      answer: { ...review, readAt: '2026-11-21T00:00:00.000Z' },
      drifted: without(review, 'readAt'),
      driftPath: 'readAt',
    },
    {
      name: 'markAllRead',
      route: `POST ${base}/read-all`,
      call: (client) => notificationsApi.markAllRead(client, ORG_ID),
      answer: { ...list, unread: 0 },
      drifted: without(list, 'unread'),
      driftPath: 'unread',
    },
  ]);
});
