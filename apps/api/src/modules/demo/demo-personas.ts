import { roleHasPermission, type OrganizationRole, type Permission } from '@ipgn/contracts';
import type { AuthenticatedUser, OrganizationContext } from '../../common/http/request-context';
import type { DemoPersona } from './demo-content';

/** A demo account as the services see a signed-in user, with its membership of the demo organization. */
export interface DemoActor {
  persona: DemoPersona;
  user: AuthenticatedUser;
  /** The demo organization as this member acts in it; null for the investor and for the advisor before joining. */
  membership: OrganizationContext | null;
}

/** Seeding calls services without an HTTP request: this marks the session-less user of the seed. */
const SEED_SESSION = 'demo-seed';

export function demoActor(
  persona: DemoPersona,
  user: { id: string; email: string; displayName: string },
  organizationId: string,
): DemoActor {
  const role = persona.role === 'investor' || persona.role === 'advisor' ? null : persona.role;
  return {
    persona,
    user: {
      ...user,
      locale: 'ja',
      accountType: persona.role === 'investor' ? 'investor' : 'company',
      sessionId: SEED_SESSION,
      memberships: role ? [{ organizationId, role }] : [],
    },
    membership: role ? { organizationId, role } : null,
  };
}

/** The actor after joining the organization in `role` (the advisor accepting the owner's invitation). */
export function joined(actor: DemoActor, organizationId: string, role: OrganizationRole): DemoActor {
  return {
    ...actor,
    user: { ...actor.user, memberships: [...actor.user.memberships, { organizationId, role }] },
    membership: { organizationId, role },
  };
}

/**
 * The organization context for a step, after the check the access guard makes on every organization route: the
 * seed may take only steps the member's role may take in the product.
 */
export function actingWith(actor: DemoActor, permission: Permission): OrganizationContext {
  const membership = actor.membership;
  if (!membership || !roleHasPermission(membership.role, permission))
    throw new Error(`demo seed: ${actor.persona.email} may not use ${permission}`);
  return membership;
}
