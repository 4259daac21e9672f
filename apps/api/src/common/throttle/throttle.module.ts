import { Module } from '@nestjs/common';
import { PostgresThrottleStore } from './postgres-throttle-store';
import { ThrottleStore } from './throttle-store';
import { AppConfigModule } from '../../config/app-config.module';

/** The ThrottleStore of the application (PostgreSQL, shared by replicas). */
@Module({
  imports: [AppConfigModule],
  providers: [{ provide: ThrottleStore, useClass: PostgresThrottleStore }],
  exports: [ThrottleStore],
})
export class ThrottleModule {}
