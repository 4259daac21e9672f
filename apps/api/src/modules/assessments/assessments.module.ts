import { Module } from '@nestjs/common';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  providers: [AssessmentsService, AssessmentExportService],
  controllers: [AssessmentsController],
})
export class AssessmentsModule {}
