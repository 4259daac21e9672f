import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { uniqueEmail, type Client, type TestContext } from '../../test-app';
import { fillPath, key, pathParams, type RouteInfo } from '../../route-catalog';
import { firstSseResponse } from '../../sse-client';
import { ASSESSMENT_PARAMS, DRAFT_PARAMS, ORG_SCOPED_CASES } from './org-scoped-cases';

type Params = Record<string, string>;

export interface Call {
  label: string;
  route: RouteInfo;
  path: string;
  body?: Record<string, unknown>;
}

/** Organization A with data behind every kind of id the routes take, and organization B next to it. */
export interface TwoTenants {
  orgA: string;
  orgB: string;
  ownerA: Client;
  memberA: Client;
  ownerB: Client;
  memberB: Client;
  invitationA: string;
  invitationB: string;
  assessmentA: string;
  otherAssessmentA: string;
  disclosureA: string;
  otherDisclosureA: string;
  draftA: string;
  questionA: string;
  notificationA: string;
  publicationA: string;
  workshopA: string;
}

/**
 * A: an owner, a contributor, a pending invitation, two rounds (one answered), two disclosure scores, a published
 * draft with an investor's question and its notification, a live workshop with an answer and an agreed answer.
 * B: an owner, an admin and a pending invitation.
 */
export async function buildTwoTenants(ctx: TestContext, db: DataSource): Promise<TwoTenants> {
  const { owner: ownerA, orgId: orgA } = await ctx.newOrganization('A社');
  // A has a sector, so that B opting A in to the benchmark would succeed if tenancy failed.
  await ownerA.patch(`/api/orgs/${orgA}`, { industry: '3650' });
  const memberA = await ctx.newMember(ownerA, orgA, 'contributor');
  const invA = await ownerA.post(`/api/orgs/${orgA}/invitations`, {
    email: uniqueEmail('pending-a'),
    role: 'viewer',
  });
  const invitationA = String(invA.body.id);
  const assessmentA = String((await ownerA.post(`/api/orgs/${orgA}/assessments`, { track: 'sme' })).body.id);
  const otherAssessmentA = String((await ownerA.post(`/api/orgs/${orgA}/assessments`, { track: 'listed' })).body.id);
  await ownerA.send('put', `/api/orgs/${orgA}/assessments/${assessmentA}/answers/${ASSESSMENT_PARAMS.questionId}`, {
    value: 2,
    expectedVersion: 0,
  });
  const disclosure = {
    title: 'A社 CG報告書',
    documentType: 'cg_report',
    text: '当社の電池材料事業では、特許348件が売上高1,240億円の製品を支えています。',
  };
  const disclosureA = String((await ownerA.post(`/api/orgs/${orgA}/disclosures`, disclosure)).body.id);
  const otherDisclosureA = String((await ownerA.post(`/api/orgs/${orgA}/disclosures`, disclosure)).body.id);
  // A published draft (written, reviewed, published) and an investor's question about it.
  const draftA = String((await ownerA.post(`/api/orgs/${orgA}/drafts`, { type: 'cg-report', language: 'ja' })).body.id);
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
  const publicationA = String(
    (await ownerA.get(`/api/orgs/${orgA}/drafts/${draftA}`)).body.publications[0].publicationId,
  );
  const questionA = String(
    (
      await (
        await ctx.newInvestor()
      ).post(`/api/public/publications/${publicationA}/questions`, { body: 'A社への質問' })
    ).body.id,
  );
  const notificationA = (
    (await db.query('SELECT id FROM notifications WHERE organization_id = $1 AND user_id = $2', [
      orgA,
      ownerA.user!.id,
    ])) as { id: string }[]
  )[0].id;

  // A live workshop with a participant's answer and an agreed answer.
  const workshopA = String(
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

  const { owner: ownerB, orgId: orgB } = await ctx.newOrganization('B社');
  const memberB = await ctx.newMember(ownerB, orgB, 'admin');
  const invB = await ownerB.post(`/api/orgs/${orgB}/invitations`, {
    email: uniqueEmail('pending-b'),
    role: 'viewer',
  });
  const invitationB = String(invB.body.id);
  return {
    orgA,
    orgB,
    ownerA,
    memberA,
    ownerB,
    memberB,
    invitationA,
    invitationB,
    assessmentA,
    otherAssessmentA,
    disclosureA,
    otherDisclosureA,
    draftA,
    questionA,
    notificationA,
    publicationA,
    workshopA,
  };
}

/** A's ids, in every combination the routes take: both of A's members for `:userId`. */
function idSetsOfA(w: TwoTenants, orgId: string): Params[] {
  return [w.ownerA.user!.id, w.memberA.user!.id].map((userId) => ({
    orgId,
    userId,
    invitationId: w.invitationA,
    id: w.assessmentA,
    otherId: w.otherAssessmentA,
    ...ASSESSMENT_PARAMS,
    ...DRAFT_PARAMS,
  }));
}

/** Each org-scoped route called with `orgId` and A's member/invitation ids (deduplicated per path). */
export function callsWith(orgRoutes: RouteInfo[], w: TwoTenants, orgId: string, onlyWithChildIds: boolean): Call[] {
  const calls: Call[] = [];
  for (const route of orgRoutes) {
    const params = pathParams(route.path);
    if (onlyWithChildIds && params.length === 1) continue;
    const seen = new Set<string>();
    for (const idsOfA of idSetsOfA(w, orgId)) {
      const kind = ORG_SCOPED_CASES[key(route)];
      const ids = kind?.disclosure
        ? { ...idsOfA, id: w.disclosureA, otherId: w.otherDisclosureA }
        : kind?.draft
          ? { ...idsOfA, id: w.draftA }
          : kind?.question
            ? { ...idsOfA, id: w.questionA }
            : kind?.notification
              ? { ...idsOfA, id: w.notificationA }
              : kind?.publication
                ? { ...idsOfA, id: w.publicationA }
                : kind?.workshop
                  ? { ...idsOfA, id: w.workshopA, questionId: 'm9.management-view' }
                  : idsOfA;
      const path = fillPath(route.path, ids);
      if (seen.has(path)) continue;
      seen.add(path);
      calls.push({ label: `${route.method} ${path}`, route, path, body: ORG_SCOPED_CASES[key(route)]?.body });
    }
  }
  return calls;
}

export async function send(client: Client, call: Call) {
  const method = call.route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  if (ORG_SCOPED_CASES[key(call.route)]?.stream)
    return firstSseResponse(client.agent.get(call.path).set('accept-language', 'ja'));
  return client.send(method, call.path, call.body);
}

/** Every row organizations A and B own, and the rows of their users. */
async function snapshot(db: DataSource, w: TwoTenants): Promise<unknown> {
  const orgs = [w.orgA, w.orgB];
  const users = [w.ownerA, w.memberA, w.ownerB, w.memberB].map((c) => c.user!.id);
  const q = (sql: string, params: unknown[]) => db.query(sql, params) as Promise<unknown[]>;
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
    draftVersions: await q('SELECT * FROM draft_versions WHERE organization_id = ANY($1) ORDER BY draft_id, version', [
      orgs,
    ]),
    draftComments: await q('SELECT * FROM draft_comments WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
    publications: await q('SELECT * FROM publications WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
    notifications: await q('SELECT * FROM notifications WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
    dialogueQuestions: await q('SELECT * FROM dialogue_questions WHERE organization_id = ANY($1) ORDER BY id', [orgs]),
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

/** Every call answered with exactly `status code`, and not a row of A or B changed. */
export async function expectAll(
  db: DataSource,
  w: TwoTenants,
  client: Client,
  calls: Call[],
  status: number,
  code: string,
): Promise<void> {
  const before = await snapshot(db, w);
  const outcomes: string[] = [];
  for (const call of calls) {
    const res = await send(client, call);
    outcomes.push(`${call.label} → ${res.status} ${String(res.body?.code)}`);
  }
  expect(outcomes).toEqual(calls.map((c) => `${c.label} → ${status} ${code}`));
  expect(await snapshot(db, w)).toEqual(before);
}
