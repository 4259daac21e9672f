import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AssessmentsModule } from '../assessments/assessments.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WorkshopAnswerEntity } from './entities/workshop-answer.entity';
import { WorkshopEventEntity } from './entities/workshop-event.entity';
import { WorkshopParticipantEntity } from './entities/workshop-participant.entity';
import { WorkshopEntity } from './entities/workshop.entity';
import { InProcessWorkshopEventBus } from './in-process-workshop-event-bus';
import { JoinLimiter } from './join-limiter.service';
import { ParticipantTokenGuard } from './participant-token.guard';
import { PostgresWorkshopEventBus } from './postgres-workshop-event-bus';
import { WorkshopAuditNames } from './workshop-audit-names';
import { WorkshopAgreementService } from './workshop-agreement.service';
import { WorkshopEventBus } from './workshop-event-bus';
import { WorkshopEventLog } from './workshop-event-log';
import { WorkshopExportService } from './workshop-export.service';
import { WorkshopLiveService } from './workshop-live.service';
import { WorkshopParticipantsController } from './workshop-participants.controller';
import { WorkshopParticipantsService } from './workshop-participants.service';
import { WorkshopStore } from './workshop-store.service';
import { WorkshopStreams } from './workshop-streams.service';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsService } from './workshops.service';
import { AuditModule } from '../audit/audit.module';
import { ThrottleModule } from '../../common/throttle/throttle.module';
import { AppConfigModule } from '../../config/app-config.module';

@Module({
  imports: [
    AppConfigModule,
    ThrottleModule,
    AuditModule,
    TypeOrmModule.forFeature([WorkshopEntity, WorkshopParticipantEntity, WorkshopAnswerEntity, WorkshopEventEntity]),
    AssessmentsModule,
    OrganizationsModule,
  ],
  providers: [
    WorkshopAuditNames,
    WorkshopStore,
    WorkshopsService,
    WorkshopLiveService,
    WorkshopAgreementService,
    WorkshopParticipantsService,
    WorkshopStreams,
    WorkshopEventLog,
    WorkshopExportService,
    ParticipantTokenGuard,
    JoinLimiter,
    {
      // A real PostgreSQL server (DATABASE_URL) fans events out to every instance through LISTEN/NOTIFY;
      // the embedded database is one process, where an in-process bus is all there is (and NOTIFY does not
      // cross pglite-socket anyway).
      provide: WorkshopEventBus,
      // Both store each event in workshop_events first, for streams that reconnect with Last-Event-ID.
      inject: [APP_CONFIG, getRepositoryToken(WorkshopEventEntity)],
      useFactory: (config: AppConfig, events: Repository<WorkshopEventEntity>): WorkshopEventBus =>
        config.DATABASE_URL ? new PostgresWorkshopEventBus(config.DATABASE_URL) : new InProcessWorkshopEventBus(events),
    },
  ],
  controllers: [WorkshopsController, WorkshopParticipantsController],
  // Members: removing someone ends their participant tokens and open streams (WorkshopParticipantsService.revokeUser).
  // The demo seed runs a workshop through the same services (preparing, running, the participants' side).
  exports: [WorkshopParticipantsService, WorkshopsService, WorkshopLiveService, ParticipantTokenGuard],
})
export class WorkshopsModule implements OnApplicationShutdown {
  constructor(@Inject(WorkshopEventBus) private readonly bus: WorkshopEventBus) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof PostgresWorkshopEventBus) await this.bus.close();
  }
}
