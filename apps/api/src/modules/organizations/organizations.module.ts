import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionCacheModule } from '../auth/session-cache/session-cache.module';
import { UsersModule } from '../auth/users/users.module';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { OrganizationsController } from './organizations.controller';
import { OrganizationDirectory } from './organization-directory.service';
import { OrganizationsService } from './organizations.service';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [
    AuditModule,
    SessionCacheModule,
    UsersModule,
    TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity]),
  ],
  providers: [OrganizationsService, OrganizationDirectory],
  controllers: [OrganizationsController],
  exports: [OrganizationsService, OrganizationDirectory],
})
export class OrganizationsModule {}
