import { Module } from '@nestjs/common';
import { PostgresThrottleStore } from './postgres-throttle-store';
import { ThrottleStore } from './throttle-store';

/** The ThrottleStore of the application (PostgreSQL, shared by replicas). */
@Module({
  providers: [{ provide: ThrottleStore, useClass: PostgresThrottleStore }],
  exports: [ThrottleStore],
})
export class ThrottleModule {}
