import { Injectable } from '@nestjs/common';
import { DEMO_COMPANY_FACTS } from '@ipgn/drafting';
import { AssessmentAnswersService } from '../assessments/assessment-answers.service';
import { AssessmentLifecycleService } from '../assessments/assessment-lifecycle.service';
import { CompanyFactsService } from '../drafts/company-facts.service';
import { demoListedAnswers } from './demo-answers';
import { DEMO_ORGANIZATION } from './demo-content';
import { actingWith, type DemoActor } from './demo-personas';

/**
 * The year's groundwork, as the team does it in the app: the IP department answers the listed-track
 * self-assessment completely and the owner submits it; the IP department enters the company facts for drafting.
 */
@Injectable()
export class DemoAssessmentStep {
  constructor(
    private readonly lifecycle: AssessmentLifecycleService,
    private readonly answers: AssessmentAnswersService,
    private readonly facts: CompanyFactsService,
  ) {}

  /** Returns the submitted round's id. */
  async run(owner: DemoActor, contributor: DemoActor): Promise<string> {
    const started = await this.lifecycle.start(actingWith(owner, 'assessment:manage'), owner.user, 'listed');
    const answering = actingWith(contributor, 'assessment:answer');
    const answers = demoListedAnswers({
      listingStatus: DEMO_ORGANIZATION.listingStatus,
      companySize: DEMO_ORGANIZATION.companySize,
    });
    for (const [questionId, value] of Object.entries(answers)) {
      await this.answers.saveAnswer(answering, contributor.user, started.id, questionId, { value, expectedVersion: 0 });
    }
    await this.lifecycle.submit(actingWith(owner, 'assessment:manage'), owner.user.id, started.id);
    await this.facts.put(actingWith(contributor, 'draft:edit'), contributor.user, {
      facts: DEMO_COMPANY_FACTS,
      expectedVersion: 0,
    });
    return started.id;
  }
}
