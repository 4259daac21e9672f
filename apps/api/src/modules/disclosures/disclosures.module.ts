import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { DisclosuresController } from './disclosures.controller';
import { DisclosuresService } from './disclosures.service';
import { DisclosureSecondOpinionService } from './disclosure-second-opinion.service';
import { DocumentExtractor } from './document-extractor';
import { AuditModule } from '../audit/audit.module';
import { AppConfigModule } from '../../config/app-config.module';

@Module({
  imports: [AppConfigModule, AuditModule, TypeOrmModule.forFeature([DisclosureScoreEntity]), OrganizationsModule],
  providers: [
    DisclosuresService,
    DisclosureSecondOpinionService,
    {
      provide: DocumentExtractor,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DocumentExtractor({ timeoutMs: config.EXTRACTION_TIMEOUT_MS }),
    },
  ],
  controllers: [DisclosuresController],
  // The demo seed scores a disclosure text as the IP department does.
  exports: [DisclosuresService],
})
export class DisclosuresModule {}
