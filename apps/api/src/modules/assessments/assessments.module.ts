import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentAuditNames } from './assessment-audit-names';
import { AssessmentRoundsService } from './assessment-rounds.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AssessmentAnswerEntity } from './entities/assessment-answer.entity';
import { AssessmentAssignmentEntity } from './entities/assessment-assignment.entity';
import { AssessmentPlanningEntity } from './entities/assessment-planning.entity';
import { AssessmentReviewEntity } from './entities/assessment-review.entity';
import { AssessmentEntity } from './entities/assessment.entity';
import { AssessmentAnswerImportService } from './assessment-answer-import.service';
import { AssessmentExportService } from './assessment-export.service';
import { AssessmentPlanningService } from './assessment-planning.service';
import { AssessmentValidationService } from './assessment-validation.service';
import { AssessmentTransferController } from './assessment-transfer.controller';
import { AssessmentTransferService } from './assessment-transfer.service';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { AssessmentAnswersService } from './assessment-answers.service';
import { AssessmentLifecycleService } from './assessment-lifecycle.service';
import { AuditModule } from '../audit/audit.module';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([
      AssessmentEntity,
      AssessmentAnswerEntity,
      AssessmentAssignmentEntity,
      AssessmentPlanningEntity,
      AssessmentReviewEntity,
    ]),
    OrganizationsModule,
  ],
  providers: [
    AssessmentAuditNames,
    AssessmentsService,
    AssessmentAnswersService,
    AssessmentLifecycleService,
    AssessmentExportService,
    AssessmentRoundsService,
    AssessmentAnswerImportService,
    AssessmentPlanningService,
    AssessmentTransferService,
    AssessmentValidationService,
  ],
  controllers: [AssessmentsController, AssessmentTransferController],
  // Other modules read rounds and write answers only through these services (e.g. workshops applying agreed answers;
  // the SME results read a round through AssessmentsService.loadRound).
  // The demo seed starts, answers and submits a round as a team does (lifecycle and answers services).
  exports: [
    AssessmentRoundsService,
    AssessmentAnswerImportService,
    AssessmentsService,
    AssessmentLifecycleService,
    AssessmentAnswersService,
  ],
})
export class AssessmentsModule {}
