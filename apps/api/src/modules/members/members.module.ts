import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../auth/users/users.module';
import { SessionCacheModule } from '../auth/session-cache/session-cache.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { InvitationEntity } from './entities/invitation.entity';
import { InvitationsService } from './invitations.service';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { AppConfigModule } from '../../config/app-config.module';

@Module({
  imports: [
    AppConfigModule,
    MailModule,
    AuditModule,
    AuthModule,
    UsersModule,
    SessionCacheModule,
    WorkshopsModule,
    TypeOrmModule.forFeature([InvitationEntity]),
    OrganizationsModule,
  ],
  providers: [MembersService, InvitationsService],
  controllers: [MembersController],
  // The demo seed links its advisor as the product does: an invitation, accepted.
  exports: [InvitationsService],
})
export class MembersModule {}
