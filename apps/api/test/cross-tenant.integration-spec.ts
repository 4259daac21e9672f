import { randomUUID } from 'node:crypto';
import { key, listRoutes, pathParams, type RouteInfo } from './route-catalog';
import { ORG_SCOPED_CASES } from './support/cross-tenant/org-scoped-cases';
import {
  buildTwoTenants,
  callsWith,
  expectAll,
  send,
  type Call,
  type TwoTenants,
} from './support/cross-tenant/two-tenants';
import type { Client } from './test-app';
import { useTestApp } from './support/use-test-app';

describe('cross-tenant isolation: organization B never reaches organization A', () => {
  const s = useTestApp();
  let orgRoutes: RouteInfo[];
  let w: TwoTenants;

  beforeAll(async () => {
    orgRoutes = listRoutes(s.t.app).filter((r) => pathParams(r.path).includes('orgId'));
    w = await buildTwoTenants(s.ctx, s.t.db);
  });

  /** Each org-scoped route called with `orgId` and A's child ids (`onlyWithChildIds`: the routes that take one). */
  const callsOf = (orgId: string, onlyWithChildIds: boolean) => callsWith(orgRoutes, w, orgId, onlyWithChildIds);
  const expectNone = (client: Client, list: Call[], status: number, code: string) =>
    expectAll(s.t.db, w, client, list, status, code);

  it('covers every organization-scoped route of the app (a new one must be added here)', () => {
    expect(orgRoutes.map(key).sort()).toEqual(Object.keys(ORG_SCOPED_CASES).sort());
    for (const route of orgRoutes) {
      expect({
        route: key(route),
        unknownParams: pathParams(route.path).filter(
          (p) =>
            ![
              'orgId',
              'userId',
              'invitationId',
              'id',
              'otherId',
              'questionId',
              'moduleId',
              'sectionId',
              'a',
              'b',
            ].includes(p),
        ),
      }).toEqual({
        route: key(route),
        unknownParams: [],
      });
    }
  });

  it('sanity: the same calls work for A’s own owner on the read routes (so 404 below means isolation, not a broken call)', async () => {
    for (const call of callsOf(w.orgA, false).filter((c) => c.route.method === 'GET')) {
      expect({ call: call.label, status: (await send(w.ownerA, call)).status }).toEqual({
        call: call.label,
        status: 200,
      });
    }
  });

  it('gives the owner of B exactly 404 NOT_FOUND on every route with A’s organization id, and changes nothing', async () => {
    const calls = callsOf(w.orgA, false);
    expect(calls.length).toBeGreaterThanOrEqual(orgRoutes.length);
    await expectNone(w.ownerB, calls, 404, 'NOT_FOUND');
  });

  it('gives an admin of B exactly 404 NOT_FOUND too, and changes nothing', async () => {
    await expectNone(w.memberB, callsOf(w.orgA, false), 404, 'NOT_FOUND');
  });

  it('gives 404 when B uses its own organization id with A’s member and invitation ids, and changes nothing', async () => {
    const calls = callsOf(w.orgB, true);
    // PATCH and DELETE of a member (two of A's users each) and DELETE of an invitation; 20 assessment routes on A's round
    // (incl. planning, round export and import, the validation step, the SME bank sheets as DOCX, the benchmark standing);
    // 4 disclosure routes on A's scores (one of them the LLM second opinion); 16 draft routes on A's draft and 2 dialogue routes on A's question;
    // 15 workshop routes on A's workshop (incl. the report and raw-response downloads); 1 route on A's notification
    // and 1 on A's publication.
    expect(calls.length).toBe(5 + 20 + 4 + 16 + 2 + 15 + 1 + 1);
    await expectNone(w.ownerB, calls, 404, 'NOT_FOUND');
  });

  it('gives an investor 404 NOT_FOUND on every route of A, and changes nothing', async () => {
    const investor = await s.ctx.newInvestor();
    await expectNone(investor, callsOf(w.orgA, false), 404, 'NOT_FOUND');
  });

  it('gives an anonymous caller 401 UNAUTHENTICATED on every route of A, and changes nothing', async () => {
    await expectNone(s.ctx.client(), callsOf(w.orgA, false), 401, 'UNAUTHENTICATED');
  });

  it('answers an existing foreign organization exactly like a missing or malformed one (nothing to probe)', async () => {
    const bodyFor = async (orgId: string) => {
      const res = await w.ownerB.get(`/api/orgs/${orgId}/members`);
      const { requestId, ...rest } = res.body as Record<string, unknown>;
      expect(typeof requestId).toBe('string');
      return { status: res.status, ...rest };
    };
    const foreign = await bodyFor(w.orgA);
    expect(foreign).toEqual({ status: 404, statusCode: 404, code: 'NOT_FOUND', message: '見つかりません。' });
    expect(await bodyFor(randomUUID())).toEqual(foreign);
    expect(await bodyFor('not-a-uuid')).toEqual(foreign);
  });

  it('leaves B’s pending invitation revocable by B only', async () => {
    const byA = await w.ownerA.delete(`/api/orgs/${w.orgB}/invitations/${w.invitationB}`);
    expect(byA.status).toBe(404);
    const own = await w.ownerB.get(`/api/orgs/${w.orgB}/invitations`);
    expect((own.body.items as { id: string; status: string }[]).find((i) => i.id === w.invitationB)?.status).toBe(
      'pending',
    );
  });
});
