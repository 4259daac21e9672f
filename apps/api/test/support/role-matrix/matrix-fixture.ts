import { ORGANIZATION_ROLES, type OrganizationRole } from '@ipgn/contracts';
import type { DataSource } from 'typeorm';
import { uniqueEmail, type Client, type TestContext } from '../../test-app';

/** The organization every matrix call acts on, its members by role and the data the calls aim at. */
export interface Fixture {
  ctx: TestContext;
  db: DataSource;
  /** The signed-in member of each role (the owner included). */
  members: Map<OrganizationRole, Client>;
  orgId: string;
  owner: Client;
  /** A viewer that routes on `:userId` act on when the call is refused (it must survive). */
  target: string;
  invitationId: string;
  /** An open SME round (never submitted here) and its round-mate for comparisons. */
  assessmentId: string;
  /** A saved disclosure score (refused deletes target it; it must survive). */
  disclosureId: string;
  /** A CG-report draft in state `draft` (refused calls target it; it must stay unchanged). */
  draftId: string;
  /** An investor's question about a published draft of the organization. */
  questionId: string;
  /** A contributor who writes the workflow drafts, and a reviewer who approves them (four-eyes: never the editor). */
  editor: Client;
  approver: Client;
  publicationId: string;
}

/** How to call one permission route as a member. */
export interface RouteCall {
  body?: () => Record<string, unknown>;
  /**
   * May make fresh data for a call that will really happen (e.g. a member to remove), so that every allowed call
   * succeeds with 2xx.
   */
  params?: (f: Fixture, allowed: boolean, role: OrganizationRole) => Promise<Record<string, string>>;
  /** For a route that is not called with JSON (multipart upload). */
  send?: (client: Client, path: string) => Promise<{ status: number; body: { code?: string } }>;
  /** When the answer differs from "2xx if the role holds the route's permission, else 403 FORBIDDEN". */
  outcome?: (role: OrganizationRole, allowed: boolean) => string;
}

/** One topic's permission routes, by `METHOD path`. */
export type CallTable = Record<string, RouteCall>;

export const DISCLOSURE_TEXT = '当社の電池材料事業では、特許348件が売上高1,240億円の製品を支えています。';

/** A draft with both sections written by the editor (no slot left), moved to `state` (approved by the reviewer: four-eyes). */
export async function draftIn(f: Fixture, state: 'draft' | 'in_review' | 'approved' | 'published'): Promise<string> {
  const id = String(
    (await f.editor.post(`/api/orgs/${f.orgId}/drafts`, { type: 'cg-report', language: 'ja' })).body.id,
  );
  const text = '当社の研究開発費は2026年3月期に120億円で、取締役会は知財投資を年4回審議しています。';
  await f.editor.send('put', `/api/orgs/${f.orgId}/drafts/${id}/sections/sp-3-1-3`, { text, expectedVersion: 1 });
  await f.editor.send('put', `/api/orgs/${f.orgId}/drafts/${id}/sections/sp-4-2-2`, { text, expectedVersion: 2 });
  const steps: [Client, string][] = [
    [f.editor, 'submit-for-review'],
    [f.approver, 'approve'],
    [f.owner, 'publish'],
  ];
  const count = { draft: 0, in_review: 1, approved: 2, published: 3 }[state];
  for (const [client, step] of steps.slice(0, count))
    expect((await client.post(`/api/orgs/${f.orgId}/drafts/${id}/${step}`)).status).toBe(200);
  return id;
}

/** One member per role, a pending invitation, a round, a disclosure score, a draft, and a published draft with an investor's question. */
export async function buildMatrixFixture(ctx: TestContext, db: DataSource): Promise<Fixture> {
  const members = new Map<OrganizationRole, Client>();
  const { owner, orgId } = await ctx.newOrganization('マトリクス株式会社');
  members.set('owner', owner);
  for (const role of ORGANIZATION_ROLES.filter((r) => r !== 'owner'))
    members.set(role, await ctx.newMember(owner, orgId, role));
  const target = await ctx.newMember(owner, orgId, 'viewer');
  const inv = await owner.post(`/api/orgs/${orgId}/invitations`, {
    email: uniqueEmail('matrix-pending'),
    role: 'viewer',
  });
  const round = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'sme' });
  const disclosure = await owner.post(`/api/orgs/${orgId}/disclosures`, {
    title: 'matrix fixture',
    documentType: 'other',
    text: DISCLOSURE_TEXT,
  });
  const draft = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
  const fixture: Fixture = {
    ctx,
    db,
    members,
    orgId,
    owner,
    target: target.user!.id,
    invitationId: String(inv.body.id),
    assessmentId: String(round.body.id),
    disclosureId: String(disclosure.body.id),
    draftId: String(draft.body.id),
    questionId: '',
    editor: await ctx.newMember(owner, orgId, 'contributor'),
    approver: await ctx.newMember(owner, orgId, 'reviewer'),
    publicationId: '',
  };
  const published = await draftIn(fixture, 'published');
  const publicationId = String(
    (await owner.get(`/api/orgs/${orgId}/drafts/${published}`)).body.publications[0].publicationId,
  );
  fixture.publicationId = publicationId;
  fixture.questionId = String(
    (
      await (
        await ctx.newInvestor()
      ).post(`/api/public/publications/${publicationId}/questions`, { body: 'マトリクスの質問' })
    ).body.id,
  );
  return fixture;
}
