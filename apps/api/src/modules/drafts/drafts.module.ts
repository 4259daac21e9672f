import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PublishingModule } from '../publishing/publishing.module';
import { CompanyFactsController } from './company-facts.controller';
import { CompanyFactsService } from './company-facts.service';
import { DraftAiService } from './draft-ai.service';
import { DraftCommentsService } from './draft-comments.service';
import { DraftExportService } from './draft-export.service';
import { DraftSectionsService } from './draft-sections.service';
import { DraftStore } from './draft-store.service';
import { DraftWorkflowService } from './draft-workflow.service';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';
import { CompanyFactsEntity } from './entities/company-facts.entity';
import { DraftCommentEntity } from './entities/draft-comment.entity';
import { DraftVersionEntity } from './entities/draft-version.entity';
import { DraftEntity } from './entities/draft.entity';
import { AppConfigModule } from '../../config/app-config.module';
import { ThrottleModule } from '../../common/throttle/throttle.module';

/** Disclosure drafts: owns `drafts`, `draft_versions`, `draft_comments` and `company_facts`. */
@Module({
  imports: [
    AppConfigModule,
    ThrottleModule,
    TypeOrmModule.forFeature([DraftEntity, DraftVersionEntity, DraftCommentEntity, CompanyFactsEntity]),
    AuditModule,
    OrganizationsModule,
    AssessmentsModule,
    PublishingModule,
    NotificationsModule,
  ],
  providers: [
    DraftStore,
    DraftsService,
    DraftSectionsService,
    DraftCommentsService,
    DraftWorkflowService,
    CompanyFactsService,
    DraftExportService,
    DraftAiService,
  ],
  controllers: [CompanyFactsController, DraftsController],
  // The demo seed enters facts, drafts and takes a draft through review and publication with these.
  exports: [CompanyFactsService, DraftsService, DraftSectionsService, DraftWorkflowService],
})
export class DraftsModule {}
