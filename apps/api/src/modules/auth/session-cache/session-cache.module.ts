import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { InProcessSessionInvalidationBus } from './in-process-session-invalidation-bus';
import { PostgresSessionInvalidationBus } from './postgres-session-invalidation-bus';
import { SessionCache } from './session-cache';
import { SessionInvalidationBus } from './session-invalidation-bus';
import { SessionInvalidator } from './session-invalidator.service';
import { AppConfigModule } from '../../../config/app-config.module';

/**
 * The per-process session cache and its invalidation. A module of its own, with no dependency on any feature,
 * so that every module that changes sessions, users or memberships (auth, organizations, members) can import it.
 */
@Module({
  imports: [AppConfigModule],
  providers: [
    {
      provide: SessionCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new SessionCache(config.SESSION_CACHE_TTL_MS),
    },
    {
      // A real PostgreSQL server (DATABASE_URL) may have several API instances: LISTEN/NOTIFY reaches them all.
      // The embedded database is one process (and NOTIFY does not cross pglite-socket).
      provide: SessionInvalidationBus,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): SessionInvalidationBus =>
        config.DATABASE_URL
          ? new PostgresSessionInvalidationBus(config.DATABASE_URL)
          : new InProcessSessionInvalidationBus(),
    },
    SessionInvalidator,
  ],
  exports: [SessionCache, SessionInvalidator],
})
export class SessionCacheModule {}
