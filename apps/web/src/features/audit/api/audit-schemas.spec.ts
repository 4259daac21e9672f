import type { AuditEvent } from '@ipgn/contracts';
import { page } from '../../../testing/mock-api';
import { ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls } from '../../../testing/checked-calls';
import { auditApi } from './audit-api';

const event: AuditEvent = {
  id: 'ev-1',
  action: 'workshop.created',
  actor: { userId: 'user-1', displayName: '山田花子' },
  target: 'w-1',
  targetRef: { kind: 'workshop', title: '知財戦略ワークショップ' },
  data: { departments: ['ip', 'rnd'] },
  createdAt: '2026-11-20T00:00:00.000Z',
};
const gone: AuditEvent = { ...event, id: 'ev-2', actor: null, target: null, targetRef: null, data: {} };

describe('audit API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'list',
      route: `GET /api/orgs/${ORG_ID}/audit`,
      call: (client) => auditApi.list(client, ORG_ID),
      answer: page([event, gone]),
      drifted: page([event, { ...gone, targetRef: { kind: 'workshop' } }]),
      driftPath: 'items[1].targetRef',
    },
  ]);
});
