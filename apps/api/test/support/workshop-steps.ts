import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Client } from '../test-app';
import { useTestApp, type Suite } from './use-test-app';

/** The M9 question set, in the order a workshop built from module m9 asks it. */
export const M9 = [
  'm9.management-view',
  'm9.ip-function-view',
  'm9.future-information',
  'm9.ip-proposals',
  'm9.shared-vocabulary',
];

export interface WorkshopSuite {
  readonly s: Suite;
  /** The organization's owner, its id and an advisor member who runs the workshops (made in `beforeAll`). */
  readonly owner: Client;
  readonly orgId: string;
  readonly advisor: Client;
  /** The app's listening address, for clients that need a real socket (event streams). */
  readonly base: string;
  http: () => request.Agent;
  /** Requests as a workshop participant: the token header, no cookies. */
  asParticipant: (token: string) => {
    get: (path: string) => request.Test;
    put: (path: string, body: object) => request.Test;
  };
  /** A draft workshop made by the advisor (modules m9, departments executive, ip and rnd, unless `extra` says otherwise). */
  newWorkshop: (
    anonymity: 'named' | 'anonymous',
    extra?: Record<string, unknown>,
  ) => Promise<{ id: string; questionIds: string[] }>;
  /** A new workshop started by the advisor, with its join code (`extra` as for `newWorkshop`). */
  liveWorkshop: (
    anonymity: 'named' | 'anonymous',
    extra?: Record<string, unknown>,
  ) => Promise<{ id: string; code: string }>;
  /** A participant's answer (a fresh client request id each time). */
  answer: (token: string, questionId: string, value: number | null) => request.Test;
  /** The facilitator's live controls: `PUT …/state` as the advisor. */
  state: (id: string, body: object) => Promise<request.Response>;
  /** Joins by code without an account; the participant token. */
  join: (code: string, department: string, displayName?: string) => Promise<string>;
  /** The `n` of a `SELECT count(*)::int AS n …` query. */
  count: (sql: string, params: unknown[]) => Promise<number>;
}

/** The app, listening on a free local port, and one organization with an advisor member. */
export function useWorkshopSuite(organizationName: string): WorkshopSuite {
  const s = useTestApp();
  let made: { owner: Client; orgId: string; advisor: Client; base: string } | undefined;
  beforeAll(async () => {
    await s.t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(s.t.app.getHttpServer().address() as AddressInfo).port}`;
    const { owner, orgId } = await s.ctx.newOrganization(organizationName);
    const advisor = await s.ctx.newMember(owner, orgId, 'advisor');
    made = { owner, orgId, advisor, base };
  });
  const get = () => {
    if (!made) throw new Error('useWorkshopSuite: the organization is made in beforeAll; read it inside a test');
    return made;
  };
  const http = (): request.Agent => request(s.t.app.getHttpServer());
  const suite: WorkshopSuite = {
    s,
    get owner() {
      return get().owner;
    },
    get orgId() {
      return get().orgId;
    },
    get advisor() {
      return get().advisor;
    },
    get base() {
      return get().base;
    },
    http,
    asParticipant: (token) => ({
      get: (path) => http().get(path).set('x-participant-token', token),
      put: (path, body) => http().put(path).set('x-participant-token', token).send(body),
    }),
    newWorkshop: async (anonymity, extra = {}) => {
      const res = await get().advisor.post(`/api/orgs/${get().orgId}/workshops`, {
        title: `${anonymity} WS`,
        modules: ['m9'],
        departments: ['executive', 'ip', 'rnd'],
        anonymity,
        scheduledAt: '2026-12-10T10:00:00+09:00',
        ...extra,
      });
      expect(res.status).toBe(201);
      return res.body as { id: string; questionIds: string[] };
    },
    liveWorkshop: async (anonymity, extra) => {
      const w = await suite.newWorkshop(anonymity, extra);
      const started = await get().advisor.post(`/api/orgs/${get().orgId}/workshops/${w.id}/start`);
      expect(started.status).toBe(200);
      return { id: w.id, code: String(started.body.joinCode) };
    },
    answer: (token, questionId, value) =>
      http()
        .put(`/api/participant/answers/${questionId}`)
        .set('x-participant-token', token)
        .send({ value, clientRequestId: randomUUID() }),
    state: (id, body) => get().advisor.send('put', `/api/orgs/${get().orgId}/workshops/${id}/state`, body),
    join: async (code, department, displayName) => {
      const res = await s.ctx
        .client()
        .post('/api/public/workshops/join', { code, department, ...(displayName && { displayName }) });
      expect(res.status).toBe(201);
      return String(res.body.participantToken);
    },
    count: async (sql, params) => ((await s.t.db.query(sql, params)) as { n: number }[])[0].n,
  };
  return suite;
}
