import { Injectable } from '@nestjs/common';
import { DraftSectionsService } from '../drafts/draft-sections.service';
import { DraftWorkflowService } from '../drafts/draft-workflow.service';
import { DraftsService } from '../drafts/drafts.service';
import { MAX_PUBLICATION_TITLE_CHARS } from '../publishing/dto/publishing.dto';
import { PublicationsService } from '../publishing/publications.service';
import {
  DEMO_PUBLICATION_TITLE_MARK,
  DEMO_PUBLISHED_DRAFT,
  DEMO_SECOND_DISCLOSURE,
  DEMO_SECOND_ORGANIZATION,
} from './demo-content';
import { actingWith, type DemoActor } from './demo-personas';

/**
 * A second fictional listed company that has published one CG-report entry, so the investor's 「比較」 has two
 * companies. Its owner writes the entry over the generated draft (no self-assessment: every gap is replaced by
 * written text), its board member approves (four eyes), the owner publishes under a title marked fictional.
 */
@Injectable()
export class DemoSecondCompanyStep {
  constructor(
    private readonly drafts: DraftsService,
    private readonly sections: DraftSectionsService,
    private readonly workflow: DraftWorkflowService,
    private readonly publications: PublicationsService,
  ) {}

  /** Returns the second company's slug. `owner` and `reviewer` are its accounts (made by the seeder's bootstrap). */
  async run(owner: DemoActor, reviewer: DemoActor): Promise<string> {
    const editing = actingWith(owner, 'draft:edit');
    let draft = await this.drafts.create(editing, owner.user, { ...DEMO_PUBLISHED_DRAFT });
    for (const section of draft.current.draft.sections) {
      const text = DEMO_SECOND_DISCLOSURE[section.id];
      if (text === undefined) throw new Error(`demo seed: no text for section ${section.id} of the second company`);
      draft = await this.sections.saveSection(editing, owner.user, draft.id, section.id, {
        text,
        expectedVersion: draft.currentVersion,
      });
    }
    if (draft.current.completenessDetail.slots > 0)
      throw new Error('demo seed: the second company’s entry still has gaps to fill');
    await this.workflow.submit(editing, owner.user, draft.id, { reviewerId: reviewer.user.id, acknowledgedGaps: [] });
    await this.workflow.approve(actingWith(reviewer, 'draft:review'), reviewer.user, draft.id);
    const published = await this.workflow.publish(actingWith(owner, 'draft:publish'), owner.user, draft.id);
    const publication = published.publications.at(-1);
    if (!publication) throw new Error('demo seed: publishing the second company’s entry made no publication');
    const title = `${publication.title}${DEMO_PUBLICATION_TITLE_MARK}`.slice(0, MAX_PUBLICATION_TITLE_CHARS);
    await this.publications.rename(actingWith(owner, 'draft:publish'), owner.user, publication.publicationId, title);
    return DEMO_SECOND_ORGANIZATION.slug;
  }
}
