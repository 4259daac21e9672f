import type { Answers, AssessmentResult } from '@ipgn/assessment';
import type { OrganizationProfile } from '@ipgn/contracts';
import type { CompanyFacts } from './company-facts';

/** The part of the organisation profile the drafts use. */
export type DraftOrganization = Pick<
  OrganizationProfile,
  'legalNameJa' | 'legalNameEn' | 'listingStatus' | 'companySize' | 'industry' | 'fiscalYearEndMonth'
> &
  /** Given at SME sign-up; the SME one-pager uses it when the SME facts form has no number of employees. */
  Partial<Pick<OrganizationProfile, 'employeeCount'>>;

export interface DraftInput {
  readonly organization: DraftOrganization;
  /** Answers keyed by question id of the assessment bank (`Answers` of @ipgn/assessment). */
  readonly answers: Answers;
  /** The scored assessment (`scoreAssessment`); its quantification gives the intangible share and PBR. */
  readonly result?: AssessmentResult;
  readonly facts?: CompanyFacts;
  /** "As of" date, YYYY-MM-DD. The library never reads the clock: same input, same draft. */
  readonly asOf: string;
}
