import { uniqueEmail } from '../../test-app';
import type { CallTable, Fixture } from './matrix-fixture';

const newViewer = (f: Fixture) => f.ctx.newMember(f.owner, f.orgId, 'viewer');

/** The organization, its audit trail, members and invitations. */
export const organizationCalls: CallTable = {
  'GET /api/orgs/:orgId': {},
  'PATCH /api/orgs/:orgId': { body: () => ({ fiscalYearEndMonth: 3 }) },
  'GET /api/orgs/:orgId/audit': {},
  'GET /api/orgs/:orgId/members': {},
  'PATCH /api/orgs/:orgId/members/:userId': { body: () => ({ role: 'viewer' }) },
  'DELETE /api/orgs/:orgId/members/:userId': {
    params: async (f, allowed) => ({ userId: allowed ? (await newViewer(f)).user!.id : f.target }),
  },
  'GET /api/orgs/:orgId/invitations': {},
  'POST /api/orgs/:orgId/invitations': { body: () => ({ email: uniqueEmail('matrix'), role: 'viewer' }) },
  'DELETE /api/orgs/:orgId/invitations/:invitationId': {},
};
