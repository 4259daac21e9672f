import type { Client } from '../../../test/test-app';
import { BenchmarkSnapshotService } from './benchmark-snapshot.service';
import { useTestApp } from '../../../test/support/use-test-app';

// This file owns one benchmark cell (Fishery/Agriculture × startup) so that other suites on the same database
// cannot move its figures.
const SECTOR = '0050';
const BAND = 'startup';
const LEVELS = [0, 1, 2, 3, 4] as const;

interface Company {
  owner: Client;
  orgId: string;
  roundId: string;
  overall: number;
}

describe('industry benchmark (HTTP, real database)', () => {
  const s = useTestApp();
  let job: BenchmarkSnapshotService;

  beforeAll(async () => {
    job = s.t.app.get(BenchmarkSnapshotService);
    // A database kept from an earlier run may still hold this file's organizations in the cell: they leave it.
    await s.t.db.query(
      `DELETE FROM benchmark_participations p USING organizations o WHERE o.id = p.organization_id AND o.industry = $1 AND o.company_size = $2`,
      [SECTOR, BAND],
    );
  });

  /** A company in the cell with one submitted listed round whose answers all sit at `level`. */
  async function company(level: number): Promise<Company> {
    const { owner, orgId } = await s.ctx.newOrganization();
    expect((await owner.patch(`/api/orgs/${orgId}`, { industry: SECTOR, companySize: BAND })).status).toBe(200);
    const started = await owner.post(`/api/orgs/${orgId}/assessments`, { track: 'listed' });
    const roundId = started.body.id as string;
    const base = `/api/orgs/${orgId}/assessments/${roundId}`;
    for (const q of ['m6.cross-functional', 'm6.ip-head-in-strategy']) {
      expect((await owner.send('put', `${base}/answers/${q}`, { value: level, expectedVersion: 0 })).status).toBe(200);
    }
    expect((await owner.post(`${base}/submit`)).status).toBe(200);
    const overall = (await owner.get(`${base}/results`)).body.overall.score as number;
    return { owner, orgId, roundId, overall };
  }

  const optIn = (c: Company, optedIn = true) =>
    c.owner.send('put', `/api/orgs/${c.orgId}/benchmark-participation`, { optedIn });
  const standing = (c: Company) => c.owner.get(`/api/orgs/${c.orgId}/assessments/${c.roundId}/benchmark`);
  /** The investor's view of this file's cell, read without signing in. */
  const publicBand = async () => {
    const res = await s.ctx.client().get(`/api/public/benchmark/${SECTOR}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ industry: SECTOR, minimum: 5 });
    return (res.body.bands as { sizeBand: string }[]).find((b) => b.sizeBand === BAND);
  };

  it('opt in, snapshot, read; withheld below 5 without counts; idempotent; frozen on one join; opt-out leaves the next snapshot', async () => {
    const companies: Company[] = [];
    for (const level of [...LEVELS, 2]) companies.push(await company(level));
    const [a, , , , e, f] = companies as [Company, Company, Company, Company, Company, Company];

    // Off by default, and nothing is shown to an organization that does not take part (give to get).
    expect((await a.owner.get(`/api/orgs/${a.orgId}/benchmark-participation`)).body).toMatchObject({
      optedIn: false,
      industry: SECTOR,
      sizeBand: BAND,
    });
    expect((await standing(a)).body).toEqual({ status: 'not-opted-in', minimum: 5 });

    // Four take part: the cell is withheld, and the answer carries no count that could be subtracted.
    for (const c of companies.slice(0, 4))
      expect((await optIn(c)).body).toMatchObject({ optedIn: true, optedInBy: { displayName: 'オーナー' } });
    await job.run();
    expect((await standing(a)).body).toEqual({ status: 'not-enough', minimum: 5, industry: SECTOR, sizeBand: BAND });
    expect(await publicBand()).toBeUndefined(); // withheld on the public page too: absent, no count

    // The fifth: published. The median of five scores is the third; the own score is the round's own.
    expect((await optIn(e)).status).toBe(200);
    const published = await job.run();
    expect(published.stored).toBe(true);
    const shown = (await standing(a)).body;
    expect(shown).toMatchObject({ status: 'shown', contributors: 5, industry: SECTOR, sizeBand: BAND });
    const overall = shown.rows.find((r: { key: string }) => r.key === 'overall');
    const sorted = companies
      .slice(0, 5)
      .map((c) => Math.round(c.overall))
      .sort((x, y) => x - y);
    expect(overall).toMatchObject({
      own: Math.round(a.overall),
      industry: { median: sorted[2], p25: sorted[1], p75: sorted[3] },
      position: 'below-p25',
    });
    expect(JSON.stringify(shown)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no organization or user ids

    // Investors see the same quartiles without signing in, and nothing of any one company: no ids, names or scores.
    const band = await publicBand();
    expect(band).toMatchObject({ sizeBand: BAND, contributors: 5, computedAt: shown.computedAt });
    const publicOverall = (band as unknown as { rows: { key: string }[] }).rows[0];
    expect(publicOverall).toEqual({
      key: 'overall',
      label: { ja: '総合', en: 'Overall' },
      quartiles: { median: sorted[2], p25: sorted[1], p75: sorted[3] },
    });
    const publicText = JSON.stringify(band);
    expect(publicText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(publicText).not.toMatch(/"(own|position|members|name[A-Za-z]*|legalName[A-Za-z]*|organizationId)"/);

    // Running the job again with nothing new stores nothing (idempotent).
    expect(await job.run()).toEqual({ ...published, stored: false });

    // One more joins: the figures stay frozen (a single join cannot be read off the difference).
    expect((await optIn(f)).status).toBe(200);
    await job.run();
    expect((await standing(a)).body).toEqual(shown);
    expect(await publicBand()).toEqual(band);

    // Opting out twice is one change; two leave: the live cell falls to 4 and the next snapshot withholds it.
    expect((await optIn(e, false)).body).toMatchObject({ optedIn: false, optedInAt: null });
    expect((await optIn(e, false)).status).toBe(200);
    expect((await optIn(f, false)).status).toBe(200);
    const after = await job.run();
    expect(after.stored).toBe(true);
    expect((await standing(a)).body).toEqual({ status: 'not-enough', minimum: 5, industry: SECTOR, sizeBand: BAND });
    expect((await standing(e)).body).toEqual({ status: 'not-opted-in', minimum: 5 });
    expect(await publicBand()).toBeUndefined();
    const audit = await s.t.db.query(
      `SELECT action FROM audit_events WHERE organization_id = $1 AND action LIKE 'benchmark.%' ORDER BY created_at`,
      [e.orgId],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['benchmark.opted-in', 'benchmark.opted-out']);
  });

  it('needs a sector to opt in, an admin to switch it, a boolean, and keeps each organization to its own rounds', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const put = (c: Client, body: unknown) => c.send('put', `/api/orgs/${orgId}/benchmark-participation`, body);
    const noSector = await put(owner, { optedIn: true });
    expect([noSector.status, noSector.body.code]).toEqual([409, 'BENCHMARK_INDUSTRY_REQUIRED']);
    expect((await put(owner, { optedIn: 'yes' })).status).toBe(400);
    expect((await put(owner, {})).status).toBe(400);
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    expect((await put(contributor, { optedIn: false })).status).toBe(403);
    expect((await contributor.get(`/api/orgs/${orgId}/benchmark-participation`)).body).toMatchObject({
      optedIn: false,
      industry: null,
    });
    const rows = await s.t.db.query('SELECT 1 FROM benchmark_participations WHERE organization_id = $1', [orgId]);
    expect(rows).toEqual([]);

    // Another organization's round through one's own organization: 404, as for every assessment route.
    const other = await company(3);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/${other.roundId}/benchmark`)).status).toBe(404);
    expect((await owner.get(`/api/orgs/${orgId}/assessments/not-a-uuid/benchmark`)).status).toBe(404);
  });

  it('public distribution: any sector code outside the TSE list is 400 at once; a sector without figures is an empty list', async () => {
    const anonymous = s.ctx.client();
    for (const bad of ['9999', 'abc', '0050x', 'x'.repeat(5000)]) {
      const started = Date.now();
      const res = await anonymous.get(`/api/public/benchmark/${encodeURIComponent(bad)}`);
      expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    // No suite contributes to Mining: nobody opted in there, so nothing is published and nothing is counted.
    expect((await anonymous.get('/api/public/benchmark/1050')).body).toEqual({
      industry: '1050',
      minimum: 5,
      bands: [],
    });
  });
});
