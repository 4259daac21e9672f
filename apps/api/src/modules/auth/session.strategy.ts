import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { Request } from 'express';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { SessionService } from './session.service';

/** Passport strategy `session`: the user behind the session cookie (SessionService, cached per instance), or no user. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<AuthenticatedUser | false> {
    const token = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token === '') return false;
    return (await this.sessions.resolve(token)) ?? false;
  }
}
