import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CSRF_COOKIE, SESSION_COOKIE } from './session-cookie';

/** Issues and checks CSRF tokens bound to the session cookie (anonymous requests bind to the empty session). */
@Injectable()
export class CsrfService {
  private readonly utils: DoubleCsrfUtilities;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const secret = config.CSRF_SECRET ?? randomBytes(32).toString('hex');
    this.utils = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (req: Request) => (req.cookies?.[SESSION_COOKIE] as string | undefined) ?? '',
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'lax', secure: config.COOKIE_SECURE, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (req: Request) => req.headers['x-csrf-token'] as string | undefined,
    });
  }

  issue(req: Request, res: Response): string {
    return this.utils.generateCsrfToken(req, res, { overwrite: true });
  }

  isValid(req: Request): boolean {
    return this.utils.validateRequest(req);
  }
}
