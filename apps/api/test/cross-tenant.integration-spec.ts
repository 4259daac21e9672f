import { randomUUID } from 'node:crypto';
import type { Client, TestApp } from './test-app';
import { createTestApp, TestContext, uniqueEmail } from './test-app';
import { fillPath, key, listRoutes, pathParams, type RouteInfo } from './route-catalog';
import { firstSseResponse } from './sse-client';

/**
 * Every organization-scoped route, with a body that would be valid for a member (so that a 404 can only come
 * from tenancy, never from validation). A new route under /orgs/:orgId fails this suite until it is listed.
 */
const ORG_SCOPED_CASES: Record<
  string,
  {
    body?: Record<string, unknown>;
    disclosure?: true;
    draft?: true;
    question?: true;
    notification?: true;
    publication?: true;
    workshop?: true;
    stream?: true;
  }
> = {
  'GET /api/orgs/:orgId': {},
  'PATCH /api/orgs/:orgId': { body: { legalNameJa: '乗っ取り株式会社', fiscalYearEndMonth: 12 } },
  'GET /api/orgs/:orgId/audit': {},
  'GET /api/orgs/:orgId/members': {},
  'PATCH /api/orgs/:orgId/members/:userId': { body: { role: 'viewer' } },
  'DELETE /api/orgs/:orgId/members/:userId': {},
  'GET /api/orgs/:orgId/invitations': {},
  'POST /api/orgs/:orgId/invitations': { body: { email: 'intruder@example.test', role: 'owner' } },
  'DELETE /api/orgs/:orgId/invitations/:invitationId': {},
  'GET /api/orgs/:orgId/assessments': {},
  'POST /api/orgs/:orgId/assessments': { body: { track: 'listed' } },
  'GET /api/orgs/:orgId/assessments/:id': {},
  'PUT /api/orgs/:orgId/assessments/:id/answers/:questionId': { body: { value: 4, expectedVersion: 1 } },
  'PUT /api/orgs/:orgId/assessments/:id/assignments/:moduleId': { body: { userId: null } },
  'POST /api/orgs/:orgId/assessments/:id/submit': {},
  'POST /api/orgs/:orgId/assessments/:id/request-validation': {},
  'PUT /api/orgs/:orgId/assessments/:id/reviews/:questionId': { body: { decision: 'accepted', answerVersion: 1 } },
  'GET /api/orgs/:orgId/assessments/:id/results': {},
  'GET /api/orgs/:orgId/assessments/:id/compare/:otherId': {},
  'GET /api/orgs/:orgId/assessments/:id/export.csv': {},
  'GET /api/orgs/:orgId/assessments/:id/export.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/export.pdf': {},
  'GET /api/orgs/:orgId/assessments/:id/planning': {},
  'PUT /api/orgs/:orgId/assessments/:id/planning': { body: { targets: { modules: { m1: 3 } } } },
  'GET /api/orgs/:orgId/assessments/:id/transfer.json': {},
  'GET /api/orgs/:orgId/assessments/:id/transfer.xlsx': {},
  // Multipart routes: refused by the access guard before the file is read, so a JSON body is enough here.
  'POST /api/orgs/:orgId/assessments/:id/import/preview': { body: {} },
  'POST /api/orgs/:orgId/assessments/:id/import': { body: {} },
  'GET /api/orgs/:orgId/assessments/:id/sme-report': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.xlsx': {},
  'GET /api/orgs/:orgId/assessments/:id/bank-sheets.docx': {},
  'GET /api/orgs/:orgId/benchmark-participation': {},
  'PUT /api/orgs/:orgId/benchmark-participation': { body: { optedIn: true } },
  'GET /api/orgs/:orgId/assessments/:id/benchmark': {},
  // `disclosure`: :id and :otherId are A's disclosure scores. The upload route is refused by the access guard
  // before its multipart body is read, so a JSON body is enough here.
  'GET /api/orgs/:orgId/disclosures': {},
  'POST /api/orgs/:orgId/disclosures': {
    body: { title: '乗っ取り', documentType: 'other', text: '当社は知的財産を重要な経営資源と認識しています。' },
  },
  'POST /api/orgs/:orgId/disclosures/upload': { body: { title: '乗っ取り', documentType: 'other' } },
  'GET /api/orgs/:orgId/disclosures/:id': { disclosure: true },
  'GET /api/orgs/:orgId/disclosures/:id/compare/:otherId': { disclosure: true },
  'POST /api/orgs/:orgId/disclosures/:id/second-opinion': { disclosure: true, body: {} },
  'DELETE /api/orgs/:orgId/disclosures/:id': { disclosure: true },
  // `draft`: :id is A's published CG-report draft; `question`: :id is an investor's question to A.
  'GET /api/orgs/:orgId/company-facts': {},
  'PUT /api/orgs/:orgId/company-facts': { body: { facts: {}, expectedVersion: 0 } },
  'POST /api/orgs/:orgId/drafts': { body: { type: 'cg-report', language: 'ja' } },
  'GET /api/orgs/:orgId/drafts': {},
  'GET /api/orgs/:orgId/drafts/:id': { draft: true },
  'PUT /api/orgs/:orgId/drafts/:id/sections/:sectionId': {
    draft: true,
    body: { text: '乗っ取り', expectedVersion: 4 },
  },
  'GET /api/orgs/:orgId/drafts/:id/versions': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/versions/:a/diff/:b': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/comments': { draft: true, body: { sectionId: 'sp-3-1-3', body: '乗っ取り' } },
  'POST /api/orgs/:orgId/drafts/:id/submit-for-review': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/approve': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/request-changes': { draft: true, body: { comment: '乗っ取り' } },
  'POST /api/orgs/:orgId/drafts/:id/publish': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/unpublish': { draft: true },
  // `notification`: :id is a notification of A's owner (the investor's question).
  'GET /api/orgs/:orgId/notifications': {},
  'POST /api/orgs/:orgId/notifications/read-all': {},
  'POST /api/orgs/:orgId/notifications/:id/read': { notification: true },
  'GET /api/orgs/:orgId/drafts/:id/export.docx': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/export.pdf': { draft: true },
  'GET /api/orgs/:orgId/drafts/:id/export.md': { draft: true },
  'POST /api/orgs/:orgId/drafts/:id/sections/:sectionId/ai-rewrite': { draft: true, body: {} },
  'GET /api/orgs/:orgId/questions': {},
  'POST /api/orgs/:orgId/questions/:id/answer': { question: true, body: { body: '乗っ取り', makePublic: true } },
  'GET /api/orgs/:orgId/questions/summary': {},
  'DELETE /api/orgs/:orgId/questions/:id/answer': { question: true },
  // `publication`: :id is A's publication (renaming what investors read).
  'PATCH /api/orgs/:orgId/publications/:id': { publication: true, body: { title: '乗っ取り' } },
  // `workshop`: :id is A's live workshop; `stream`: an event stream, read up to its first event.
  'GET /api/orgs/:orgId/workshops': {},
  'POST /api/orgs/:orgId/workshops': {
    body: {
      title: '乗っ取り',
      modules: ['m9'],
      departments: ['ip'],
      anonymity: 'named',
      scheduledAt: '2026-12-10T10:00:00Z',
    },
  },
  'GET /api/orgs/:orgId/workshops/:id': { workshop: true },
  'PATCH /api/orgs/:orgId/workshops/:id': { workshop: true, body: { title: '乗っ取り' } },
  'DELETE /api/orgs/:orgId/workshops/:id': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/start': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/close': { workshop: true },
  'POST /api/orgs/:orgId/workshops/:id/reopen': { workshop: true },
  'PUT /api/orgs/:orgId/workshops/:id/state': { workshop: true, body: { resultsVisible: true } },
  'GET /api/orgs/:orgId/workshops/:id/results': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/report.pdf': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/report.docx': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/responses.csv': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/responses.xlsx': { workshop: true },
  'GET /api/orgs/:orgId/workshops/:id/events': { workshop: true, stream: true },
  'PUT /api/orgs/:orgId/workshops/:id/agreed/:questionId': { workshop: true, body: { value: 2 } },
  'POST /api/orgs/:orgId/workshops/:id/apply-to-assessment': {
    workshop: true,
    body: { assessmentId: '00000000-0000-4000-8000-000000000000' },
  },
  'POST /api/orgs/:orgId/workshops/:id/join-as-member': { workshop: true, body: { department: 'ip' } },
};

/** A's assessment rounds and the ids the assessment routes take. */
const ASSESSMENT_PARAMS = { questionId: 'sme-strengths.written-down', moduleId: 'sme-strengths' };
/** A section of A's CG-report draft and the versions the diff route compares. */
const DRAFT_PARAMS = { sectionId: 'sp-3-1-3', a: '1', b: '2' };

type Params = Record<string, string>;

interface Call {
  label: string;
  route: RouteInfo;
  path: string;
  body?: Record<string, unknown>;
}

describe('cross-tenant isolation: organization B never reaches organization A', () => {
  let t: TestApp;
  let ctx: TestContext;
  let orgRoutes: RouteInfo[];
  let orgA: string;
  let orgB: string;
  let ownerA: Client;
  let memberA: Client;
  let ownerB: Client;
  let memberB: Client;
  let invitationA: string;
  let invitationB: string;
  let assessmentA: string;
  let otherAssessmentA: string;
  let disclosureA: string;
  let otherDisclosureA: string;
  let draftA: string;
  let questionA: string;
  let notificationA: string;
  let publicationA: string;
  let workshopA: string;

  beforeAll(async () => {
    t = await createTestApp();
    ctx = new TestContext(t.app);
    orgRoutes = listRoutes(t.app).filter((r) => pathParams(r.path).includes('orgId'));

    ({ owner: ownerA, orgId: orgA } = await ctx.newOrganization('A社'));
    // A has a sector, so that B opting A in to the benchmark would succeed if tenancy failed.
    await ownerA.patch(`/api/orgs/${orgA}`, { industry: '3650' });
    memberA = await ctx.newMember(ownerA, orgA, 'contributor');
    const invA = await ownerA.post(`/api/orgs/${orgA}/invitations`, {
      email: uniqueEmail('pending-a'),
      role: 'viewer',
    });
    invitationA = String(invA.body.id);
    assessmentA = String((await ownerA.post(`/api/orgs/${orgA}/assessments`, { track: 'sme' })).body.id);
    otherAssessmentA = String((await ownerA.post(`/api/orgs/${orgA}/assessments`, { track: 'listed' })).body.id);
    await ownerA.send('put', `/api/orgs/${orgA}/assessments/${assessmentA}/answers/${ASSESSMENT_PARAMS.questionId}`, {
      value: 2,
      expectedVersion: 0,
    });
    const disclosure = {
      title: 'A社 CG報告書',
      documentType: 'cg_report',
      text: '当社の電池材料事業では、特許348件が売上高1,240億円の製品を支えています。',
    };
    disclosureA = String((await ownerA.post(`/api/orgs/${orgA}/disclosures`, disclosure)).body.id);
    otherDisclosureA = String((await ownerA.post(`/api/orgs/${orgA}/disclosures`, disclosure)).body.id);
    // A published draft (written, reviewed, published) and an investor's question about it.
    draftA = String((await ownerA.post(`/api/orgs/${orgA}/drafts`, { type: 'cg-report', language: 'ja' })).body.id);
    for (const [version, sectionId] of [
      [1, 'sp-3-1-3'],
      [2, 'sp-4-2-2'],
    ] as const) {
      const text = 'A社の研究開発費は2026年3月期に120億円で、取締役会は知財投資を年4回審議しています。';
      await ownerA.send('put', `/api/orgs/${orgA}/drafts/${draftA}/sections/${sectionId}`, {
        text,
        expectedVersion: version,
      });
    }
    // Four-eyes: the owner wrote the draft, so a second member of A approves it.
    const approverA = await ctx.newMember(ownerA, orgA, 'reviewer');
    for (const [client, step] of [
      [ownerA, 'submit-for-review'],
      [approverA, 'approve'],
      [ownerA, 'publish'],
    ] as const) {
      expect((await client.post(`/api/orgs/${orgA}/drafts/${draftA}/${step}`)).status).toBe(200);
    }
    publicationA = String((await ownerA.get(`/api/orgs/${orgA}/drafts/${draftA}`)).body.publications[0].publicationId);
    questionA = String(
      (
        await (
          await ctx.newInvestor()
        ).post(`/api/public/publications/${publicationA}/questions`, { body: 'A社への質問' })
      ).body.id,
    );
    notificationA = (
      (await t.db.query('SELECT id FROM notifications WHERE organization_id = $1 AND user_id = $2', [
        orgA,
        ownerA.user!.id,
      ])) as { id: string }[]
    )[0].id;

    // A live workshop with a participant's answer and an agreed answer.
    workshopA = String(
      (
        await ownerA.post(`/api/orgs/${orgA}/workshops`, {
          title: 'A社WS',
          modules: ['m9'],
          departments: ['ip'],
          anonymity: 'anonymous',
          scheduledAt: '2026-12-10T10:00:00Z',
        })
      ).body.id,
    );
    const code = String((await ownerA.post(`/api/orgs/${orgA}/workshops/${workshopA}/start`)).body.joinCode);
    const token = String(
      (await ctx.client().post('/api/public/workshops/join', { code, department: 'ip' })).body.participantToken,
    );
    await ctx
      .client()
      .agent.put('/api/participant/answers/m9.management-view')
      .set('x-participant-token', token)
      .send({ value: 2, clientRequestId: randomUUID() });
    await ownerA.send('put', `/api/orgs/${orgA}/workshops/${workshopA}/agreed/m9.management-view`, { value: 2 });

    ({ owner: ownerB, orgId: orgB } = await ctx.newOrganization('B社'));
    memberB = await ctx.newMember(ownerB, orgB, 'admin');
    const invB = await ownerB.post(`/api/orgs/${orgB}/invitations`, {
      email: uniqueEmail('pending-b'),
      role: 'viewer',
    });
    invitationB = String(invB.body.id);
  });
  afterAll(() => t.close());

  /** A's ids, in every combination the routes take: both of A's members for `:userId`. */
  function idSetsOfA(orgId: string): Params[] {
    return [ownerA.user!.id, memberA.user!.id].map((userId) => ({
      orgId,
      userId,
      invitationId: invitationA,
      id: assessmentA,
      otherId: otherAssessmentA,
      ...ASSESSMENT_PARAMS,
      ...DRAFT_PARAMS,
    }));
  }

  /** Each org-scoped route called with `orgId` and A's member/invitation ids (deduplicated per path). */
  function callsWith(orgId: string, onlyWithChildIds: boolean): Call[] {
    const calls: Call[] = [];
    for (const route of orgRoutes) {
      const params = pathParams(route.path);
      if (onlyWithChildIds && params.length === 1) continue;
      const seen = new Set<string>();
      for (const idsOfA of idSetsOfA(orgId)) {
        const kind = ORG_SCOPED_CASES[key(route)];
        const ids = kind?.disclosure
          ? { ...idsOfA, id: disclosureA, otherId: otherDisclosureA }
          : kind?.draft
            ? { ...idsOfA, id: draftA }
            : kind?.question
              ? { ...idsOfA, id: questionA }
              : kind?.notification
                ? { ...idsOfA, id: notificationA }
                : kind?.publication
                  ? { ...idsOfA, id: publicationA }
                  : kind?.workshop
                    ? { ...idsOfA, id: workshopA, questionId: 'm9.management-view' }
                    : idsOfA;
        const path = fillPath(route.path, ids);
        if (seen.has(path)) continue;
        seen.add(path);
        calls.push({ label: `${route.method} ${path}`, route, path, body: ORG_SCOPED_CASES[key(route)]?.body });
      }
    }
    return calls;
  }

  async function send(client: Client, call: Call) {
    const method = call.route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    if (ORG_SCOPED_CASES[key(call.route)]?.stream)
      return firstSseResponse(client.agent.get(call.path).set('accept-language', 'ja'));
    return client.send(method, call.path, call.body);
  }

  /** Every row organizations A and B own, and the rows of their users. */
  async function snapshot(): Promise<unknown> {
    const orgs = [orgA, orgB];
    const users = [ownerA, memberA, ownerB, memberB].map((c) => c.user!.id);
    const q = (sql: string, params: unknown[]) => t.db.query(sql, params) as Promise<unknown[]>;
    return {
      organizations: await q('SELECT * FROM organizations WHERE id = ANY($1) ORDER BY id', [orgs]),
      memberships: await q(
        'SELECT * FROM memberships WHERE organization_id = ANY($1) ORDER BY organization_id, user_id',
        [orgs],
      ),
      invitations: await q('SELECT * FROM invitations WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      audit: await q('SELECT * FROM audit_events WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      users: await q('SELECT * FROM users WHERE id = ANY($1) ORDER BY id', [users]),
      assessments: await q('SELECT * FROM assessments WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      assessmentAnswers: await q(
        'SELECT * FROM assessment_answers WHERE organization_id = ANY($1) ORDER BY assessment_id, question_id',
        [orgs],
      ),
      assessmentAssignments: await q(
        'SELECT * FROM assessment_assignments WHERE organization_id = ANY($1) ORDER BY assessment_id, module_id',
        [orgs],
      ),
      disclosureScores: await q('SELECT * FROM disclosure_scores WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      companyFacts: await q('SELECT * FROM company_facts WHERE organization_id = ANY($1) ORDER BY organization_id', [
        orgs,
      ]),
      drafts: await q('SELECT * FROM drafts WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      draftVersions: await q(
        'SELECT * FROM draft_versions WHERE organization_id = ANY($1) ORDER BY draft_id, version',
        [orgs],
      ),
      draftComments: await q('SELECT * FROM draft_comments WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      publications: await q('SELECT * FROM publications WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      notifications: await q('SELECT * FROM notifications WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      dialogueQuestions: await q('SELECT * FROM dialogue_questions WHERE organization_id = ANY($1) ORDER BY id', [
        orgs,
      ]),
      workshops: await q('SELECT * FROM workshops WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      workshopParticipants: await q('SELECT * FROM workshop_participants WHERE organization_id = ANY($1) ORDER BY id', [
        orgs,
      ]),
      workshopAnswers: await q('SELECT * FROM workshop_answers WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
      benchmarkParticipations: await q(
        'SELECT * FROM benchmark_participations WHERE organization_id = ANY($1) ORDER BY organization_id',
        [orgs],
      ),
      intruderInvitations: await q(
        "SELECT count(*)::int AS n FROM invitations WHERE email = 'intruder@example.test'",
        [],
      ),
    };
  }

  async function expectAll(client: Client, calls: Call[], status: number, code: string): Promise<void> {
    const before = await snapshot();
    const outcomes: string[] = [];
    for (const call of calls) {
      const res = await send(client, call);
      outcomes.push(`${call.label} → ${res.status} ${String(res.body?.code)}`);
    }
    expect(outcomes).toEqual(calls.map((c) => `${c.label} → ${status} ${code}`));
    expect(await snapshot()).toEqual(before);
  }

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
    for (const call of callsWith(orgA, false).filter((c) => c.route.method === 'GET')) {
      expect({ call: call.label, status: (await send(ownerA, call)).status }).toEqual({
        call: call.label,
        status: 200,
      });
    }
  });

  it('gives the owner of B exactly 404 NOT_FOUND on every route with A’s organization id, and changes nothing', async () => {
    const calls = callsWith(orgA, false);
    expect(calls.length).toBeGreaterThanOrEqual(orgRoutes.length);
    await expectAll(ownerB, calls, 404, 'NOT_FOUND');
  });

  it('gives an admin of B exactly 404 NOT_FOUND too, and changes nothing', async () => {
    await expectAll(memberB, callsWith(orgA, false), 404, 'NOT_FOUND');
  });

  it('gives 404 when B uses its own organization id with A’s member and invitation ids, and changes nothing', async () => {
    const calls = callsWith(orgB, true);
    // PATCH and DELETE of a member (two of A's users each) and DELETE of an invitation; 20 assessment routes on A's round
    // (incl. planning, round export and import, the validation step, the SME bank sheets as DOCX, the benchmark standing);
    // 4 disclosure routes on A's scores (one of them the LLM second opinion); 16 draft routes on A's draft and 2 dialogue routes on A's question;
    // 15 workshop routes on A's workshop (incl. the report and raw-response downloads); 1 route on A's notification
    // and 1 on A's publication.
    expect(calls.length).toBe(5 + 20 + 4 + 16 + 2 + 15 + 1 + 1);
    await expectAll(ownerB, calls, 404, 'NOT_FOUND');
  });

  it('gives an investor 404 NOT_FOUND on every route of A, and changes nothing', async () => {
    const investor = await ctx.newInvestor();
    await expectAll(investor, callsWith(orgA, false), 404, 'NOT_FOUND');
  });

  it('gives an anonymous caller 401 UNAUTHENTICATED on every route of A, and changes nothing', async () => {
    await expectAll(ctx.client(), callsWith(orgA, false), 401, 'UNAUTHENTICATED');
  });

  it('answers an existing foreign organization exactly like a missing or malformed one (nothing to probe)', async () => {
    const bodyFor = async (orgId: string) => {
      const res = await ownerB.get(`/api/orgs/${orgId}/members`);
      const { requestId, ...rest } = res.body as Record<string, unknown>;
      expect(typeof requestId).toBe('string');
      return { status: res.status, ...rest };
    };
    const foreign = await bodyFor(orgA);
    expect(foreign).toEqual({ status: 404, statusCode: 404, code: 'NOT_FOUND', message: '見つかりません。' });
    expect(await bodyFor(randomUUID())).toEqual(foreign);
    expect(await bodyFor('not-a-uuid')).toEqual(foreign);
  });

  it('leaves B’s pending invitation revocable by B only', async () => {
    const byA = await ownerA.delete(`/api/orgs/${orgB}/invitations/${invitationB}`);
    expect(byA.status).toBe(404);
    const own = await ownerB.get(`/api/orgs/${orgB}/invitations`);
    expect((own.body.items as { id: string; status: string }[]).find((i) => i.id === invitationB)?.status).toBe(
      'pending',
    );
  });
});
