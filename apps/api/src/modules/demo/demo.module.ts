import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { DisclosuresModule } from '../disclosures/disclosures.module';
import { DraftsModule } from '../drafts/drafts.module';
import { MembersModule } from '../members/members.module';
import { PublishingModule } from '../publishing/publishing.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { DemoAdvisorStep } from './demo-advisor-step';
import { DemoAssessmentStep } from './demo-assessment-step';
import { DemoDisclosureStep } from './demo-disclosure-step';
import { DemoPublicationStep } from './demo-publication-step';
import { DemoSecondCompanyStep } from './demo-second-company-step';
import { DemoSeeder } from './demo-seeder';
import { DemoWorkshopStep } from './demo-workshop-step';

/** The demo seed (`SEED_DEMO=true`): every step goes through the exported services of the module that owns it. */
@Module({
  imports: [
    AuditModule,
    AuthModule,
    AssessmentsModule,
    DraftsModule,
    PublishingModule,
    DisclosuresModule,
    MembersModule,
    WorkshopsModule,
  ],
  providers: [
    DemoSeeder,
    DemoAssessmentStep,
    DemoPublicationStep,
    DemoSecondCompanyStep,
    DemoDisclosureStep,
    DemoAdvisorStep,
    DemoWorkshopStep,
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
