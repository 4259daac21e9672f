import { UserEntity } from '../modules/auth/entities/user.entity';
import { SessionEntity } from '../modules/auth/entities/session.entity';
import { PasswordResetTokenEntity } from '../modules/auth/entities/password-reset-token.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { MembershipEntity } from '../modules/organizations/entities/membership.entity';
import { InvitationEntity } from '../modules/members/entities/invitation.entity';
import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AssessmentEntity } from '../modules/assessments/entities/assessment.entity';
import { AssessmentAnswerEntity } from '../modules/assessments/entities/assessment-answer.entity';
import { AssessmentAssignmentEntity } from '../modules/assessments/entities/assessment-assignment.entity';
import { DisclosureScoreEntity } from '../modules/disclosures/entities/disclosure-score.entity';

/** Every entity, listed explicitly so the bundled API and the TypeORM CLI see the same schema. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetTokenEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  AuditEventEntity,
  AssessmentEntity,
  AssessmentAnswerEntity,
  AssessmentAssignmentEntity,
  DisclosureScoreEntity,
];
