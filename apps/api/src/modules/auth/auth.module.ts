import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { SessionCacheModule } from './session-cache/session-cache.module';
import { SessionService } from './session.service';
import { SessionStrategy } from './session.strategy';
import { UsersModule } from './users/users.module';
import { MailModule } from '../mail/mail.module';
import { ThrottleModule } from '../../common/throttle/throttle.module';
import { AppConfigModule } from '../../config/app-config.module';
import { CsrfModule } from '../../common/auth/csrf.module';

@Module({
  imports: [
    AppConfigModule,
    CsrfModule,
    PassportModule,
    MailModule,
    ThrottleModule,
    OrganizationsModule,
    SessionCacheModule,
    UsersModule,
    TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordResetTokenEntity]),
  ],
  providers: [AuthService, AccountService, SessionService, SessionStrategy, PasswordHasher],
  controllers: [AuthController],
  exports: [AccountService, SessionService, PasswordHasher],
})
export class AuthModule {}
