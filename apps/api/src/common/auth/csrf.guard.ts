import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiException } from '../errors/api-exception';
import { CsrfService } from './csrf.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Marks a route authenticated only by a request header (the workshop participant token, `X-Participant-Token`),
 * never by the session cookie. CSRF exists because browsers attach cookies to cross-site requests by themselves;
 * they never attach a custom header, so such a route cannot be forged cross-site and skips the cookie check.
 */
export const HEADER_AUTHENTICATED = 'ipgn:header-authenticated';
export const HeaderAuthenticated = () => SetMetadata(HEADER_AUTHENTICATED, true);

/** Double-submit CSRF check (csrf-csrf) on every state-changing request, public ones included (login CSRF). */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(
    private readonly csrf: CsrfService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (
      this.reflector.getAllAndOverride<boolean | undefined>(HEADER_AUTHENTICATED, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    if (!this.csrf.isValid(req)) throw new ApiException(403, 'CSRF_INVALID');
    return true;
  }
}
