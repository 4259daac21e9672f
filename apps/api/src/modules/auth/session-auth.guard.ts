import { ExecutionContext, Injectable, type CanActivate } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ACCESS_METADATA, type RouteAccess } from '../../common/auth/access.decorators';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { ApiException } from '../../common/errors/api-exception';
import { isDatabaseUnavailable } from '../../common/errors/database-unavailable';
import type { AuthenticatedUser, RequestWithContext } from '../../common/http/request-context';
import { SessionService } from './session.service';

/**
 * Authentication for every route: the user behind the session cookie (SessionService, cached per instance).
 * Public routes still try the cookie, so that e.g. error messages follow a signed-in user's language, but never
 * fail for lack of one. (This was a passport strategy; passport added a layer of callbacks to every request and
 * nothing else, since sessions are our own.)
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<Request & RequestWithContext>();
    const user = await this.userOf(req);
    if (user) req.user = user;
    if (user || access?.kind === 'public') return true;
    throw new ApiException(401, 'UNAUTHENTICATED');
  }

  /** The session's user, or null. A session that cannot be looked up is not a missing session: 503, never 401. */
  private async userOf(req: Request): Promise<AuthenticatedUser | null> {
    const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') return null;
    try {
      return await this.sessions.resolve(token);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      return null;
    }
  }
}
