import { DEMO_COMPANY_FACTS } from '@ipgn/drafting';
import { put } from '../../../test/support/assessment-steps';
import { countRows } from '../../../test/support/draft-steps';
import { useTestApp } from '../../../test/support/use-test-app';

describe('drafts: company facts (HTTP, real database)', () => {
  const s = useTestApp();
  const count = (table: string, orgId: string) => countRows(s.t.db, table, orgId);

  it('starts empty, saves valid facts with optimistic concurrency, and audits the change', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const empty = await owner.get(`/api/orgs/${orgId}/company-facts`);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ facts: {}, version: 0, updatedBy: null, updatedAt: null });

    const saved = await put(owner, `/api/orgs/${orgId}/company-facts`, {
      facts: DEMO_COMPANY_FACTS,
      expectedVersion: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(saved.body.facts).toEqual(DEMO_COMPANY_FACTS);
    expect(saved.body.updatedBy.userId).toBe(owner.user!.id);

    const stale = await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('FACTS_VERSION_CONFLICT');
    expect((await owner.get(`/api/orgs/${orgId}/company-facts`)).body.facts).toEqual(DEMO_COMPANY_FACTS);

    const audit = await owner.get(`/api/orgs/${orgId}/audit`);
    expect((audit.body.items as { action: string }[]).filter((e) => e.action === 'company_facts.updated')).toHaveLength(
      1,
    );
  });

  it('refuses a malformed fact with 400 naming the field, in the request language, and writes nothing', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const bad = {
      kpis: [
        {
          id: 'k1',
          name: { ja: '特許件数', en: 'Patents' },
          kind: 'count',
          unit: 'bananas',
          target: { value: '10', fiscalYear: 2028 },
        },
      ],
      vision: { targetYear: 2035 },
      segments: 'power',
      surprise: true,
    };
    const res = await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: bad, expectedVersion: 0 });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string; code: string; message: string }[]).map(
      (e) => `${e.field} ${e.code}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        'facts.kpis.0.unit isIn',
        'facts.kpis.0.target.value isNumber',
        'facts.vision.statement isDefined',
        'facts.segments isArray',
        'facts.surprise whitelistValidation',
      ]),
    );
    expect(
      (res.body.errors as { field: string; message: string }[]).find((e) => e.field === 'facts.kpis.0.target.value')
        ?.message,
    ).toBe('数値で入力してください。');
    expect(await count('company_facts', orgId)).toBe(0);
    expect((await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: [], expectedVersion: 0 })).status).toBe(400);
    expect((await put(owner, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: -1 })).status).toBe(400);
    expect(await count('company_facts', orgId)).toBe(0);
  });

  it('lets exactly one of two first saves win (the other gets 409), simultaneous on a PostgreSQL server', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const admin = await s.ctx.newMember(owner, orgId, 'admin');
    const byOwner = () =>
      put(owner, `/api/orgs/${orgId}/company-facts`, {
        facts: { vision: DEMO_COMPANY_FACTS.vision },
        expectedVersion: 0,
      });
    const byAdmin = () =>
      put(admin, `/api/orgs/${orgId}/company-facts`, { facts: { sme: DEMO_COMPANY_FACTS.sme }, expectedVersion: 0 });
    // Truly at once on a PostgreSQL server. The embedded PGlite serves one query at a time anyway, and its socket
    // server interleaves concurrent extended-protocol batches of different connections (electric-sql/pglite#1046),
    // so there the two saves go one after the other: the second first-save must still lose.
    const results =
      process.env['TEST_DATABASE_KIND'] === 'PostgreSQL server'
        ? await Promise.all([byOwner(), byAdmin()])
        : [await byOwner(), await byAdmin()];
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await owner.get(`/api/orgs/${orgId}/company-facts`)).body.version).toBe(1);
  });

  it('lets a viewer read but not write the facts', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    expect((await viewer.get(`/api/orgs/${orgId}/company-facts`)).status).toBe(200);
    const res = await put(viewer, `/api/orgs/${orgId}/company-facts`, { facts: {}, expectedVersion: 0 });
    expect(res.status).toBe(403);
    expect(await count('company_facts', orgId)).toBe(0);
  });
});
