import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import type { Response } from 'express';
import type { AccountType, Locale } from '@ipgn/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import type { AuthenticatedUser } from '../../common/http/request-context';
import { OrganizationsService } from '../organizations/organizations.service';
import { SessionEntity } from './entities/session.entity';
import { SessionCache } from './session-cache/session-cache';
import { SessionInvalidator } from './session-cache/session-invalidator.service';
import { hashToken, newToken } from './token';

interface SessionRow {
  session_id: string;
  expires_at: Date;
  id: string;
  email: string;
  display_name: string;
  locale: Locale;
  account_type: AccountType;
}

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
    private readonly invalidator: SessionInvalidator,
    private readonly organizations: OrganizationsService,
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

  /**
   * The user behind a session token with their memberships. This runs on every request: from this instance's
   * cache when it holds the session (see SessionCache for why that stays true), else in two queries (the session
   * with its user here, the memberships from the organizations module that owns them), after which the access
   * guard decides from `memberships` without another query.
   */
  async resolve(token: string): Promise<Readonly<AuthenticatedUser> | null> {
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const ticket = this.cache.ticket();
    const rows = (await this.sessions.query(
      `SELECT s.id AS session_id, s.expires_at, u.id, u.email, u.display_name, u.locale, u.account_type
         FROM sessions s
         JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    )) as SessionRow[];
    const row = rows[0];
    if (!row) return null;
    const user: AuthenticatedUser = {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      accountType: row.account_type,
      sessionId: row.session_id,
      memberships: await this.organizations.rolesOf(row.id),
    };
    return this.cache.put(tokenHash, user, new Date(row.expires_at), ticket);
  }

  async end(sessionId: string, res: Response): Promise<void> {
    await this.sessions.delete({ id: sessionId });
    await this.invalidator.forgetSession(sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /**
   * After a password reset every other browser must sign in again. Runs in the caller's transaction, so the caller
   * calls SessionInvalidator.forgetUser once it has committed.
   */
  async endAllFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(SessionEntity).delete({ userId });
  }

  /** Expired sessions are never served from the cache either: an entry lives no longer than its session. */
  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
