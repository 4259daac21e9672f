import { ALL_PERMISSIONS } from '@ipgn/contracts';
import { useTestApp } from './support/use-test-app';
import { key, listExpressRoutes, listRoutes, type RouteInfo } from './route-catalog';

/**
 * Who may call what. Changing this table is changing the API's security: a reviewer sees it in the diff.
 * `public`: anyone; `signed-in`: any account, no organization; `permission:<p>`: a member of `:orgId` whose role holds p.
 */
const EXPECTED: string[] = [
  'DELETE /api/orgs/:orgId/invitations/:invitationId → permission:members:invite',
  'DELETE /api/orgs/:orgId/members/:userId → permission:members:manage',
  'GET /api/auth/csrf → public',
  'GET /api/auth/me → signed-in',
  'GET /api/health → public',
  'GET /api/invitations/:token → public',
  'GET /api/orgs/:orgId → permission:organization:read',
  'GET /api/orgs/:orgId/audit → permission:audit:read',
  'GET /api/orgs/:orgId/invitations → permission:members:read',
  'GET /api/orgs/:orgId/members → permission:members:read',
  'PATCH /api/auth/me → signed-in',
  'PATCH /api/orgs/:orgId → permission:organization:update',
  'PATCH /api/orgs/:orgId/members/:userId → permission:members:manage',
  'POST /api/auth/login → public',
  'POST /api/auth/logout → signed-in',
  'POST /api/auth/password-reset/confirm → public',
  'POST /api/auth/password-reset/request → public',
  'POST /api/auth/signup → public',
  'POST /api/invitations/:token/accept → signed-in',
  'POST /api/organizations → signed-in',
  'POST /api/orgs/:orgId/invitations → permission:members:invite',
  'GET /api/assessment-bank → signed-in',
  'GET /api/orgs/:orgId/assessments → permission:assessment:read',
  'POST /api/orgs/:orgId/assessments → permission:assessment:manage',
  'GET /api/orgs/:orgId/assessments/:id → permission:assessment:read',
  'PUT /api/orgs/:orgId/assessments/:id/answers/:questionId → permission:assessment:answer',
  'PUT /api/orgs/:orgId/assessments/:id/assignments/:moduleId → permission:assessment:manage',
  'POST /api/orgs/:orgId/assessments/:id/submit → permission:assessment:manage',
  'POST /api/orgs/:orgId/assessments/:id/request-validation → permission:assessment:manage',
  'PUT /api/orgs/:orgId/assessments/:id/reviews/:questionId → permission:assessment:validate',
  'GET /api/orgs/:orgId/assessments/:id/results → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/compare/:otherId → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/export.csv → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/export.xlsx → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/export.pdf → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/sme-report → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.xlsx → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.docx → permission:assessment:read',
  // The industry benchmark: anyone who reads the organization sees whether it takes part; only owners and admins
  // switch it; "where we stand" is part of a round's results.
  'GET /api/orgs/:orgId/benchmark-participation → permission:organization:read',
  'PUT /api/orgs/:orgId/benchmark-participation → permission:organization:update',
  'GET /api/orgs/:orgId/assessments/:id/benchmark → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/planning → permission:assessment:read',
  'PUT /api/orgs/:orgId/assessments/:id/planning → permission:assessment:manage',
  'GET /api/orgs/:orgId/assessments/:id/transfer.json → permission:assessment:read',
  'GET /api/orgs/:orgId/assessments/:id/transfer.xlsx → permission:assessment:read',
  'POST /api/orgs/:orgId/assessments/:id/import/preview → permission:assessment:manage',
  'POST /api/orgs/:orgId/assessments/:id/import → permission:assessment:manage',
  'GET /api/disclosure-rubric → public',
  'GET /api/orgs/:orgId/disclosures → permission:disclosure:read',
  'POST /api/orgs/:orgId/disclosures → permission:disclosure:score',
  'POST /api/orgs/:orgId/disclosures/upload → permission:disclosure:score',
  'GET /api/orgs/:orgId/disclosures/:id → permission:disclosure:read',
  'GET /api/orgs/:orgId/disclosures/:id/compare/:otherId → permission:disclosure:read',
  'POST /api/orgs/:orgId/disclosures/:id/second-opinion → permission:disclosure:score',
  'DELETE /api/orgs/:orgId/disclosures/:id → permission:disclosure:score',
  // An investor's own disclosure checks (403 INVESTOR_ONLY for company accounts; another user's id is 404).
  'GET /api/me/disclosure-checks → signed-in',
  'POST /api/me/disclosure-checks → signed-in',
  'POST /api/me/disclosure-checks/upload → signed-in',
  'GET /api/me/disclosure-checks/:id → signed-in',
  'GET /api/me/disclosure-checks/:id/compare/:otherId → signed-in',
  'POST /api/me/disclosure-checks/:id/second-opinion → signed-in',
  'DELETE /api/me/disclosure-checks/:id → signed-in',
  'GET /api/orgs/:orgId/company-facts → permission:draft:read',
  'PUT /api/orgs/:orgId/company-facts → permission:draft:edit',
  'POST /api/orgs/:orgId/drafts → permission:draft:edit',
  'GET /api/orgs/:orgId/drafts → permission:draft:read',
  'GET /api/orgs/:orgId/drafts/:id → permission:draft:read',
  'PUT /api/orgs/:orgId/drafts/:id/sections/:sectionId → permission:draft:edit',
  'GET /api/orgs/:orgId/drafts/:id/versions → permission:draft:read',
  'GET /api/orgs/:orgId/drafts/:id/versions/:a/diff/:b → permission:draft:read',
  'POST /api/orgs/:orgId/drafts/:id/comments → permission:draft:read',
  'POST /api/orgs/:orgId/drafts/:id/submit-for-review → permission:draft:edit',
  'POST /api/orgs/:orgId/drafts/:id/approve → permission:draft:review',
  'POST /api/orgs/:orgId/drafts/:id/request-changes → permission:draft:review',
  'POST /api/orgs/:orgId/drafts/:id/publish → permission:draft:publish',
  'POST /api/orgs/:orgId/drafts/:id/unpublish → permission:draft:publish',
  'GET /api/orgs/:orgId/drafts/:id/export.docx → permission:draft:read',
  'GET /api/orgs/:orgId/drafts/:id/export.pdf → permission:draft:read',
  'GET /api/orgs/:orgId/drafts/:id/export.md → permission:draft:read',
  'POST /api/orgs/:orgId/drafts/:id/sections/:sectionId/ai-rewrite → permission:draft:edit',
  'GET /api/public/companies → public',
  'GET /api/public/companies/:slug → public',
  'GET /api/public/companies/:slug/publications/:publicationId → public',
  'GET /api/public/companies/:slug/publications/:publicationId/export.pdf → public',
  'GET /api/public/compare → public',
  // A sector's anonymous benchmark distribution (quartiles of cells with ≥ 5 contributors): investors, no sign-in.
  'GET /api/public/benchmark/:industry → public',
  'POST /api/public/publications/:publicationId/questions → signed-in',
  'GET /api/me/questions → signed-in',
  'GET /api/orgs/:orgId/questions → permission:dialogue:answer',
  'POST /api/orgs/:orgId/questions/:id/answer → permission:dialogue:answer',
  'GET /api/orgs/:orgId/notifications → permission:organization:read',
  'POST /api/orgs/:orgId/notifications/read-all → permission:organization:read',
  'POST /api/orgs/:orgId/notifications/:id/read → permission:organization:read',
  'GET /api/orgs/:orgId/questions/summary → permission:dialogue:answer',
  'DELETE /api/orgs/:orgId/questions/:id/answer → permission:dialogue:answer',
  'PATCH /api/orgs/:orgId/publications/:id → permission:draft:publish',
  // Following companies and "since your last visit": investor accounts (403 INVESTOR_ONLY for company accounts).
  'GET /api/me/follows → signed-in',
  'POST /api/me/follows/seen → signed-in',
  'PUT /api/me/follows/:slug → signed-in',
  'DELETE /api/me/follows/:slug → signed-in',
  'GET /api/me/advisor-clients → signed-in',
  'GET /api/orgs/:orgId/workshops → permission:assessment:read',
  'POST /api/orgs/:orgId/workshops → permission:workshop:run',
  'GET /api/orgs/:orgId/workshops/:id → permission:assessment:read',
  'PATCH /api/orgs/:orgId/workshops/:id → permission:workshop:run',
  'DELETE /api/orgs/:orgId/workshops/:id → permission:workshop:run',
  'POST /api/orgs/:orgId/workshops/:id/start → permission:workshop:run',
  'POST /api/orgs/:orgId/workshops/:id/close → permission:workshop:run',
  'POST /api/orgs/:orgId/workshops/:id/reopen → permission:workshop:run',
  'PUT /api/orgs/:orgId/workshops/:id/state → permission:workshop:run',
  'GET /api/orgs/:orgId/workshops/:id/results → permission:assessment:read',
  'GET /api/orgs/:orgId/workshops/:id/report.pdf → permission:assessment:read',
  'GET /api/orgs/:orgId/workshops/:id/report.docx → permission:assessment:read',
  // Raw responses are row-level (names in a named workshop): only those who run workshops.
  'GET /api/orgs/:orgId/workshops/:id/responses.csv → permission:workshop:run',
  'GET /api/orgs/:orgId/workshops/:id/responses.xlsx → permission:workshop:run',
  'GET /api/orgs/:orgId/workshops/:id/events → permission:workshop:run',
  'PUT /api/orgs/:orgId/workshops/:id/agreed/:questionId → permission:workshop:run',
  'POST /api/orgs/:orgId/workshops/:id/apply-to-assessment → permission:workshop:run',
  'POST /api/orgs/:orgId/workshops/:id/join-as-member → permission:assessment:read',
  // Joining by code needs no account (limited per code, failures per address); participant routes are public for the session
  // guard and authenticated by X-Participant-Token instead (one workshop only).
  'POST /api/public/workshops/join → public',
  'POST /api/public/workshops/lookup → public',
  'GET /api/participant/workshop → public',
  'PUT /api/participant/answers/:questionId → public',
  'GET /api/participant/events → public',
  'GET /api/participant/results → public',
];

/**
 * Express routes that are not Nest controllers: the OpenAPI pages and documents of SwaggerModule, and the
 * request-logging middleware that Nest mounts as a route on `/api` and `/api/{*splat}` for every method.
 */
const NON_CONTROLLER_ROUTES = /^GET \/api\/docs(\/|$)|^GET \/api\/docs-(json|yaml)$|^[A-Z-]+ \/api(\/\{\*splat\})?$/;

describe('route catalog: every route and who may call it', () => {
  const s = useTestApp();
  let routes: RouteInfo[];

  beforeAll(() => {
    routes = listRoutes(s.t.app);
  });

  it('lists exactly the expected routes with their access rules', () => {
    const actual = routes.map((r) => `${key(r)} → ${r.access}`).sort();
    expect(actual).toEqual([...EXPECTED].sort());
  });

  it('has no route without an access rule, and no route listed twice', () => {
    expect(routes.filter((r) => r.access === 'NONE').map((r) => `${key(r)} (${r.handler})`)).toEqual([]);
    const keys = routes.map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts every permission route under /orgs/:orgId and only permission routes there, each naming a catalog permission', () => {
    for (const r of routes) {
      const scoped = r.path.startsWith('/api/orgs/:orgId');
      expect({ route: key(r), scoped }).toEqual({ route: key(r), scoped: r.permission !== undefined });
      if (r.permission !== undefined) expect(ALL_PERMISSIONS).toContain(r.permission);
    }
  });

  it('matches what the Express router really serves (no route hidden from this catalog)', () => {
    const served = listExpressRoutes(s.t.app).filter((r) => !NON_CONTROLLER_ROUTES.test(r));
    expect(served).toEqual(routes.map(key).sort());
  });

  it('refuses an unknown path under /api with the JSON 404 shape', async () => {
    const res = await (await import('supertest')).default(s.t.app.getHttpServer()).get('/api/no-such-route');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
