import type { Client } from '../../../test/test-app';
import { put } from '../../../test/support/assessment-steps';
import { CG_SECTIONS, countRows } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

describe('drafts: review workflow (HTTP, real database)', () => {
  const s = useTestApp();
  const count = (table: string, orgId: string) => countRows(s.t.db, table, orgId);

  /** Fills both sections of a CG-report draft with text (no slots left). */
  async function fill(c: Client, orgId: string, id: string, from: number): Promise<number> {
    let version = from;
    for (const sectionId of CG_SECTIONS) {
      const res = await put(c, `/api/orgs/${orgId}/drafts/${id}/sections/${sectionId}`, {
        text: `${sectionId}：当社の研究開発費は2025年度に120億円で、売上高研究開発費比率は5%です。取締役会は年4回、知財投資を審議しています。`,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    return version;
  }

  it('contributor drafts → reviewer approves (second client) → owner publishes; every transition checked and audited', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    const base = `/api/orgs/${orgId}/drafts`;

    const created = await contributor.post(base, { type: 'cg-report', language: 'ja' });
    expect(created.status).toBe(201);
    const id = String(created.body.id);
    const d = `${base}/${id}`;

    // A viewer reads but cannot edit, comment or move the draft.
    expect((await viewer.get(d)).status).toBe(200);
    expect((await put(viewer, `${d}/sections/sp-3-1-3`, { text: '閲覧者の編集', expectedVersion: 1 })).status).toBe(
      403,
    );
    expect((await viewer.post(`${d}/comments`, { sectionId: 'sp-3-1-3', body: 'コメント' })).status).toBe(403);
    expect((await viewer.post(`${d}/submit-for-review`)).status).toBe(403);

    let version = await fill(contributor, orgId, id, 1);
    // Only from draft / changes_requested to review; approval and publication only in order.
    expect((await reviewer.post(`${d}/approve`)).body.code).toBe('INVALID_TRANSITION');
    expect((await owner.post(`${d}/publish`)).body.code).toBe('INVALID_TRANSITION');
    expect((await reviewer.post(`${d}/submit-for-review`)).status).toBe(403);

    const submitted = await contributor.post(`${d}/submit-for-review`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('in_review');
    const locked = await put(contributor, `${d}/sections/sp-3-1-3`, {
      text: '審査中の編集',
      expectedVersion: version,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('DRAFT_LOCKED');
    expect((await contributor.post(`${d}/approve`)).status).toBe(403);

    const comment = await reviewer.post(`${d}/comments`, {
      sectionId: 'sp-4-2-2',
      body: '審議の回数を明記してください。',
    });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({
      sectionId: 'sp-4-2-2',
      version,
      kind: 'comment',
      author: { userId: reviewer.user!.id },
    });
    expect((await reviewer.post(`${d}/comments`, { sectionId: 'nowhere', body: 'x' })).status).toBe(400);

    const sentBack = await reviewer.post(`${d}/request-changes`, { comment: '数値の出典を追記してください。' });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body.status).toBe('changes_requested');
    expect((sentBack.body.comments as { kind: string; body: string }[]).map((c) => c.kind)).toEqual([
      'comment',
      'changes_requested',
    ]);
    expect((await reviewer.post(`${d}/request-changes`, {})).status).toBe(400);

    version = await fill(contributor, orgId, id, version);
    expect((await contributor.post(`${d}/submit-for-review`)).body.status).toBe('in_review');
    const approved = await reviewer.post(`${d}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    expect((await contributor.post(`${d}/publish`)).status).toBe(403);
    expect((await reviewer.post(`${d}/publish`)).status).toBe(403);
    const published = await owner.post(`${d}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.publications).toEqual([
      {
        publicationId: expect.any(String),
        version,
        publishedAt: expect.any(String),
        withdrawnAt: null,
        title: 'コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）',
      },
    ]);
    // A second click answers with the state reached; nothing is published twice.
    const again = await owner.post(`${d}/publish`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'published', publications: [{ version }] });

    // Editing the published draft starts a new cycle; the publication stays.
    const reopened = await put(contributor, `${d}/sections/sp-3-1-3`, {
      text: '公開後の改訂案です。',
      expectedVersion: version,
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('draft');
    expect(reopened.body.publications).toHaveLength(1);

    const audit = await owner.get(`/api/orgs/${orgId}/audit`);
    const trail = (
      audit.body.items as { action: string; actor: { userId: string }; data: { from?: string; to?: string } }[]
    )
      .filter((e) => e.action.startsWith('draft.'))
      .reverse()
      .map(
        (e) =>
          `${e.action} ${e.actor.userId === owner.user!.id ? 'owner' : e.actor.userId === reviewer.user!.id ? 'reviewer' : 'contributor'}${e.data.to ? ` →${e.data.to}` : ''}`,
      );
    expect(trail).toEqual([
      'draft.created contributor',
      'draft.submitted_for_review contributor →in_review',
      'draft.changes_requested reviewer →changes_requested',
      'draft.submitted_for_review contributor →in_review',
      'draft.approved reviewer →approved',
      'draft.published owner →published',
    ]);
  });

  it('does not publish a draft that still has "to be completed" slots (409 DRAFT_INCOMPLETE, nothing published)', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'en' });
    const id = String(created.body.id);
    const gaps = (created.body.current.completenessDetail.missing as { slotId: string }[]).map((m) => m.slotId);
    const d = `/api/orgs/${orgId}/drafts/${id}`;
    expect((await owner.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps })).status).toBe(200);
    expect((await reviewer.post(`${d}/approve`)).status).toBe(200);
    const res = await owner.post(`${d}/publish`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DRAFT_INCOMPLETE');
    expect(res.body.message).toMatch(/^「要記入」の箇所が \d+ 件残っているため公開できません。$/);
    expect((await owner.get(d)).body.status).toBe('approved');
    expect(await count('publications', orgId)).toBe(0);
  });

  it('answers 404 for another organization’s draft, even with a valid id', async () => {
    const a = await s.ctx.newOrganization('A社');
    const b = await s.ctx.newOrganization('B社');
    const id = String(
      (await a.owner.post(`/api/orgs/${a.orgId}/drafts`, { type: 'cg-report', language: 'ja' })).body.id,
    );
    for (const path of [
      `/api/orgs/${b.orgId}/drafts/${id}`,
      `/api/orgs/${b.orgId}/drafts/${id}/versions`,
      `/api/orgs/${a.orgId}/drafts/${id}`,
    ]) {
      expect({ path, status: (await b.owner.get(path)).status }).toEqual({ path, status: 404 });
    }
    expect((await b.owner.post(`/api/orgs/${b.orgId}/drafts/${id}/submit-for-review`)).status).toBe(404);
    expect((await a.owner.get(`/api/orgs/${a.orgId}/drafts/${id}`)).body.status).toBe('draft');
  });
});
