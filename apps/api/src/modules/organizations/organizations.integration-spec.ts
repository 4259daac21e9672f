import type { AuditEvent, CurrentUser, OrganizationProfile } from '@ipgn/contracts';
import { useTestApp } from '../../../test/support/use-test-app';

describe('organizations (HTTP, real database)', () => {
  const s = useTestApp();

  it('gives a new organization a complete profile with sensible defaults', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('株式会社初期値');
    const res = await owner.get(`/api/orgs/${orgId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: orgId,
      legalNameJa: '株式会社初期値',
      legalNameEn: null,
      listingStatus: 'unlisted',
      companySize: 'sme',
      industry: null,
      fiscalYearEndMonth: 3,
    } satisfies Partial<OrganizationProfile>);
    expect(res.body.slug).toMatch(/^org-[0-9a-f]{8}$/);
  });

  it('updates the profile, records who changed what, and records nothing for a no-op', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('株式会社更新前');
    const patch = {
      legalNameJa: '  株式会社更新後  ',
      legalNameEn: 'Updated Co., Ltd.',
      listingStatus: 'prime',
      companySize: 'large',
      industry: '3650',
      fiscalYearEndMonth: 12,
    };
    const res = await owner.patch(`/api/orgs/${orgId}`, patch);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...patch, legalNameJa: '株式会社更新後' });
    expect((await owner.get(`/api/orgs/${orgId}`)).body).toMatchObject({ ...patch, legalNameJa: '株式会社更新後' });

    // The same values again: nothing changes, nothing is recorded.
    expect((await owner.patch(`/api/orgs/${orgId}`, { fiscalYearEndMonth: 12 })).status).toBe(200);
    // null clears the English name and the industry.
    const cleared = await owner.patch(`/api/orgs/${orgId}`, { legalNameEn: null, industry: null });
    expect(cleared.body).toMatchObject({ legalNameEn: null, industry: null });

    const audit = (await owner.get(`/api/orgs/${orgId}/audit`)).body.items as AuditEvent[];
    expect(audit.map((e) => e.action)).toEqual([
      'organization.updated',
      'organization.updated',
      'organization.created',
    ]);
    expect(audit[0].data).toEqual({ legalNameEn: null, industry: null });
    expect(audit[1].data).toEqual({ ...patch, legalNameJa: '株式会社更新後' });
    expect(audit[1].actor).toEqual({ userId: owner.user!.id, displayName: 'オーナー' });
  });

  it('lets a viewer read the profile but not change it', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    expect((await viewer.get(`/api/orgs/${orgId}`)).status).toBe(200);
    const res = await viewer.patch(`/api/orgs/${orgId}`, { legalNameJa: '勝手に変更' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect((await owner.get(`/api/orgs/${orgId}`)).body.legalNameJa).toBe('テスト株式会社');
  });

  it('creates another organization owned by the caller, who can then switch between both', async () => {
    const { owner, orgId: first } = await s.ctx.newOrganization('株式会社一号');
    const res = await owner.post('/api/organizations', {
      legalNameJa: '株式会社二号',
      legalNameEn: 'Second Holdings',
      companySize: 'startup',
    });
    expect(res.status).toBe(201);
    const second = res.body as OrganizationProfile;
    expect(second).toMatchObject({ legalNameJa: '株式会社二号', companySize: 'startup', listingStatus: 'unlisted' });
    expect(second.slug).toMatch(/^second-holdings-[0-9a-f]{8}$/);

    let me = (await owner.get('/api/auth/me')).body as CurrentUser;
    expect(me.memberships.map((m) => [m.organizationName, m.role])).toEqual([
      ['株式会社一号', 'owner'],
      ['株式会社二号', 'owner'],
    ]);
    expect(me.lastOrganizationId).toBe(second.id);

    // Opening the first one makes it the organization to return to.
    expect((await owner.get(`/api/orgs/${first}`)).status).toBe(200);
    me = (await owner.get('/api/auth/me')).body as CurrentUser;
    expect(me.lastOrganizationId).toBe(first);

    const audit = (await owner.get(`/api/orgs/${second.id}/audit`)).body.items as AuditEvent[];
    expect(audit.map((e) => [e.action, e.target])).toEqual([['organization.created', '株式会社二号']]);
  });

  it('refuses an organization to an investor account', async () => {
    const investor = await s.ctx.newInvestor();
    const res = await investor.post('/api/organizations', { legalNameJa: '投資家の会社' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('INVESTOR_NO_ORGANIZATION');
    expect(((await investor.get('/api/auth/me')).body as CurrentUser).memberships).toEqual([]);
  });

  it('refuses an anonymous caller', async () => {
    const res = await s.ctx.client().post('/api/organizations', { legalNameJa: '匿名株式会社' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});
