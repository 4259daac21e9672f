import { Module } from '@nestjs/common';
import { CostlyWorkLimiter } from './costly-work-limiter';
import { PostgresThrottleStore } from './postgres-throttle-store';
import { RateLimiter } from './rate-limiter';
import { ThrottleStore } from './throttle-store';
import { AppConfigModule } from '../../config/app-config.module';

/** The ThrottleStore of the application (PostgreSQL, shared by replicas), the limiter on it and the costly-work budgets. */
@Module({
  imports: [AppConfigModule],
  providers: [{ provide: ThrottleStore, useClass: PostgresThrottleStore }, RateLimiter, CostlyWorkLimiter],
  exports: [ThrottleStore, RateLimiter, CostlyWorkLimiter],
})
export class ThrottleModule {}
