import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository } from 'typeorm';
import type { Response } from 'express';
import type { CurrentUser } from '@ipgn/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ApiException } from '../../common/errors/api-exception';
import { translateMail } from '../mail/mail-texts';
import { Mailer } from '../mail/mailer';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountService } from './account.service';
import type { LoginDto, PasswordResetConfirmDto, SignupDto, UpdateMeDto } from './dto/auth.dto';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { SessionInvalidator } from './session-cache/session-invalidator.service';
import { SessionService } from './session.service';
import { hashToken, newToken } from './token';
import { publicUrl } from '../../common/http/public-url';

const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  /** Verifying against a real hash when the e-mail is unknown keeps the response time from telling who exists. */
  private dummyHash: Promise<string>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(PasswordResetTokenEntity) private readonly resetTokens: Repository<PasswordResetTokenEntity>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly sessionInvalidator: SessionInvalidator,
    private readonly accounts: AccountService,
    private readonly organizations: OrganizationsService,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dummyHash = this.hasher.hash('not-a-real-password-just-timing');
  }

  async signup(dto: SignupDto, res: Response): Promise<CurrentUser> {
    const accountType = dto.accountType ?? 'company';
    const profileFields = (['listingStatus', 'companySize'] as const).filter((f) => dto[f] !== undefined);
    if (accountType === 'investor' && (dto.organizationName || profileFields.length > 0)) {
      throw ApiException.badRequest(
        'INVESTOR_NO_ORGANIZATION',
        [...(dto.organizationName ? ['organizationName' as const] : []), ...profileFields].map((field) => ({
          field,
          code: 'whitelistValidation',
        })),
      );
    }
    // A market and a size describe the organization this sign-up creates; without one they would be dropped unseen.
    if (!dto.organizationName && profileFields.length > 0) {
      throw ApiException.badRequest(
        'VALIDATION_FAILED',
        profileFields.map((field) => ({ field, code: 'needsOrganizationName' })),
      );
    }
    const passwordHash = await this.hasher.hash(dto.password);
    const userId = await this.db.transaction(async (manager) => {
      const existing = await manager.getRepository(UserEntity).findOne({ where: { email: dto.email } });
      // Sign-up says so openly (as the banner does): an address can only be registered once.
      if (existing) throw ApiException.badRequest('EMAIL_TAKEN', [{ field: 'email', code: 'emailTaken' }]);
      const user = await manager.getRepository(UserEntity).save(
        manager.getRepository(UserEntity).create({
          email: dto.email,
          passwordHash,
          displayName: dto.displayName,
          locale: dto.locale ?? 'ja',
          accountType,
          lastOrganizationId: null,
        }),
      );
      if (accountType === 'company' && dto.organizationName) {
        const org = await this.organizations.createWithOwner(manager, user.id, {
          legalNameJa: dto.organizationName,
          // The path chosen at sign-up (the landing page's listed or SME card, or the form's own choice).
          ...(dto.listingStatus ? { listingStatus: dto.listingStatus } : {}),
          ...(dto.companySize ? { companySize: dto.companySize } : {}),
        });
        await manager.getRepository(UserEntity).update({ id: user.id }, { lastOrganizationId: org.id });
      }
      return user.id;
    });
    await this.sessions.start(userId, res);
    return this.accounts.currentUser(userId);
  }

  async login(dto: LoginDto, res: Response): Promise<CurrentUser> {
    const user = await this.users.findOne({ where: { email: dto.email } });
    if (!user) {
      await this.hasher.verify(await this.dummyHash, dto.password);
      throw new ApiException(401, 'INVALID_CREDENTIALS');
    }
    if (!(await this.hasher.verify(user.passwordHash, dto.password)))
      throw new ApiException(401, 'INVALID_CREDENTIALS');
    await this.sessions.start(user.id, res);
    return this.accounts.currentUser(user.id);
  }

  async logout(sessionId: string, res: Response): Promise<void> {
    await this.sessions.end(sessionId, res);
  }

  async updateMe(userId: string, dto: UpdateMeDto): Promise<CurrentUser> {
    const changes: Partial<UserEntity> = {};
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (Object.keys(changes).length > 0) {
      await this.users.update({ id: userId }, changes);
      // The name and language travel with the session (error messages, answeredBy): every instance re-reads them.
      await this.sessionInvalidator.forgetUser(userId);
    }
    return this.accounts.currentUser(userId);
  }

  /** Always answers the same way, so that nobody can find out which e-mail addresses have accounts. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.users.findOne({ where: { email } });
    if (!user) return;
    const token = newToken();
    await this.resetTokens.insert({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
      usedAt: null,
    });
    const link = `${publicUrl(this.config)}/reset-password?token=${encodeURIComponent(token)}`;
    await this.mailer.send({
      kind: 'password-reset',
      to: user.email,
      ...translateMail(user.locale, 'passwordReset', { link }),
    });
  }

  async confirmPasswordReset(dto: PasswordResetConfirmDto): Promise<void> {
    const passwordHash = await this.hasher.hash(dto.password);
    const userId = await this.db.transaction(async (manager) => {
      const repo = manager.getRepository(PasswordResetTokenEntity);
      const row = await repo.findOne({
        where: { tokenHash: hashToken(dto.token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw ApiException.badRequest('INVALID_TOKEN', [{ field: 'token', code: 'invalidToken' }]);
      // This token and every other outstanding one of the user: an older link mailed earlier must not work either.
      await repo.update({ userId: row.userId, usedAt: IsNull() }, { usedAt: new Date() });
      await manager.getRepository(UserEntity).update({ id: row.userId }, { passwordHash });
      await this.sessions.endAllFor(row.userId, manager);
      this.logger.log(`password reset completed for user ${row.userId}`);
      return row.userId;
    });
    // The sessions are gone from the database; now from every instance's cache too.
    await this.sessionInvalidator.forgetUser(userId);
  }
}
