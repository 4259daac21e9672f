import type { CurrentUser, Member, OrganizationProfile, OrganizationRole } from '@ipgn/contracts';
import { BANK_VERSION, type AssessmentDetail } from '@ipgn/assessment';

export const ORG_ID = '11111111-1111-4111-8111-111111111111';

export function aUser(role: OrganizationRole = 'owner', overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: 'user-1',
    email: 'hanako@example.jp',
    displayName: '山田花子',
    locale: 'ja',
    accountType: 'company',
    memberships: [{ organizationId: ORG_ID, organizationName: '株式会社サンプル', slug: 'sample', role }],
    lastOrganizationId: ORG_ID,
    ...overrides,
  };
}

export function anOrganization(overrides: Partial<OrganizationProfile> = {}): OrganizationProfile {
  return {
    id: ORG_ID,
    slug: 'sample',
    legalNameJa: '株式会社サンプル',
    legalNameEn: null,
    listingStatus: 'prime',
    companySize: 'large',
    industry: null,
    fiscalYearEndMonth: 3,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aMember(
  userId: string,
  displayName: string,
  role: OrganizationRole,
  email = `${userId}@example.jp`,
): Member {
  return { userId, displayName, role, email, joinedAt: '2026-11-02T00:00:00.000Z' };
}

/** A new round with no answers yet: the whole answer the API gives when a round is started. */
export function anAssessmentDetail(overrides: Partial<AssessmentDetail> = {}): AssessmentDetail {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    track: 'listed',
    bankVersion: BANK_VERSION,
    round: 1,
    status: 'draft',
    copiedFrom: null,
    createdBy: { userId: 'user-1', displayName: '山田花子' },
    createdAt: '2026-11-20T00:00:00.000Z',
    submittedAt: null,
    submittedBy: null,
    progress: { answered: 0, visible: 10, ratio: 0 },
    profile: { listingStatus: 'prime', companySize: 'large' },
    answers: [],
    assignments: [],
    progressDetail: { overall: { answered: 0, visible: 10, ratio: 0 }, modules: [] },
    visibleQuestionIds: [],
    validation: {
      requested: false,
      requestedAt: null,
      items: [],
      counts: { pending: 0, accepted: 0, returned: 0 },
      complete: false,
    },
    ...overrides,
  };
}
