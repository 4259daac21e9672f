import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './entities/audit-event.entity';
import { AuditService } from './audit.service';
import { AuditTargetNames } from './audit-target-names';
import { AuditController } from './audit.controller';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditTargetNames],
  controllers: [AuditController],
  // AuditTargetNames: the modules that own rounds, workshops and questions register how to name them.
  exports: [AuditService, AuditTargetNames],
})
export class AuditModule {}
