import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { SessionEntity } from './entities/session.entity';
import { hashToken, newToken } from './token';

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and sets its cookie (httpOnly, SameSite=Lax, Secure behind HTTPS). Returns the token. */
  async start(userId: string, res: Response): Promise<string> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: hashToken(token), userId, expiresAt });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
      expires: expiresAt,
    });
    return token;
  }

  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!session || !session.user || session.expiresAt.getTime() <= Date.now()) return null;
    const u = session.user;
    return { id: u.id, email: u.email, displayName: u.displayName, locale: u.locale, accountType: u.accountType, sessionId: session.id };
  }

  async end(sessionId: string, res: Response): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** After a password reset every other browser must sign in again. Runs in the caller's transaction. */
  async endAllFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
