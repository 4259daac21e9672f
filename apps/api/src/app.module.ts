import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { dataSourceOptions } from './database/data-source-options';
import { AccessGuard } from './common/auth/access.guard';
import { CsrfGuard } from './common/auth/csrf.guard';
import { CsrfModule } from './common/auth/csrf.module';
import { SessionAuthGuard } from './modules/auth/session-auth.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { requestIdOf } from './common/http/request-id';
import { ThrottleModule } from './common/throttle/throttle.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { MailModule } from './modules/mail/mail.module';
import { MembersModule } from './modules/members/members.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { DemoModule } from './modules/demo/demo.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { SmeModule } from './modules/sme/sme.module';
import { DisclosuresModule } from './modules/disclosures/disclosures.module';
import { WorkshopsModule } from './modules/workshops/workshops.module';
import { AdvisorsModule } from './modules/advisors/advisors.module';
import { DraftsModule } from './modules/drafts/drafts.module';
import { PublishingModule } from './modules/publishing/publishing.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { BenchmarkModule } from './modules/benchmark/benchmark.module';
import { CloseConnectionsOnShutdown } from './common/http/keep-alive';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      // Not global: every module imports what it uses (AppConfigModule for settings, CsrfModule for tokens).
      imports: [
        AppConfigModule.forRoot(config),
        CsrfModule,
        LoggerModule.forRoot({
          // Express 5 path syntax; the default '*' triggers a legacy-route warning at start. At LOG_LEVEL=silent no
          // route gets pino-http: it would build a child logger per request only to write nothing (≈ 4–8 % of an
          // autosave's CPU in the save-answer profile). Other levels keep the access log with the request id.
          forRoutes: config.LOG_LEVEL === 'silent' ? [] : [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req: IncomingMessage) => requestIdOf(req),
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.DB_POOL_SIZE)),
        ThrottlerModule.forRoot([
          { name: 'auth', ttl: config.LOGIN_THROTTLE_TTL_MS, limit: config.LOGIN_THROTTLE_LIMIT },
        ]),
        MailModule,
        ThrottleModule,
        AuditModule,
        HealthModule,
        OrganizationsModule,
        AuthModule,
        MembersModule,
        DemoModule,
        AssessmentsModule,
        DisclosuresModule,
        DraftsModule,
        PublishingModule,
        NotificationsModule,
        WorkshopsModule,
        AdvisorsModule,
        SmeModule,
        BenchmarkModule,
      ],
      providers: [
        // Order matters: CSRF first (cheap, no database), then who you are, then what you may do here.
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: SessionAuthGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useFactory: () => new AllExceptionsFilter(config.BODY_LIMIT) },
        CloseConnectionsOnShutdown,
      ],
    };
  }
}
