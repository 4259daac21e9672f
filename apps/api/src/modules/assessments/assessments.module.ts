import { Module } from '@nestjs/common';
import { AssessmentAnswerImportService } from './assessment-answer-import.service';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  providers: [AssessmentsService, AssessmentExportService, AssessmentAnswerImportService],
  // Other modules write answers only through this service (e.g. workshops applying agreed answers).
  exports: [AssessmentAnswerImportService],
  controllers: [AssessmentsController],
})
export class AssessmentsModule {}
