import { UserEntity } from '../modules/auth/entities/user.entity';
import { NotificationEntity } from '../modules/notifications/entities/notification.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { PasswordResetTokenEntity } from '../modules/auth/entities/password-reset-token.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { MembershipEntity } from '../modules/organizations/entities/membership.entity';
import { InvitationEntity } from '../modules/members/entities/invitation.entity';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AssessmentEntity } from '../modules/assessments/entities/assessment.entity';
import { AssessmentAnswerEntity } from '../modules/assessments/entities/assessment-answer.entity';
import { AssessmentAssignmentEntity } from '../modules/assessments/entities/assessment-assignment.entity';
import { AssessmentPlanningEntity } from '../modules/assessments/entities/assessment-planning.entity';
import { AssessmentReviewEntity } from '../modules/assessments/entities/assessment-review.entity';
import { DisclosureScoreEntity } from '../modules/disclosures/entities/disclosure-score.entity';
import { DisclosureCheckEntity } from '../modules/disclosures/entities/disclosure-check.entity';
import { CompanyFactsEntity } from '../modules/drafts/entities/company-facts.entity';
import { DraftEntity } from '../modules/drafts/entities/draft.entity';
import { DraftVersionEntity } from '../modules/drafts/entities/draft-version.entity';
import { DraftCommentEntity } from '../modules/drafts/entities/draft-comment.entity';
import { PublicationEntity } from '../modules/publishing/entities/publication.entity';
import { DialogueQuestionEntity } from '../modules/publishing/entities/dialogue-question.entity';
import { CompanyFollowEntity } from '../modules/publishing/entities/company-follow.entity';
import { InvestorVisitEntity } from '../modules/publishing/entities/investor-visit.entity';
import { WorkshopEntity } from '../modules/workshops/entities/workshop.entity';
import { WorkshopParticipantEntity } from '../modules/workshops/entities/workshop-participant.entity';
import { ThrottleCounterEntity } from '../common/throttle/throttle-counter.entity';
import { BenchmarkParticipationEntity } from '../modules/benchmark/entities/benchmark-participation.entity';
import { BenchmarkSnapshotEntity } from '../modules/benchmark/entities/benchmark-snapshot.entity';
import { WorkshopAnswerEntity } from '../modules/workshops/entities/workshop-answer.entity';
import { WorkshopEventEntity } from '../modules/workshops/entities/workshop-event.entity';

/** Every entity, listed explicitly so the bundled API and the TypeORM CLI see the same schema. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetTokenEntity,
  ThrottleCounterEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  AuditEventEntity,
  AssessmentEntity,
  AssessmentAnswerEntity,
  AssessmentAssignmentEntity,
  AssessmentPlanningEntity,
  AssessmentReviewEntity,
  DisclosureScoreEntity,
  DisclosureCheckEntity,
  CompanyFactsEntity,
  DraftEntity,
  DraftVersionEntity,
  DraftCommentEntity,
  PublicationEntity,
  NotificationEntity,
  DialogueQuestionEntity,
  CompanyFollowEntity,
  InvestorVisitEntity,
  WorkshopEntity,
  WorkshopParticipantEntity,
  WorkshopAnswerEntity,
  WorkshopEventEntity,
  BenchmarkParticipationEntity,
  BenchmarkSnapshotEntity,
];
