import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module';
import { CompanyFactsController } from './company-facts.controller';
import { CompanyFactsService } from './company-facts.service';
import { DraftAiService } from './draft-ai.service';
import { DraftExportService } from './draft-export.service';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';

@Module({
  imports: [PublishingModule],
  providers: [DraftsService, CompanyFactsService, DraftExportService, DraftAiService],
  controllers: [CompanyFactsController, DraftsController],
})
export class DraftsModule {}
