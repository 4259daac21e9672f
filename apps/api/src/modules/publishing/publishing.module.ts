import { Module } from '@nestjs/common';
import { DialogueController } from './dialogue.controller';
import { DialogueService } from './dialogue.service';
import { PublishingController } from './publishing.controller';
import { PublicPageCache } from './public-page-cache';
import { PublishingService } from './publishing.service';

@Module({
  providers: [PublishingService, DialogueService, PublicPageCache],
  exports: [PublicPageCache],
  controllers: [PublishingController, DialogueController],
})
export class PublishingModule {}
