import { ORGANIZATION_ROLES, roleHasPermission, type Permission } from '@ipgn/contracts';
import { fillPath, key, listRoutes, type RouteInfo } from './route-catalog';
import { assessmentCalls } from './support/role-matrix/assessment-calls';
import { documentCalls } from './support/role-matrix/document-calls';
import { buildMatrixFixture, type CallTable, type Fixture } from './support/role-matrix/matrix-fixture';
import { organizationCalls } from './support/role-matrix/organization-calls';
import { workshopCalls } from './support/role-matrix/workshop-calls';
import { useTestApp } from './support/use-test-app';

/** How to call each permission route as a member, one table per topic (support/role-matrix/). */
const TABLES: CallTable[] = [organizationCalls, assessmentCalls, documentCalls, workshopCalls];
const CALLS = TABLES.reduce<CallTable>((all, table) => ({ ...all, ...table }), {});

describe('role × permission matrix: the API enforces ROLE_PERMISSIONS on every permission route', () => {
  const s = useTestApp();
  let routes: RouteInfo[];
  let fixture: Fixture;

  beforeAll(async () => {
    routes = listRoutes(s.t.app).filter((r) => r.permission !== undefined);
    fixture = await buildMatrixFixture(s.ctx, s.t.db);
  });

  it('knows how to call every permission route', () => {
    // Each route in exactly one topic table (a route in two would hide one of its two call recipes).
    expect(TABLES.reduce((n, table) => n + Object.keys(table).length, 0)).toBe(Object.keys(CALLS).length);
    expect(routes.map(key).sort()).toEqual(Object.keys(CALLS).sort());
  });

  it('allows (2xx) exactly the roles holding the permission and refuses the others with 403 FORBIDDEN', async () => {
    const pairs = new Set<string>();
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of routes) {
      const permission = route.permission as Permission;
      const how = CALLS[key(route)];
      for (const role of ORGANIZATION_ROLES) {
        const allowed = roleHasPermission(role, permission);
        const params = {
          orgId: fixture.orgId,
          userId: fixture.target,
          invitationId: fixture.invitationId,
          id: fixture.assessmentId,
          otherId: fixture.assessmentId,
          moduleId: 'sme-strengths',
          ...(await how.params?.(fixture, allowed, role)),
        };
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const client = fixture.members.get(role)!;
        const path = fillPath(route.path, params);
        const res = how.send ? await how.send(client, path) : await client.send(method, path, how.body?.());
        const got = res.status >= 200 && res.status < 300 ? 'allowed' : `${res.status} ${String(res.body?.code)}`;
        outcomes.push(`${role} ${key(route)} [${permission}] → ${got}`);
        expected.push(
          `${role} ${key(route)} [${permission}] → ${how.outcome?.(role, allowed) ?? (allowed ? 'allowed' : '403 FORBIDDEN')}`,
        );
        pairs.add(`${role}:${permission}`);
      }
    }
    expect(outcomes).toEqual(expected);
    // 6 roles × 17 permissions that have routes today (9 + 22 assessment (3 of them SME results and bank sheets, 6 planning/transfer,
    // 2 validation) + 7 disclosure (one of them the LLM second opinion) + 19 draft (one of them renaming a publication) + 4 dialogue routes in all).
    // … plus 18 workshop routes (workshop:run, and assessment:read to view, join or download the report), 3 notification routes,
    // and 3 benchmark routes (participation read and switch, "where we stand" for a round).
    expect(outcomes).toHaveLength(6 * (9 + 22 + 7 + 19 + 4 + 18 + 3 + 3));
    expect(pairs.size).toBe(6 * (6 + 4 + 2 + 4 + 1 + 1));
    // Over 500 real calls, many of them preparing a draft through the review cycle or a round in validation first.
  }, 180_000);

  it('leaves the refused calls without effect: the target member is still a viewer, the invitation still pending', async () => {
    const list = await fixture.owner.get(`/api/orgs/${fixture.orgId}/members`);
    expect((list.body.items as { userId: string; role: string }[]).find((m) => m.userId === fixture.target)?.role).toBe(
      'viewer',
    );
    const invitations = await fixture.owner.get(`/api/orgs/${fixture.orgId}/invitations`);
    // Revoked by the allowed roles (owner, admin) — idempotent — but never by a refused one: check through the audit trail.
    // Every page of the trail (the validation calls alone write well over a hundred events).
    const items: unknown[] = [];
    for (let offset = 0, more = true; more; offset += 200) {
      const page = await fixture.owner.get(`/api/orgs/${fixture.orgId}/audit?limit=200&offset=${offset}`);
      items.push(...(page.body.items as unknown[]));
      more = page.body.hasMore === true;
    }
    const audit = { body: { items } };
    const revokes = (audit.body.items as { action: string; actor: { userId: string } | null }[]).filter(
      (e) => e.action === 'invitation.revoked',
    );
    expect(revokes.map((e) => e.actor?.userId)).toEqual([fixture.members.get('owner')!.user!.id]);
    expect(
      (invitations.body.items as { id: string; status: string }[]).find((i) => i.id === fixture.invitationId)?.status,
    ).toBe('revoked');
    const removed = (audit.body.items as { action: string; actor: { userId: string } | null }[]).filter(
      (e) => e.action === 'member.removed',
    );
    expect(removed.map((e) => e.actor?.userId).sort()).toEqual(
      [fixture.members.get('owner')!.user!.id, fixture.members.get('admin')!.user!.id].sort(),
    );
    expect((await fixture.owner.get(`/api/orgs/${fixture.orgId}/disclosures/${fixture.disclosureId}`)).status).toBe(
      200,
    );
    const draft = await fixture.owner.get(`/api/orgs/${fixture.orgId}/drafts/${fixture.draftId}`);
    expect({ status: draft.body.status, version: draft.body.currentVersion }).toEqual({ status: 'draft', version: 1 });
    expect((draft.body.comments as { author: { userId: string } }[]).map((c) => c.author.userId).sort()).toEqual(
      (['owner', 'admin', 'contributor', 'reviewer', 'advisor'] as const)
        .map((r) => fixture.members.get(r)!.user!.id)
        .sort(),
    );
  });
});
