import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '../../../test/test-app';
import { CG_SECTIONS } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

interface Outbox {
  to: string;
  kind: string;
  subject: string;
  text: string;
}

/** Issue 14: no dead ends (gaps accepted, changes after approval, unpublish, corrections), four-eyes, double clicks, notifications. */
describe('draft review flow: no dead ends, four-eyes, double clicks, notifications (HTTP, real database)', () => {
  const s = useTestApp();

  const outbox = (to: string): Outbox[] =>
    readFileSync(join(s.t.config.DATA_DIR, 'outbox.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Outbox)
      .filter((m) => m.to === to);

  async function team() {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const otherReviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    const created = await contributor.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    expect(created.status).toBe(201);
    const d = `/api/orgs/${orgId}/drafts/${String(created.body.id)}`;
    const gaps = (created.body.current.completenessDetail.missing as { slotId: string }[]).map((m) => m.slotId);
    return { owner, orgId, contributor, reviewer, otherReviewer, viewer, d, id: String(created.body.id), gaps };
  }

  async function fill(c: Client, d: string, from: number, words = '年4回'): Promise<number> {
    let version = from;
    for (const sectionId of CG_SECTIONS) {
      const res = await c.send('put', `${d}/sections/${sectionId}`, {
        text: `${sectionId}：当社の研究開発費は2025年度に120億円です。取締役会は${words}、知財投資を審議しています。`,
        expectedVersion: version,
      });
      expect(res.status).toBe(200);
      version = res.body.currentVersion as number;
    }
    return version;
  }

  it('review with open gaps only when they are listed back; a picked reviewer must be able to review and is shown', async () => {
    const { owner, orgId, contributor, reviewer, viewer, d, gaps } = await team();
    expect(gaps.length).toBeGreaterThan(0);

    const refused = await contributor.post(`${d}/submit-for-review`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'GAPS_NOT_ACKNOWLEDGED',
      message: expect.stringContaining(`${gaps.length} 件残っています`),
    });
    const partly = await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps.slice(1) });
    expect(partly.status).toBe(409);
    expect((await contributor.get(d)).body.status).toBe('draft');

    const notReviewer = await contributor.post(`${d}/submit-for-review`, {
      acknowledgedGaps: gaps,
      reviewerId: viewer.user!.id,
    });
    expect(notReviewer.status).toBe(400);
    expect(notReviewer.body.errors).toEqual([
      {
        field: 'reviewerId',
        code: 'notAReviewer',
        message: 'このメンバーにはレビュー（承認・修正依頼）の権限がありません。',
      },
    ]);
    const stranger = await s.ctx.newOrganization();
    expect(
      (
        await contributor.post(`${d}/submit-for-review`, {
          acknowledgedGaps: gaps,
          reviewerId: stranger.owner.user!.id,
        })
      ).status,
    ).toBe(400);
    expect((await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: 'all' })).status).toBe(400);

    const submitted = await contributor.post(`${d}/submit-for-review`, {
      acknowledgedGaps: gaps,
      reviewerId: reviewer.user!.id,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', reviewer: { userId: reviewer.user!.id } });
    const shown = await contributor.get(d);
    expect(shown.body.reviewer).toEqual({ userId: reviewer.user!.id, displayName: 'reviewer' });
    const audit = await owner.get(`/api/orgs/${orgId}/audit`);
    expect(audit.body.items[0]).toMatchObject({
      action: 'draft.submitted_for_review',
      data: { reviewerId: reviewer.user!.id, acknowledgedGaps: [...new Set(gaps)] },
    });
  });

  it('four-eyes never strands a company of one: the sole owner approves their own draft and the audit says so; a second reviewer restores the rule', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('一人会社');
    const created = await owner.post(`/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' });
    const d = `/api/orgs/${orgId}/drafts/${String(created.body.id)}`;
    await fill(owner, d, 1);
    expect((await owner.post(`${d}/submit-for-review`)).body.status).toBe('in_review');
    const approved = await owner.post(`${d}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const audit = await owner.get(`/api/orgs/${orgId}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'draft.approved', data: { soleReviewer: true } });

    // Once someone else may review, the owner's own version needs them.
    const reviewer = await s.ctx.newMember(owner, orgId, 'reviewer');
    expect((await reviewer.post(`${d}/request-changes`, { comment: '確認します。' })).body.status).toBe(
      'changes_requested',
    );
    const current = Number((await owner.get(d)).body.currentVersion);
    await fill(owner, d, current, '年6回');
    expect((await owner.post(`${d}/submit-for-review`)).body.status).toBe('in_review');
    expect((await owner.post(`${d}/approve`)).body.code).toBe('FOUR_EYES');
    expect((await reviewer.post(`${d}/approve`)).body.status).toBe('approved');
  });

  it('an approved draft with gaps is no dead end: changes requested after approval, edited, approved by another member, published, unpublished, corrected', async () => {
    const { owner, orgId, contributor, reviewer, otherReviewer, d, gaps } = await team();
    const slug = String((await owner.get(`/api/orgs/${orgId}`)).body.slug);
    expect((await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps })).status).toBe(200);
    expect((await reviewer.post(`${d}/approve`)).body.status).toBe('approved');
    expect((await owner.post(`${d}/publish`)).body.code).toBe('DRAFT_INCOMPLETE');

    // The reviewer sends the approved draft back; the contributor fills the gaps.
    const back = await reviewer.post(`${d}/request-changes`, { comment: '要記入の箇所を埋めてください。' });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('changes_requested');
    let version = await fill(contributor, d, 1);
    expect((await contributor.post(`${d}/submit-for-review`)).body.status).toBe('in_review');

    // Four-eyes: the owner saved nothing, so may approve; a reviewer who saved the current version may not.
    const rv = await reviewer.post(`${d}/request-changes`, { comment: '表現を調整します。' });
    expect(rv.body.status).toBe('changes_requested');
    // The reviewer cannot edit (no draft:edit); the owner edits, so the owner may not approve this version.
    version = await fill(owner, d, version, '年6回');
    expect((await owner.post(`${d}/submit-for-review`)).body.status).toBe('in_review');
    const self = await owner.post(`${d}/approve`);
    expect(self.status).toBe(409);
    expect(self.body).toMatchObject({
      code: 'FOUR_EYES',
      message: expect.stringContaining('あなた自身は承認できません'),
    });
    expect((await otherReviewer.post(`${d}/approve`)).body.status).toBe('approved');

    const published = await owner.post(`${d}/publish`);
    expect(published.status).toBe(200);
    const firstPublication = String(published.body.publications[0].publicationId);
    const visitor = s.ctx.client();
    expect((await visitor.get(`/api/public/companies/${slug}/publications/${firstPublication}`)).status).toBe(200);

    // Unpublish: withdrawn, off every public page, audited; twice is harmless.
    const withdrawn = await owner.post(`${d}/unpublish`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      publications: [{ publicationId: firstPublication, withdrawnAt: expect.any(String) }],
    });
    expect((await owner.post(`${d}/unpublish`)).body.status).toBe('withdrawn');
    expect((await reviewer.post(`${d}/unpublish`)).status).toBe(403);
    expect((await visitor.get(`/api/public/companies/${slug}/publications/${firstPublication}`)).status).toBe(404);
    expect((await visitor.get(`/api/public/companies/${slug}`)).status).toBe(404);

    // A correction: edit (a new cycle), review, approve, publish — the public page shows it.
    version = await fill(contributor, d, version, '年8回');
    expect((await contributor.get(d)).body.status).toBe('draft');
    expect((await contributor.post(`${d}/submit-for-review`)).status).toBe(200);
    expect((await reviewer.post(`${d}/approve`)).status).toBe(200);
    const corrected = await owner.post(`${d}/publish`);
    const firstVersion = Number(published.body.publications[0].version);
    expect(
      corrected.body.publications.map((p: { version: number; withdrawnAt: string | null }) => [
        p.version,
        p.withdrawnAt === null,
      ]),
    ).toEqual([
      [firstVersion, false],
      [version, true],
    ]);
    const page = await visitor.get(`/api/public/companies/${slug}`);
    expect(page.status).toBe(200);
    expect(page.body.disclosures).toHaveLength(1);
    expect(page.body.disclosures[0].version).toBe(version);

    // Publishing a correction of a public version keeps the earlier version in the public history.
    version = await fill(contributor, d, version, '年10回');
    expect((await contributor.post(`${d}/submit-for-review`)).status).toBe(200);
    expect((await reviewer.post(`${d}/approve`)).status).toBe(200);
    expect((await owner.post(`${d}/publish`)).status).toBe(200);
    const history = (await visitor.get(`/api/public/companies/${slug}`)).body.disclosures[0];
    expect([history.version, history.olderVersions.map((o: { version: number }) => o.version)]).toEqual([
      version,
      [version - 2],
    ]);

    const trail = ((await owner.get(`/api/orgs/${orgId}/audit`)).body.items as { action: string }[]).map(
      (e) => e.action,
    );
    expect(trail.filter((a) => a === 'draft.unpublished')).toHaveLength(1);
    expect(trail.filter((a) => a === 'draft.published')).toHaveLength(3);
  });

  it('double clicks answer with the state reached; a refused step names the state in words, in the request language', async () => {
    const { owner, contributor, reviewer, d, gaps } = await team();
    const first = await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps });
    const second = await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps });
    expect([first.status, second.status, second.body.status]).toEqual([200, 200, 'in_review']);
    const both = await Promise.all([reviewer.post(`${d}/approve`), reviewer.post(`${d}/approve`)]);
    expect(both.map((r) => [r.status, r.body.status])).toEqual([
      [200, 'approved'],
      [200, 'approved'],
    ]);

    const early = await owner.post(`${d}/unpublish`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('INVALID_TRANSITION');
    expect(early.body.message).toBe(
      'ドラフトが「承認済み」の間は、この操作はできません。画面を再読み込みして、現在の状態を確認してください。',
    );
    expect(early.body.message).not.toMatch(/approved|in_review/);
    const trail = ((await owner.get(`/api/orgs/${d.split('/')[3]}/audit`)).body.items as { action: string }[]).map(
      (e) => e.action,
    );
    expect(trail.filter((a) => a === 'draft.submitted_for_review')).toHaveLength(1);
    expect(trail.filter((a) => a === 'draft.approved')).toHaveLength(1);
  });

  it('notifies in the app and by e-mail: review requested (picked reviewer or all reviewers), changes, approval, publication, investor question', async () => {
    const { owner, orgId, contributor, reviewer, otherReviewer, viewer, d, gaps } = await team();
    const list = async (c: Client) =>
      (await c.get(`/api/orgs/${orgId}/notifications`)).body as {
        items: { id: string; kind: string; title: string; actorName: string | null; readAt: string | null }[];
        unread: number;
      };

    expect(
      (await contributor.post(`${d}/submit-for-review`, { acknowledgedGaps: gaps, reviewerId: otherReviewer.user!.id }))
        .status,
    ).toBe(200);
    expect((await list(otherReviewer)).items.map((n) => n.kind)).toEqual(['review_requested']);
    expect((await list(reviewer)).items).toEqual([]);
    expect((await list(viewer)).unread).toBe(0);
    const mail = outbox(otherReviewer.user!.email).filter((m) => m.kind === 'review_requested');
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toMatch(/^【知財ガバナンス・ナビ】レビュー依頼：/);
    expect(mail[0].text).toContain(`/o/${orgId}/drafts/`);

    await otherReviewer.post(`${d}/request-changes`, { comment: '出典を追記してください。' });
    const forContributor = await list(contributor);
    expect(forContributor.items.map((n) => [n.kind, n.actorName])).toEqual([
      ['changes_requested', otherReviewer.user!.displayName],
    ]);
    expect(forContributor.unread).toBe(1);

    // Without a picked reviewer, every member who may review hears of it (not the requester).
    await fill(contributor, d, 1);
    await contributor.post(`${d}/submit-for-review`);
    expect((await list(reviewer)).items.map((n) => n.kind)).toEqual(['review_requested']);
    expect((await list(owner)).items.map((n) => n.kind)).toEqual(['review_requested']);
    await reviewer.post(`${d}/approve`);
    expect((await list(owner)).items.map((n) => n.kind)).toEqual(['draft_approved', 'review_requested']);
    await owner.post(`${d}/publish`);
    expect((await list(contributor)).items.map((n) => n.kind)).toEqual([
      'draft_published',
      'draft_approved',
      'changes_requested',
    ]);

    // Read one, then all; another member's notification is 404 and stays unread.
    const mine = await list(contributor);
    const one = await contributor.post(`/api/orgs/${orgId}/notifications/${mine.items[0].id}/read`);
    expect(one.status).toBe(200);
    expect(one.body.readAt).toEqual(expect.any(String));
    expect((await list(contributor)).unread).toBe(2);
    const ownerItem = (await list(owner)).items[0].id;
    expect((await contributor.post(`/api/orgs/${orgId}/notifications/${ownerItem}/read`)).status).toBe(404);
    expect((await list(owner)).unread).toBe(2);
    const all = await contributor.post(`/api/orgs/${orgId}/notifications/read-all`);
    expect([all.status, all.body.unread]).toEqual([200, 0]);

    // An investor's question reaches the members who may answer (owner, contributor, reviewers; not the viewer).
    const publicationId = String((await contributor.get(d)).body.publications[0].publicationId);
    const investor = await s.ctx.newInvestor();
    expect(
      (await investor.post(`/api/public/publications/${publicationId}/questions`, { body: '研究開発費の内訳は？' }))
        .status,
    ).toBe(201);
    for (const c of [owner, contributor, reviewer, otherReviewer])
      expect((await list(c)).items[0].kind).toBe('question_asked');
    expect((await list(viewer)).items).toEqual([]);
    expect(outbox(reviewer.user!.email).filter((m) => m.kind === 'question_asked')[0].text).toContain(
      `/o/${orgId}/questions`,
    );
  });
});
