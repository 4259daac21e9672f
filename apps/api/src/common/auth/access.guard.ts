import { CanActivate, ExecutionContext, Injectable, InternalServerErrorException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleHasPermission } from '@ipgn/contracts';
import { ApiException } from '../errors/api-exception';
import type { RequestWithContext } from '../http/request-context';
import { ACCESS_METADATA, type RouteAccess } from './access.decorators';
import { isUuid } from '../http/is-uuid';

/**
 * Runs after authentication on every route. Resolves the organization once per request from `:orgId` and
 * checks the route's permission. Not a member (or no such organization) is 404, so nobody can probe which
 * organizations exist; a member without the permission gets 403.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) {
      throw new InternalServerErrorException(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
    }
    if (access.kind !== 'permission') return true;

    const req = context.switchToHttp().getRequest<RequestWithContext & { params: Record<string, string> }>();
    const orgId = req.params['orgId']?.toLowerCase();
    if (!req.user) throw new ApiException(401, 'UNAUTHENTICATED');
    if (!orgId) throw new InternalServerErrorException('A permission route must have an :orgId parameter');
    if (!isUuid(orgId)) throw ApiException.notFound();

    // Memberships came with the session (one query per request); see SessionService.resolve.
    const membership = req.user.memberships.find((m) => m.organizationId === orgId);
    if (!membership) throw ApiException.notFound();
    if (!roleHasPermission(membership.role, access.permission)) throw ApiException.forbidden();
    req.organizationContext = { organizationId: orgId, role: membership.role };
    return true;
  }
}
