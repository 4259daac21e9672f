import { Controller, Get, InternalServerErrorException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { OrganizationRole } from '@ipgn/contracts';
import { ApiException } from '../errors/api-exception';
import type { AuthenticatedUser, RequestWithContext } from '../http/request-context';
import { AccessGuard } from './access.guard';
import { Public, RequirePermission, SignedIn } from './access.decorators';

const ORG = '6f1d3c1e-7a53-4b8e-9b0a-2f4f2a1c9d10';
const OTHER_ORG = '0b7e8f44-2a8c-4f0e-8d63-1b2c3d4e5f60';
const userWith = (role: OrganizationRole | null): AuthenticatedUser => ({
  id: 'u1',
  email: 'a@example.test',
  displayName: 'A',
  locale: 'ja',
  accountType: 'company',
  sessionId: 's1',
  // A member of another organization in every case: only the membership of :orgId may count.
  memberships: [{ organizationId: OTHER_ORG, role: 'owner' }, ...(role ? [{ organizationId: ORG, role }] : [])],
});

@Controller()
class Routes {
  @Get()
  @Public()
  open(): string {
    return 'open';
  }

  @Get()
  @SignedIn()
  mine(): string {
    return 'mine';
  }

  @Get()
  @RequirePermission('members:manage')
  manage(): string {
    return 'manage';
  }

  @Get()
  undeclared(): string {
    return 'undeclared';
  }
}

type Request = RequestWithContext & { params: Record<string, string> };

function setup(role: OrganizationRole | null) {
  const guard = new AccessGuard(new Reflector());
  const run = async (handler: keyof Routes, req: Request) =>
    guard.canActivate(new ExecutionContextHost([req, {}, () => undefined], Routes, Routes.prototype[handler]));
  return { run, USER: userWith(role) };
}

describe('AccessGuard', () => {
  it('refuses (500) a route that declares no access rule, so a forgotten decorator cannot open a route', async () => {
    const { run, USER } = setup('owner');
    await expect(run('undeclared', { params: {}, user: USER })).rejects.toBeInstanceOf(InternalServerErrorException);
  });

  it('lets public and signed-in routes through without looking up an organization', async () => {
    const { run, USER } = setup(null);
    const open: Request = { params: {} };
    await expect(run('open', open)).resolves.toBe(true);
    const mine: Request = { params: {}, user: USER };
    await expect(run('mine', mine)).resolves.toBe(true);
    expect(open.organizationContext).toBeUndefined();
    expect(mine.organizationContext).toBeUndefined();
  });

  it('answers 404 to a non-member and for a malformed organization id, without revealing anything', async () => {
    const { run, USER } = setup(null);
    await expect(run('manage', { params: { orgId: ORG }, user: USER })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    await expect(run('manage', { params: { orgId: 'not-a-uuid' }, user: USER })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('answers 403 to a member whose role lacks the permission, and sets no organization context', async () => {
    const { run, USER } = setup('contributor');
    const req: Request = { params: { orgId: ORG }, user: USER };
    const error = await run('manage', req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiException);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(req.organizationContext).toBeUndefined();
  });

  it('admits a member holding the permission and resolves the organization context once', async () => {
    const { run, USER } = setup('admin');
    const req: Request = { params: { orgId: ORG.toUpperCase() }, user: USER };
    await expect(run('manage', req)).resolves.toBe(true);
    expect(req.organizationContext).toEqual({ organizationId: ORG, role: 'admin' });
  });

  it('answers 401 on a permission route without a user, and 500 on a permission route without :orgId', async () => {
    const { run, USER } = setup('owner');
    await expect(run('manage', { params: { orgId: ORG } })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    await expect(run('manage', { params: {}, user: USER })).rejects.toBeInstanceOf(InternalServerErrorException);
  });
});
