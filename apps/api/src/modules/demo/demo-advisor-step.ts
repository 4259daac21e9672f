import { Injectable } from '@nestjs/common';
import { InvitationsService } from '../members/invitations.service';
import { actingWith, joined, type DemoActor } from './demo-personas';

/**
 * The outside advisor joins as the product links advisors: the owner invites the advisor's address with the
 * `advisor` role (the invitation mail goes out like any other) and the advisor's account accepts the link.
 */
@Injectable()
export class DemoAdvisorStep {
  constructor(private readonly invitations: InvitationsService) {}

  async run(owner: DemoActor, advisor: DemoActor): Promise<DemoActor> {
    const membership = actingWith(owner, 'members:invite');
    const invitation = await this.invitations.create(membership, owner.user, {
      email: advisor.persona.email,
      role: 'advisor',
    });
    const token = new URL(invitation.acceptUrl).pathname.split('/').at(-1) ?? '';
    await this.invitations.accept(token, advisor.user);
    return joined(advisor, membership.organizationId, 'advisor');
  }
}
