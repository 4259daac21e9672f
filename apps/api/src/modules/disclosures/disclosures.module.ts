import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { DisclosureCheckEntity } from './entities/disclosure-check.entity';
import { DisclosureChecksController } from './disclosure-checks.controller';
import { DisclosureChecksService } from './disclosure-checks.service';
import { ThrottleModule } from '../../common/throttle/throttle.module';
import { DisclosuresController } from './disclosures.controller';
import { DisclosuresService } from './disclosures.service';
import { DisclosureSecondOpinionService } from './disclosure-second-opinion.service';
import { DocumentExtractor } from './document-extractor';
import { AuditModule } from '../audit/audit.module';
import { AppConfigModule } from '../../config/app-config.module';

@Module({
  imports: [
    AppConfigModule,
    AuditModule,
    ThrottleModule,
    TypeOrmModule.forFeature([DisclosureScoreEntity, DisclosureCheckEntity]),
    OrganizationsModule,
  ],
  providers: [
    DisclosuresService,
    DisclosureSecondOpinionService,
    DisclosureChecksService,
    {
      provide: DocumentExtractor,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DocumentExtractor({ timeoutMs: config.EXTRACTION_TIMEOUT_MS }),
    },
  ],
  controllers: [DisclosuresController, DisclosureChecksController],
  // The demo seed scores a disclosure text as the IP department does.
  exports: [DisclosuresService],
})
export class DisclosuresModule {}
