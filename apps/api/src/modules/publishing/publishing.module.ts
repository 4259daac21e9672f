import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CompanyFollowEntity } from './entities/company-follow.entity';
import { DialogueQuestionEntity } from './entities/dialogue-question.entity';
import { InvestorVisitEntity } from './entities/investor-visit.entity';
import { PublicationEntity } from './entities/publication.entity';
import { PublicationsService } from './publications.service';
import { DialogueController } from './dialogue.controller';
import { DialogueService } from './dialogue.service';
import { PublishingController } from './publishing.controller';
import { PublicPageCache } from './public-page-cache';
import { PublishingService } from './publishing.service';
import { InvestorUpdatesController } from './investor-updates.controller';
import { InvestorUpdatesService } from './investor-updates.service';
import { PublicationPdfService } from './publication-pdf.service';
import { QuestionAuditNames } from './question-audit-names';
import { PublicationTitlesController } from './publication-titles.controller';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([PublicationEntity, DialogueQuestionEntity, CompanyFollowEntity, InvestorVisitEntity]),
    OrganizationsModule,
    NotificationsModule,
  ],
  providers: [
    QuestionAuditNames,
    PublishingService,
    DialogueService,
    PublicPageCache,
    PublicationsService,
    InvestorUpdatesService,
    PublicationPdfService,
  ],
  // DialogueService and InvestorUpdatesService: the demo seed's investor follows, asks and gets an answer.
  exports: [PublicPageCache, PublicationsService, DialogueService, InvestorUpdatesService],
  controllers: [PublishingController, DialogueController, InvestorUpdatesController, PublicationTitlesController],
})
export class PublishingModule {}
