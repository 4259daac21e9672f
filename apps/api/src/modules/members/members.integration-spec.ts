import type { AuditEvent, CreatedInvitation, CurrentUser, Invitation, Member } from '@ipgn/contracts';
import type { Client } from '../../../test/test-app';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../../test/test-app';
import { useTestApp } from '../../../test/support/use-test-app';

const tokenOf = (inv: CreatedInvitation) => inv.acceptUrl.split('/invitations/')[1];

describe('members and invitations (HTTP, real database)', () => {
  const s = useTestApp();

  async function signUp(email: string, accountType: 'company' | 'investor' = 'company'): Promise<Client> {
    const c = s.ctx.client();
    const res = await c.post('/api/auth/signup', {
      email,
      password: DEFAULT_PASSWORD,
      displayName: '招待者',
      accountType,
    });
    expect(res.status).toBe(201);
    c.user = res.body as CurrentUser;
    return c;
  }

  async function members(c: Client, orgId: string): Promise<Member[]> {
    return (await c.get(`/api/orgs/${orgId}/members`)).body.items as Member[];
  }

  it('invites by e-mail link: anyone may preview it, the invitee accepts it once and joins with the role', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('株式会社招待元');
    const email = uniqueEmail('invitee');
    const created = await owner.post(`/api/orgs/${orgId}/invitations`, {
      email: email.toUpperCase(),
      role: 'reviewer',
    });
    expect(created.status).toBe(201);
    const inv = created.body as CreatedInvitation;
    expect(inv).toMatchObject({ email, role: 'reviewer', status: 'pending', invitedBy: { userId: owner.user!.id } });
    const token = tokenOf(inv);

    const preview = await s.ctx.client().get(`/api/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ organizationName: '株式会社招待元', email, role: 'reviewer' });

    const invitee = await signUp(email);
    const accepted = await invitee.post(`/api/invitations/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect((accepted.body as CurrentUser).memberships).toEqual([
      expect.objectContaining({ organizationId: orgId, role: 'reviewer' }),
    ]);
    expect((accepted.body as CurrentUser).lastOrganizationId).toBe(orgId);
    expect((await members(owner, orgId)).find((m) => m.email === email)?.role).toBe('reviewer');
    expect(
      ((await owner.get(`/api/orgs/${orgId}/invitations`)).body.items as Invitation[]).find((i) => i.id === inv.id)
        ?.status,
    ).toBe('accepted');

    // Used up: the link no longer previews or accepts.
    expect((await s.ctx.client().get(`/api/invitations/${token}`)).status).toBe(404);
    const again = await invitee.post(`/api/invitations/${token}/accept`);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('INVALID_TOKEN');
  });

  it('refuses a forwarded link: the signed-in address must be the invited one', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const invited = uniqueEmail('invited');
    const inv = (await owner.post(`/api/orgs/${orgId}/invitations`, { email: invited, role: 'admin' }))
      .body as CreatedInvitation;
    const someoneElse = await signUp(uniqueEmail('forwarded'));
    const res = await someoneElse.post(`/api/invitations/${tokenOf(inv)}/accept`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('INVITATION_EMAIL_MISMATCH');
    expect(res.body.message).toContain(invited);
    expect((await members(owner, orgId)).map((m) => m.userId)).toEqual([owner.user!.id]);
    // The invitation is still usable by the right person.
    expect((await s.ctx.client().get(`/api/invitations/${tokenOf(inv)}`)).status).toBe(200);
  });

  it('refuses an investor account, even one with the invited address', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const email = uniqueEmail('investor');
    const inv = (await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' }))
      .body as CreatedInvitation;
    const investor = await signUp(email, 'investor');
    const res = await investor.post(`/api/invitations/${tokenOf(inv)}/accept`);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('INVESTOR_CANNOT_JOIN');
    expect(await members(owner, orgId)).toHaveLength(1);
  });

  it('revokes an invitation: the link stops working', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const email = uniqueEmail('revoked');
    const inv = (await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' }))
      .body as CreatedInvitation;
    expect((await owner.delete(`/api/orgs/${orgId}/invitations/${inv.id}`)).status).toBe(204);
    expect((await s.ctx.client().get(`/api/invitations/${tokenOf(inv)}`)).status).toBe(404);
    const invitee = await signUp(email);
    const res = await invitee.post(`/api/invitations/${tokenOf(inv)}/accept`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INVALID_TOKEN');
    expect(((await owner.get(`/api/orgs/${orgId}/invitations`)).body.items as Invitation[])[0]).toMatchObject({
      id: inv.id,
      status: 'revoked',
    });
    expect((await s.ctx.client().get('/api/invitations/not-a-token')).status).toBe(404);
  });

  it('does not invite someone who is already a member, and keeps owner invitations to owners', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const admin = await s.ctx.newMember(owner, orgId, 'admin');
    const dup = await owner.post(`/api/orgs/${orgId}/invitations`, { email: admin.user!.email, role: 'viewer' });
    expect(dup.status).toBe(400);
    expect(dup.body.code).toBe('ALREADY_MEMBER');
    const ownerByAdmin = await admin.post(`/api/orgs/${orgId}/invitations`, {
      email: uniqueEmail('would-be-owner'),
      role: 'owner',
    });
    expect(ownerByAdmin.status).toBe(403);
    expect(ownerByAdmin.body.code).toBe('ROLE_NOT_ASSIGNABLE');
    expect(
      (await admin.post(`/api/orgs/${orgId}/invitations`, { email: uniqueEmail('ok'), role: 'admin' })).status,
    ).toBe(201);
    // Only the admin's own (accepted) invitation and the one just made: neither refused call left one behind.
    const listed = (await owner.get(`/api/orgs/${orgId}/invitations`)).body.items as Invitation[];
    expect(listed.map((i) => [i.role, i.status]).sort()).toEqual([
      ['admin', 'accepted'],
      ['admin', 'pending'],
    ]);
  });

  it('limits role changes to the roles the actor may assign, and always keeps an owner', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const admin = await s.ctx.newMember(owner, orgId, 'admin');
    const viewer = await s.ctx.newMember(owner, orgId, 'viewer');
    const roleOf = async (c: Client) => (await members(owner, orgId)).find((m) => m.userId === c.user!.id)?.role;

    // An admin cannot demote the owner, nor make anyone an owner.
    const demote = await admin.patch(`/api/orgs/${orgId}/members/${owner.user!.id}`, { role: 'viewer' });
    expect(demote.status).toBe(403);
    expect(demote.body.code).toBe('ROLE_NOT_ASSIGNABLE');
    expect((await admin.patch(`/api/orgs/${orgId}/members/${viewer.user!.id}`, { role: 'owner' })).body.code).toBe(
      'ROLE_NOT_ASSIGNABLE',
    );
    expect((await admin.delete(`/api/orgs/${orgId}/members/${owner.user!.id}`)).body.code).toBe('ROLE_NOT_ASSIGNABLE');
    expect(await roleOf(owner)).toBe('owner');

    // An admin can change the other roles.
    const promoted = await admin.patch(`/api/orgs/${orgId}/members/${viewer.user!.id}`, { role: 'contributor' });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: viewer.user!.id, role: 'contributor' });

    // The last owner can be neither demoted nor removed, not even by themselves.
    const last = await owner.patch(`/api/orgs/${orgId}/members/${owner.user!.id}`, { role: 'admin' });
    expect(last.status).toBe(400);
    expect(last.body.code).toBe('LAST_OWNER');
    expect((await owner.delete(`/api/orgs/${orgId}/members/${owner.user!.id}`)).body.code).toBe('LAST_OWNER');

    // With a second owner, the first may step down.
    expect((await owner.patch(`/api/orgs/${orgId}/members/${admin.user!.id}`, { role: 'owner' })).status).toBe(200);
    expect((await owner.patch(`/api/orgs/${orgId}/members/${owner.user!.id}`, { role: 'admin' })).status).toBe(200);
    expect(await roleOf(owner)).toBe('admin');
    expect(await roleOf(admin)).toBe('owner');

    // A contributor manages nobody.
    const byContributor = await viewer.patch(`/api/orgs/${orgId}/members/${owner.user!.id}`, { role: 'viewer' });
    expect(byContributor.status).toBe(403);
    expect(byContributor.body.code).toBe('FORBIDDEN');
  });

  it('removes a member, who then loses access to the organization', async () => {
    const { owner, orgId } = await s.ctx.newOrganization();
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    expect((await contributor.get(`/api/orgs/${orgId}`)).status).toBe(200);
    expect((await owner.delete(`/api/orgs/${orgId}/members/${contributor.user!.id}`)).status).toBe(204);
    const after = await contributor.get(`/api/orgs/${orgId}`);
    expect(after.status).toBe(404);
    expect(after.body.code).toBe('NOT_FOUND');
    expect(((await contributor.get('/api/auth/me')).body as CurrentUser).memberships).toEqual([]);
    expect((await owner.delete(`/api/orgs/${orgId}/members/${contributor.user!.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/orgs/${orgId}/members/not-a-uuid`)).status).toBe(404);
  });

  it('keeps an audit trail of these events, newest first, readable by admins but not contributors', async () => {
    const { owner, orgId } = await s.ctx.newOrganization('株式会社監査');
    const contributor = await s.ctx.newMember(owner, orgId, 'contributor');
    const extra = uniqueEmail('audit-revoke');
    const inv = (await owner.post(`/api/orgs/${orgId}/invitations`, { email: extra, role: 'viewer' }))
      .body as CreatedInvitation;
    await owner.delete(`/api/orgs/${orgId}/invitations/${inv.id}`);
    await owner.patch(`/api/orgs/${orgId}/members/${contributor.user!.id}`, { role: 'advisor' });
    await owner.delete(`/api/orgs/${orgId}/members/${contributor.user!.id}`);

    const res = await owner.get(`/api/orgs/${orgId}/audit`);
    expect(res.status).toBe(200);
    const events = res.body.items as AuditEvent[];
    const email = contributor.user!.email;
    expect(events.map((e) => [e.action, e.target, e.data])).toEqual([
      ['member.removed', email, { role: 'advisor' }],
      ['member.role_changed', email, { from: 'contributor', to: 'advisor' }],
      ['invitation.revoked', extra, {}],
      ['invitation.created', extra, { role: 'viewer' }],
      ['invitation.accepted', email, { role: 'contributor' }],
      ['invitation.created', email, { role: 'contributor' }],
      ['organization.created', '株式会社監査', {}],
    ]);
    const times = events.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const admin = await s.ctx.newMember(owner, orgId, 'admin');
    expect((await admin.get(`/api/orgs/${orgId}/audit`)).status).toBe(200);
    const other = await s.ctx.newMember(owner, orgId, 'contributor');
    const refused = await other.get(`/api/orgs/${orgId}/audit`);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
