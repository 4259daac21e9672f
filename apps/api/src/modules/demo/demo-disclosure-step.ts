import { Injectable } from '@nestjs/common';
import { DisclosuresService } from '../disclosures/disclosures.service';
import { DEMO_SCORED_DISCLOSURE } from './demo-content';
import { actingWith, type DemoActor } from './demo-personas';

/** The IP department scores last year's (weak) disclosure text, so the company's disclosure history has an entry. */
@Injectable()
export class DemoDisclosureStep {
  constructor(private readonly disclosures: DisclosuresService) {}

  async run(contributor: DemoActor): Promise<void> {
    await this.disclosures.scoreText(actingWith(contributor, 'disclosure:score'), contributor.user, {
      ...DEMO_SCORED_DISCLOSURE,
    });
  }
}
