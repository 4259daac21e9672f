import { Injectable } from '@nestjs/common';
import { MAX_PUBLICATION_TITLE_CHARS } from '../publishing/dto/publishing.dto';
import { DialogueService } from '../publishing/dialogue.service';
import { InvestorUpdatesService } from '../publishing/investor-updates.service';
import { PublicationsService } from '../publishing/publications.service';
import { DraftWorkflowService } from '../drafts/draft-workflow.service';
import { DraftsService } from '../drafts/drafts.service';
import {
  DEMO_COMPANY_ANSWER,
  DEMO_INVESTOR_QUESTION,
  DEMO_ORGANIZATION,
  DEMO_PUBLICATION_TITLE_MARK,
  DEMO_PUBLISHED_DRAFT,
  DEMO_UNPUBLISHED_DRAFT,
} from './demo-content';
import { actingWith, type DemoActor } from './demo-personas';

export interface DemoTeam {
  owner: DemoActor;
  contributor: DemoActor;
  reviewer: DemoActor;
  investor: DemoActor;
}

/**
 * From answers to a public disclosure, through the draft workflow: the IP department drafts from the submitted
 * round and asks the board member for review (acknowledging any open gaps), the board member approves (four eyes),
 * the owner publishes. The investor follows the company and asks about the disclosure; the IP department answers
 * in public. A second draft (the integrated report) stays a draft.
 */
@Injectable()
export class DemoPublicationStep {
  constructor(
    private readonly drafts: DraftsService,
    private readonly workflow: DraftWorkflowService,
    private readonly publications: PublicationsService,
    private readonly updates: InvestorUpdatesService,
    private readonly dialogue: DialogueService,
  ) {}

  async run(team: DemoTeam, assessmentId: string): Promise<void> {
    const { owner, contributor, reviewer, investor } = team;
    const editing = actingWith(contributor, 'draft:edit');
    const draft = await this.drafts.create(editing, contributor.user, { ...DEMO_PUBLISHED_DRAFT, assessmentId });
    await this.drafts.create(editing, contributor.user, { ...DEMO_UNPUBLISHED_DRAFT, assessmentId });

    await this.workflow.submit(editing, contributor.user, draft.id, {
      reviewerId: reviewer.user.id,
      acknowledgedGaps: [...new Set(draft.current.completenessDetail.missing.map((m) => m.slotId))],
    });
    await this.workflow.approve(actingWith(reviewer, 'draft:review'), reviewer.user, draft.id);
    const published = await this.workflow.publish(actingWith(owner, 'draft:publish'), owner.user, draft.id);
    const publication = published.publications.at(-1);
    if (!publication) throw new Error('demo seed: publishing the approved draft made no publication');
    // The public title says the company is fictional (the title investors read on the page and in the PDF).
    const title = `${publication.title}${DEMO_PUBLICATION_TITLE_MARK}`.slice(0, MAX_PUBLICATION_TITLE_CHARS);
    await this.publications.rename(actingWith(owner, 'draft:publish'), owner.user, publication.publicationId, title);

    await this.updates.follow(investor.user, DEMO_ORGANIZATION.slug);
    const question = await this.dialogue.ask(investor.user, publication.publicationId, {
      body: DEMO_INVESTOR_QUESTION,
    });
    await this.dialogue.answer(actingWith(contributor, 'dialogue:answer'), contributor.user, question.id, {
      body: DEMO_COMPANY_ANSWER,
      makePublic: true,
    });
  }
}
