import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DisclosureScoreEntity } from './entities/disclosure-score.entity';
import { DisclosureUploadInterceptor } from './disclosure-upload.interceptor';
import { DisclosuresController } from './disclosures.controller';
import { DisclosuresService } from './disclosures.service';

@Module({
  imports: [TypeOrmModule.forFeature([DisclosureScoreEntity])],
  providers: [DisclosuresService, DisclosureUploadInterceptor],
  controllers: [DisclosuresController],
})
export class DisclosuresModule {}
