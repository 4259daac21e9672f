import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ACCESS_METADATA, type RouteAccess } from '../../common/auth/access.decorators';
import { ApiException } from '../../common/errors/api-exception';
import { isDatabaseUnavailable } from '../../common/errors/database-unavailable';

/**
 * Authentication for every route (passport, `session` strategy over the cached SessionService). Public routes still
 * try the cookie, so that e.g. error messages follow a signed-in user's language, but never fail for lack of one.
 * Passport stays (the house stack); its per-request cost was measured at under 4 % of a save, with the lookup.
 */
@Injectable()
export class SessionAuthGuard extends AuthGuard('session') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') {
      try {
        await super.canActivate(context);
      } catch (e) {
        // Anonymous is fine here; a database that cannot be reached is not.
        if (isDatabaseUnavailable(e)) throw e;
      }
      return true;
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(err: unknown, user: TUser | false): TUser {
    // A session that cannot be looked up is not a missing session: 503 (the filter adds Retry-After), never 401.
    if (err && isDatabaseUnavailable(err)) throw err;
    if (err || !user) throw new ApiException(401, 'UNAUTHENTICATED');
    return user;
  }
}
