import { Controller, Get, InternalServerErrorException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { Repository } from 'typeorm';
import type { OrganizationRole } from '@ipgn/contracts';
import type { MembershipEntity } from '../../modules/organizations/entities/membership.entity';
import { ApiException } from '../errors/api-exception';
import type { AuthenticatedUser, RequestWithContext } from '../http/request-context';
import { AccessGuard } from './access.guard';
import { Public, RequirePermission, SignedIn } from './access.decorators';

const ORG = '6f1d3c1e-7a53-4b8e-9b0a-2f4f2a1c9d10';
const USER: AuthenticatedUser = { id: 'u1', email: 'a@example.test', displayName: 'A', locale: 'ja', accountType: 'company', sessionId: 's1' };

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
  const findOne = jest.fn().mockResolvedValue(role ? { organizationId: ORG, userId: USER.id, role } : null);
  const guard = new AccessGuard(new Reflector(), { findOne } as unknown as Repository<MembershipEntity>);
  const run = (handler: keyof Routes, req: Request) =>
    guard.canActivate(new ExecutionContextHost([req, {}, () => undefined], Routes, Routes.prototype[handler]));
  return { findOne, run };
}

describe('AccessGuard', () => {
  it('refuses (500) a route that declares no access rule, so a forgotten decorator cannot open a route', async () => {
    const { run, findOne } = setup('owner');
    await expect(run('undeclared', { params: {}, user: USER })).rejects.toBeInstanceOf(InternalServerErrorException);
    expect(findOne).not.toHaveBeenCalled();
  });

  it('lets public and signed-in routes through without looking up an organization', async () => {
    const { run, findOne } = setup(null);
    await expect(run('open', { params: {} })).resolves.toBe(true);
    await expect(run('mine', { params: {}, user: USER })).resolves.toBe(true);
    expect(findOne).not.toHaveBeenCalled();
  });

  it('answers 404 to a non-member and for a malformed organization id, without revealing anything', async () => {
    const { run, findOne } = setup(null);
    await expect(run('manage', { params: { orgId: ORG }, user: USER })).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect(findOne).toHaveBeenCalledWith({ where: { organizationId: ORG, userId: USER.id } });
    findOne.mockClear();
    await expect(run('manage', { params: { orgId: 'not-a-uuid' }, user: USER })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(findOne).not.toHaveBeenCalled();
  });

  it('answers 403 to a member whose role lacks the permission, and sets no organization context', async () => {
    const { run } = setup('contributor');
    const req: Request = { params: { orgId: ORG }, user: USER };
    const error = await run('manage', req).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiException);
    expect(error).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(req.organizationContext).toBeUndefined();
  });

  it('admits a member holding the permission and resolves the organization context once', async () => {
    const { run, findOne } = setup('admin');
    const req: Request = { params: { orgId: ORG }, user: USER };
    await expect(run('manage', req)).resolves.toBe(true);
    expect(req.organizationContext).toEqual({ organizationId: ORG, role: 'admin' });
    expect(findOne).toHaveBeenCalledTimes(1);
  });

  it('answers 401 on a permission route without a user, and 500 on a permission route without :orgId', async () => {
    const { run } = setup('owner');
    await expect(run('manage', { params: { orgId: ORG } })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    await expect(run('manage', { params: {}, user: USER })).rejects.toBeInstanceOf(InternalServerErrorException);
  });
});
