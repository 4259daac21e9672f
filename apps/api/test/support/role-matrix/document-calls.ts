import { roleHasPermission, type OrganizationRole } from '@ipgn/contracts';
import { DISCLOSURE_TEXT, draftIn, type CallTable, type Fixture } from './matrix-fixture';

async function newDisclosure(f: Fixture): Promise<string> {
  return String(
    (
      await f.owner.post(`/api/orgs/${f.orgId}/disclosures`, {
        title: 'to delete',
        documentType: 'other',
        text: DISCLOSURE_TEXT,
      })
    ).body.id,
  );
}

let factsVersion = 0;
async function currentFactsVersion(f: Fixture): Promise<number> {
  return Number((await f.owner.get(`/api/orgs/${f.orgId}/company-facts`)).body.version);
}

async function newDraft(f: Fixture): Promise<string> {
  return String((await f.owner.post(`/api/orgs/${f.orgId}/drafts`, { type: 'cg-report', language: 'ja' })).body.id);
}

/** A fresh unread notification of the member with `role` (so marking it read is that member's own). */
async function notificationFor(f: Fixture, role: OrganizationRole): Promise<string> {
  const userId = (role === 'owner' ? f.owner : f.members.get(role)!).user!.id;
  const rows = (await f.db.query(
    `INSERT INTO notifications (organization_id, user_id, kind, title) VALUES ($1, $2, 'draft_published', 'matrix') RETURNING id`,
    [f.orgId, userId],
  )) as { id: string }[];
  return rows[0].id;
}

/** Disclosure scores, company facts, drafts and their workflow, notifications and the investor dialogue. */
export const documentCalls: CallTable = {
  'GET /api/orgs/:orgId/disclosures': {},
  'POST /api/orgs/:orgId/disclosures': {
    body: () => ({ title: 'matrix', documentType: 'other', text: DISCLOSURE_TEXT }),
  },
  'POST /api/orgs/:orgId/disclosures/upload': {
    send: async (client, path) => {
      const csrf = await client.refreshCsrf();
      return client.agent
        .post(path)
        .set('x-csrf-token', csrf)
        .field('title', 'matrix')
        .field('documentType', 'other')
        .attach('file', Buffer.from(DISCLOSURE_TEXT), 'matrix.txt');
    },
  },
  'GET /api/orgs/:orgId/disclosures/:id': { params: async (f) => ({ id: f.disclosureId }) },
  'GET /api/orgs/:orgId/disclosures/:id/compare/:otherId': {
    params: async (f) => ({ id: f.disclosureId, otherId: f.disclosureId }),
  },
  // An allowed delete removes a score of its own; a refused one aims at the fixture's score, which must survive.
  // The LLM second opinion is off in this app (no AI_REWRITE_URL): a role that passes the permission check gets 404 SECOND_OPINION_DISABLED.
  'POST /api/orgs/:orgId/disclosures/:id/second-opinion': {
    body: () => ({}),
    params: async (f) => ({ id: f.disclosureId }),
    outcome: (_role, allowed) => (allowed ? '404 SECOND_OPINION_DISABLED' : '403 FORBIDDEN'),
  },
  'DELETE /api/orgs/:orgId/disclosures/:id': {
    params: async (f, allowed) => ({ id: allowed ? await newDisclosure(f) : f.disclosureId }),
  },
  // Each allowed write names the facts version it just read, so every allowed call succeeds.
  'GET /api/orgs/:orgId/company-facts': {},
  'PUT /api/orgs/:orgId/company-facts': {
    body: () => ({ facts: {}, expectedVersion: factsVersion }),
    params: async (f) => ((factsVersion = await currentFactsVersion(f)), {}),
  },
  'POST /api/orgs/:orgId/drafts': { body: () => ({ type: 'cg-report', language: 'ja' }) },
  'GET /api/orgs/:orgId/drafts': {},
  'GET /api/orgs/:orgId/drafts/:id': { params: async (f) => ({ id: f.draftId }) },
  // Workflow and edits: an allowed call gets a fresh draft in the state it starts from; a refused one aims at the fixture's.
  'PUT /api/orgs/:orgId/drafts/:id/sections/:sectionId': {
    body: () => ({ text: 'マトリクスの編集です。', expectedVersion: 1 }),
    params: async (f, allowed) => ({ id: allowed ? await newDraft(f) : f.draftId, sectionId: 'sp-3-1-3' }),
  },
  'GET /api/orgs/:orgId/drafts/:id/versions': { params: async (f) => ({ id: f.draftId }) },
  'GET /api/orgs/:orgId/drafts/:id/versions/:a/diff/:b': { params: async (f) => ({ id: f.draftId, a: '1', b: '1' }) },
  // Reading needs draft:read; writing a comment also needs draft:edit or draft:review (a viewer stays read-only).
  'POST /api/orgs/:orgId/drafts/:id/comments': {
    body: () => ({ sectionId: 'sp-3-1-3', body: 'マトリクスのコメント' }),
    params: async (f) => ({ id: f.draftId }),
    outcome: (role, allowed) =>
      allowed && (roleHasPermission(role, 'draft:edit') || roleHasPermission(role, 'draft:review'))
        ? 'allowed'
        : '403 FORBIDDEN',
  },
  'POST /api/orgs/:orgId/drafts/:id/submit-for-review': {
    params: async (f, allowed) => ({ id: allowed ? await draftIn(f, 'draft') : f.draftId }),
  },
  'POST /api/orgs/:orgId/drafts/:id/approve': {
    params: async (f, allowed) => ({ id: allowed ? await draftIn(f, 'in_review') : f.draftId }),
  },
  'POST /api/orgs/:orgId/drafts/:id/request-changes': {
    body: () => ({ comment: 'マトリクスの差戻し' }),
    params: async (f, allowed) => ({ id: allowed ? await draftIn(f, 'in_review') : f.draftId }),
  },
  'POST /api/orgs/:orgId/drafts/:id/publish': {
    params: async (f, allowed) => ({ id: allowed ? await draftIn(f, 'approved') : f.draftId }),
  },
  'POST /api/orgs/:orgId/drafts/:id/unpublish': {
    params: async (f, allowed) => ({ id: allowed ? await draftIn(f, 'published') : f.draftId }),
  },
  // Notifications: every member reads and marks their own (a fresh one each call).
  'GET /api/orgs/:orgId/notifications': {},
  'POST /api/orgs/:orgId/notifications/read-all': {},
  'POST /api/orgs/:orgId/notifications/:id/read': {
    params: async (f, _allowed, role) => ({ id: await notificationFor(f, role) }),
  },
  'GET /api/orgs/:orgId/drafts/:id/export.docx': { params: async (f) => ({ id: f.draftId }) },
  'GET /api/orgs/:orgId/drafts/:id/export.pdf': { params: async (f) => ({ id: f.draftId }) },
  'GET /api/orgs/:orgId/drafts/:id/export.md': { params: async (f) => ({ id: f.draftId }) },
  // AI rewrite is off in this app (no AI_REWRITE_URL): a role that passes the permission check gets 404 AI_DISABLED.
  'POST /api/orgs/:orgId/drafts/:id/sections/:sectionId/ai-rewrite': {
    body: () => ({}),
    params: async (f) => ({ id: f.draftId, sectionId: 'sp-3-1-3' }),
    outcome: (_role, allowed) => (allowed ? '404 AI_DISABLED' : '403 FORBIDDEN'),
  },
  'GET /api/orgs/:orgId/questions': {},
  'POST /api/orgs/:orgId/questions/:id/answer': {
    body: () => ({ body: 'マトリクスの回答', makePublic: false }),
    params: async (f) => ({ id: f.questionId }),
  },
  'GET /api/orgs/:orgId/questions/summary': {},
  'DELETE /api/orgs/:orgId/questions/:id/answer': { params: async (f) => ({ id: f.questionId }) },
  'PATCH /api/orgs/:orgId/publications/:id': {
    body: () => ({ title: 'マトリクスの題名' }),
    params: async (f) => ({ id: f.publicationId }),
  },
};
