import type { OrganizationRole } from '../permissions/roles';

export interface Member {
  userId: string;
  email: string;
  displayName: string;
  role: OrganizationRole;
  joinedAt: string;
}

export interface UpdateMemberRequest {
  role: OrganizationRole;
}

export interface Invitation {
  id: string;
  email: string;
  role: OrganizationRole;
  invitedBy: { userId: string; displayName: string } | null;
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export interface CreateInvitationRequest {
  email: string;
  role: OrganizationRole;
}

/** Returned once, to the inviter, so the link can also be handed over by hand. */
export interface CreatedInvitation extends Invitation {
  acceptUrl: string;
}

/** What an invitee sees before accepting (public, by token). */
export interface InvitationPreview {
  organizationName: string;
  email: string;
  role: OrganizationRole;
  expiresAt: string;
}

/** What an audit event's target id names, when it is still known (so the log shows names, not UUIDs). */
export type AuditTargetRef =
  | { kind: 'assessment'; round: number; track: string }
  | { kind: 'workshop'; title: string }
  | { kind: 'question'; publicationTitle: string };

export interface AuditEvent {
  id: string;
  action: string;
  actor: { userId: string; displayName: string } | null;
  target: string | null;
  /** The target id resolved to a name within the organization (null when the target is not an id or is gone). */
  targetRef: AuditTargetRef | null;
  data: Record<string, unknown>;
  createdAt: string;
}
