import { firstSseResponse } from '../../sse-client';
import type { CallTable, Fixture } from './matrix-fixture';

const WORKSHOP_BODY = {
  title: 'matrix WS',
  modules: ['m9'],
  departments: ['ip', 'rnd'],
  anonymity: 'anonymous',
  scheduledAt: '2026-12-10T10:00:00Z',
};
let sharedWorkshopId: string | undefined;
let openSmeRound = '';
async function newWorkshop(f: Fixture, live: boolean): Promise<string> {
  const id = String((await f.owner.post(`/api/orgs/${f.orgId}/workshops`, WORKSHOP_BODY)).body.id);
  if (live) await f.owner.post(`/api/orgs/${f.orgId}/workshops/${id}/start`);
  return id;
}
async function closedWorkshop(f: Fixture): Promise<string> {
  const id = await newWorkshop(f, true);
  await f.owner.post(`/api/orgs/${f.orgId}/workshops/${id}/close`);
  return id;
}
/** One live workshop that the read and control calls share. */
async function sharedWorkshop(f: Fixture): Promise<string> {
  sharedWorkshopId ??= await newWorkshop(f, true);
  return sharedWorkshopId;
}

/** Workshops: managing, running, results and reports, live events, agreeing and applying, joining as a member. */
export const workshopCalls: CallTable = {
  'GET /api/orgs/:orgId/workshops': {},
  'POST /api/orgs/:orgId/workshops': { body: () => WORKSHOP_BODY },
  'GET /api/orgs/:orgId/workshops/:id': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  // Changing, deleting and starting need a draft, closing a live workshop: each allowed call gets its own.
  'PATCH /api/orgs/:orgId/workshops/:id': {
    body: () => ({ title: 'matrix 改題' }),
    params: async (f, allowed) => ({ id: allowed ? await newWorkshop(f, false) : await sharedWorkshop(f) }),
  },
  'DELETE /api/orgs/:orgId/workshops/:id': {
    params: async (f, allowed) => ({ id: allowed ? await newWorkshop(f, false) : await sharedWorkshop(f) }),
  },
  'POST /api/orgs/:orgId/workshops/:id/start': {
    params: async (f, allowed) => ({ id: allowed ? await newWorkshop(f, false) : await sharedWorkshop(f) }),
  },
  'POST /api/orgs/:orgId/workshops/:id/close': {
    params: async (f, allowed) => ({ id: allowed ? await newWorkshop(f, true) : await sharedWorkshop(f) }),
  },
  'POST /api/orgs/:orgId/workshops/:id/reopen': {
    params: async (f, allowed) => ({ id: allowed ? await closedWorkshop(f) : await sharedWorkshop(f) }),
  },
  'PUT /api/orgs/:orgId/workshops/:id/state': {
    body: () => ({ resultsVisible: true }),
    params: async (f) => ({ id: await sharedWorkshop(f) }),
  },
  'GET /api/orgs/:orgId/workshops/:id/results': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  'GET /api/orgs/:orgId/workshops/:id/report.pdf': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  'GET /api/orgs/:orgId/workshops/:id/report.docx': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  'GET /api/orgs/:orgId/workshops/:id/responses.csv': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  'GET /api/orgs/:orgId/workshops/:id/responses.xlsx': { params: async (f) => ({ id: await sharedWorkshop(f) }) },
  'GET /api/orgs/:orgId/workshops/:id/events': {
    params: async (f) => ({ id: await sharedWorkshop(f) }),
    send: (client, path) => firstSseResponse(client.agent.get(path)),
  },
  'PUT /api/orgs/:orgId/workshops/:id/agreed/:questionId': {
    body: () => ({ value: 2 }),
    params: async (f) => ({ id: await sharedWorkshop(f), questionId: 'm9.management-view' }),
  },
  'POST /api/orgs/:orgId/workshops/:id/apply-to-assessment': {
    body: () => ({ assessmentId: openSmeRound }),
    params: async (f) => ((openSmeRound = f.assessmentId), { id: await sharedWorkshop(f) }),
  },
  'POST /api/orgs/:orgId/workshops/:id/join-as-member': {
    body: () => ({ department: 'ip' }),
    params: async (f) => ({ id: await sharedWorkshop(f) }),
  },
};
