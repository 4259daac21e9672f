import type { QuestionView, QuestionsSummary } from '@ipgn/contracts';
import { page } from '../../../testing/mock-api';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { dialogueApi } from './dialogue-api';

const asked: QuestionView = {
  id: 'q-1',
  publicationId: 'pub-1',
  publicationTitle: 'コーポレートガバナンス報告書',
  publicationVersion: 2,
  body: '知財の投資額の推移を教えてください。',
  askedBy: { userId: 'inv-1', displayName: '投資家A' },
  askedAt: '2026-11-20T00:00:00.000Z',
  answer: null,
  answeredBy: null,
  answeredAt: null,
  isPublic: false,
};
const answered: QuestionView = {
  ...asked,
  answer: '年次報告書の10ページをご覧ください。',
  answeredBy: { userId: 'user-1', displayName: '山田花子' },
  answeredAt: '2026-11-21T00:00:00.000Z',
  isPublic: true,
};
const summary: QuestionsSummary = { unanswered: 1, total: 2 };
const base = `/api/orgs/${ORG_ID}/questions`;

describe('dialogue API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'list',
      route: `GET ${base}`,
      call: (client) => dialogueApi.list(client, ORG_ID),
      answer: page([asked, answered]),
      drifted: page([asked, { ...answered, answeredBy: 'user-1' }]),
      driftPath: 'items[1].answeredBy',
    },
    {
      name: 'answer',
      route: `POST ${base}/q-1/answer`,
      call: (client) => dialogueApi.answer(client, ORG_ID, 'q-1', answered.answer ?? '', true),
      answer: answered,
      drifted: without(answered, 'isPublic'),
      driftPath: 'isPublic',
    },
    {
      name: 'withdraw',
      route: `DELETE ${base}/q-1/answer`,
      call: (client) => dialogueApi.withdraw(client, ORG_ID, 'q-1'),
      answer: asked,
      drifted: { ...asked, publicationVersion: '2' },
      driftPath: 'publicationVersion',
    },
    {
      name: 'summary',
      route: `GET ${base}/summary`,
      call: (client) => dialogueApi.summary(client, ORG_ID),
      answer: summary,
      drifted: without(summary, 'unanswered'),
      driftPath: 'unanswered',
    },
  ]);
});
