import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { DisclosureUploadInterceptor } from './disclosure-upload.interceptor';
import { DisclosuresController } from './disclosures.controller';
import { DisclosuresService } from './disclosures.service';
import { DocumentExtractor } from './document-extractor';

@Module({
  imports: [TypeOrmModule.forFeature([DisclosureScoreEntity])],
  providers: [DisclosuresService, DisclosureUploadInterceptor, { provide: DocumentExtractor, useFactory: () => new DocumentExtractor() }],
  controllers: [DisclosuresController],
})
export class DisclosuresModule {}
