import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { WEAK_JA, useDisclosureSuite } from '../../../test/support/disclosure-steps';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';

/**
 * Rows with chosen scores, times and ids: ties on score, on time, and on both, and an id order that disagrees with the
 * time order, so every tie-break is exercised.
 */
const ROWS: { id: string; overall: number; at: string }[] = [
  { id: '00000000-0000-4000-8000-000000000001', overall: 50, at: '2026-11-08T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000002', overall: 70, at: '2026-11-04T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000003', overall: 70, at: '2026-11-03T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000004', overall: 70, at: '2026-11-03T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000005', overall: 30, at: '2026-11-05T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000006', overall: 70, at: '2026-11-03T09:00:00.000Z' },
  { id: '00000000-0000-4000-8000-000000000007', overall: 50, at: '2026-11-07T09:00:00.000Z' },
];

const byNewest = (a: (typeof ROWS)[number], b: (typeof ROWS)[number]) =>
  b.at.localeCompare(a.at) || b.id.localeCompare(a.id);
const byScore = (a: (typeof ROWS)[number], b: (typeof ROWS)[number]) => b.overall - a.overall || byNewest(a, b);

describe('disclosures: the history ordered in SQL, newest first or by score, across pages (HTTP, real database)', () => {
  const suite = useDisclosureSuite();
  let orgId = '';
  let owner: typeof suite.owner;

  beforeAll(async () => {
    ({ owner, orgId } = await suite.s.ctx.newOrganization('並べ替え株式会社'));
    // One real judgement, copied onto rows whose score, time and id the test chooses.
    const scored = await owner.post(`/api/orgs/${orgId}/disclosures`, {
      title: 'seed',
      documentType: 'other',
      text: WEAK_JA,
    });
    expect(scored.status).toBe(201);
    const repo = suite.s.t.db.getRepository(DisclosureScoreEntity);
    const template = await repo.findOneByOrFail({ id: scored.body.id as string });
    await repo.delete({ id: template.id });
    await repo.insert(
      ROWS.map((r) => ({
        ...template,
        id: r.id,
        title: `row-${r.id.slice(-1)}`,
        overall: r.overall,
        createdAt: new Date(r.at),
      })),
    );
    // Another organization's best text never shows up in this one's history.
    await suite.paste(WEAK_JA, { title: 'other-org' });
    await repo.update({ organizationId: suite.orgId }, { overall: 100 });
  });

  /** Every page of `?sort=` with `limit` items each, as the web app walks them (nextOffset until null). */
  async function walk(sort: string | null, limit: number): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const query = `?offset=${offset}&limit=${limit}${sort ? `&sort=${sort}` : ''}`;
      const res = await owner.get(`/api/orgs/${orgId}/disclosures${query}`);
      expect(res.status).toBe(200);
      ids.push(...(res.body.items as DisclosureSummary[]).map((d) => d.id));
      totals.push(res.body.total as number);
      offset = res.body.nextOffset as number | null;
    }
    return { ids, totals };
  }

  it('orders by score high → low, then newest, then id, the same across pages of every size', async () => {
    const expected = [...ROWS].sort(byScore).map((r) => r.id);
    // 70: the newest, then three at one time by id desc; 50 newest first (not by id); 30.
    expect(expected.map((id) => id.slice(-1))).toEqual(['2', '6', '4', '3', '1', '7', '5']);
    for (const limit of [1, 2, 3, 7, 50]) {
      const { ids, totals } = await walk('score', limit);
      expect(ids).toEqual(expected);
      expect(new Set(totals)).toEqual(new Set([ROWS.length]));
    }
  });

  it('orders newest first (the default and `sort=newest`), ties by id, across pages', async () => {
    const expected = [...ROWS].sort(byNewest).map((r) => r.id);
    expect(expected.map((id) => id.slice(-1))).toEqual(['1', '7', '5', '2', '6', '4', '3']);
    for (const sort of [null, 'newest']) {
      for (const limit of [2, 3, 50]) expect((await walk(sort, limit)).ids).toEqual(expected);
    }
  });

  it('answers an unknown order with 400 VALIDATION_FAILED naming `sort`, in the common error shape', async () => {
    for (const bad of ['oldest', 'SCORE', '', 'score,newest']) {
      const res = await owner.get(`/api/orgs/${orgId}/disclosures?sort=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'sort', code: 'isIn', message: expect.any(String) }],
      });
    }
    const twice = await owner.get(`/api/orgs/${orgId}/disclosures?sort=score&sort=newest`);
    expect(twice.status).toBe(400);
    // Paging is still checked beside the order, and other query names are still refused.
    const badLimit = await owner.get(`/api/orgs/${orgId}/disclosures?sort=score&limit=0`);
    expect([badLimit.status, badLimit.body.errors[0]?.field]).toEqual([400, 'limit']);
    expect((await owner.get(`/api/orgs/${orgId}/disclosures?order=score`)).status).toBe(400);
    expect(await suite.countRows(orgId)).toBe(ROWS.length);
  });

  it("never lists another organization's texts, in either order", async () => {
    for (const sort of ['score', 'newest']) {
      const res = await owner.get(`/api/orgs/${orgId}/disclosures?sort=${sort}`);
      expect(res.body.total).toBe(ROWS.length);
      expect((res.body.items as DisclosureSummary[]).map((d) => d.title)).not.toContain('other-org');
      const other = await suite.owner.get(`/api/orgs/${orgId}/disclosures?sort=${sort}`);
      expect(other.status).toBe(404);
    }
  });
});
