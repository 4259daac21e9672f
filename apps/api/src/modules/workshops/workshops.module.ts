import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InProcessWorkshopEventBus } from './in-process-workshop-event-bus';
import { JoinThrottlerGuard } from './join-throttler.guard';
import { ParticipantTokenGuard } from './participant-token.guard';
import { PostgresWorkshopEventBus } from './postgres-workshop-event-bus';
import { WorkshopEventBus } from './workshop-event-bus';
import { WorkshopExportService } from './workshop-export.service';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsService } from './workshops.service';

@Module({
  providers: [
    WorkshopsService,
    WorkshopExportService,
    ParticipantTokenGuard,
    JoinThrottlerGuard,
    {
      // A real PostgreSQL server (DATABASE_URL) fans events out to every instance through LISTEN/NOTIFY;
      // the embedded database is one process, where an in-process bus is all there is (and NOTIFY does not
      // cross pglite-socket anyway).
      provide: WorkshopEventBus,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): WorkshopEventBus =>
        config.DATABASE_URL ? new PostgresWorkshopEventBus(config.DATABASE_URL) : new InProcessWorkshopEventBus(),
    },
  ],
  controllers: [WorkshopsController],
})
export class WorkshopsModule implements OnApplicationShutdown {
  constructor(@Inject(WorkshopEventBus) private readonly bus: WorkshopEventBus) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof PostgresWorkshopEventBus) await this.bus.close();
  }
}
