import { smeOnePagerChecklist, type Draft } from '@ipgn/drafting';
import { useTestApp } from '../../../test/support/use-test-app';

describe('drafts list: pages, never a silent cap (HTTP, real database)', () => {
  const s = useTestApp();

  it('serves every draft once across pages, newest first, with the total; refuses a bad page', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const created: string[] = [];
    for (const type of ['cg-report', 'sme-one-pager', 'integrated-report'] as const) {
      const res = await owner.post(`/api/orgs/${orgId}/drafts`, { type, language: 'ja' });
      expect(res.status).toBe(201);
      created.push(String(res.body.id));
    }
    const all = await owner.get(`/api/orgs/${orgId}/drafts`);
    expect(all.body).toMatchObject({ total: 3, offset: 0, limit: 50, hasMore: false, nextOffset: null });
    expect(all.body.items.map((d: { id: string }) => d.id)).toEqual([...created].reverse());

    const first = await owner.get(`/api/orgs/${orgId}/drafts?limit=2`);
    expect(first.body).toMatchObject({ total: 3, limit: 2, hasMore: true, nextOffset: 2 });
    const second = await owner.get(`/api/orgs/${orgId}/drafts?limit=2&offset=2`);
    expect(second.body).toMatchObject({ total: 3, hasMore: false, nextOffset: null });
    expect([...first.body.items, ...second.body.items].map((d: { id: string }) => d.id)).toEqual(
      all.body.items.map((d: { id: string }) => d.id),
    );
    // The current version's score and completeness come with each item (one batched query, not one per row).
    expect(first.body.items[0]).toMatchObject({ currentVersion: 1, completeness: expect.any(Number) });
    // An SME one-pager is measured by its checklist (the count its page shows); the other types have none.
    const byType = new Map(
      (all.body.items as { type: string; checklist: unknown }[]).map((d) => [d.type, d.checklist] as const),
    );
    expect(byType.get('cg-report')).toBeNull();
    expect(byType.get('integrated-report')).toBeNull();
    const onePager = await owner.get(`/api/orgs/${orgId}/drafts/${created[1]}`);
    const checklist = smeOnePagerChecklist(onePager.body.current.draft as Draft);
    expect(checklist).not.toBeNull();
    expect(byType.get('sme-one-pager')).toEqual({ met: checklist?.met, total: checklist?.total });
    expect(onePager.body.checklist).toEqual(byType.get('sme-one-pager'));

    for (const [query, field, code] of [
      ['limit=0', 'limit', 'min'],
      ['limit=201', 'limit', 'max'],
      ['offset=-1', 'offset', 'isInt'],
      ['offset=x', 'offset', 'isInt'],
    ] as const) {
      const bad = await owner.get(`/api/orgs/${orgId}/drafts?${query}`);
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field, code })] });
    }
  });
});
