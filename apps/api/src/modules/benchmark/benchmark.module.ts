import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuditModule } from '../audit/audit.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { BenchmarkController } from './benchmark.controller';
import { PublicBenchmarkController } from './public-benchmark.controller';
import { BenchmarkSchedule } from './benchmark-schedule';
import { BenchmarkSnapshotService } from './benchmark-snapshot.service';
import { BenchmarkService } from './benchmark.service';
import { BenchmarkParticipationEntity } from './entities/benchmark-participation.entity';
import { BenchmarkSnapshotEntity } from './entities/benchmark-snapshot.entity';
import { AppConfigModule } from '../../config/app-config.module';

/** The opt-in anonymous industry benchmark: participation, the snapshot job and "where we stand". */
@Module({
  imports: [
    AppConfigModule,
    AuditModule,
    TypeOrmModule.forFeature([BenchmarkParticipationEntity, BenchmarkSnapshotEntity]),
    AssessmentsModule,
    OrganizationsModule,
  ],
  providers: [BenchmarkService, BenchmarkSnapshotService, BenchmarkSchedule],
  controllers: [BenchmarkController, PublicBenchmarkController],
  exports: [BenchmarkSnapshotService],
})
export class BenchmarkModule {}
