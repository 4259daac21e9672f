import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [TypeOrmModule.forFeature([AssessmentEntity, AssessmentAnswerEntity])],
  providers: [AssessmentsService, AssessmentExportService, AssessmentRoundsService],
  controllers: [AssessmentsController],
  exports: [AssessmentRoundsService],
})
export class AssessmentsModule {}
