import type { CompanySize, IndustryCode, ListingStatus } from '@ipgn/contracts';
import type { Bilingual, CriterionId, DisclosureScore } from '@ipgn/disclosure-scoring';
import type { DraftLanguage, DraftType } from '@ipgn/drafting';

/** Response shapes of the public investor view (apps/api/src/modules/publishing/publishing-views.ts). */
export interface PublicCompany {
  slug: string;
  nameJa: string;
  nameEn: string | null;
  industry: IndustryCode | null;
  listingStatus: ListingStatus;
  companySize: CompanySize;
  publications: number;
  latestPublishedAt: string;
}

export interface PublicCriterionScore {
  id: CriterionId;
  key: string;
  name: Bilingual;
  score: number;
}

export interface PublicPublicationSummary {
  publicationId: string;
  type: DraftType;
  language: DraftLanguage;
  title: string;
  version: number;
  publishedAt: string;
  overall: number;
  grade: string;
  class: string;
}

export interface PublicDisclosure extends PublicPublicationSummary {
  criteria: PublicCriterionScore[];
  olderVersions: PublicPublicationSummary[];
}

export interface PublicQuestion {
  id: string;
  publicationId: string;
  question: string;
  answer: string;
  askedAt: string;
  answeredAt: string;
}

export interface PublicCompanyPage {
  company: PublicCompany;
  disclosures: PublicDisclosure[];
  questions: PublicQuestion[];
}

export interface PublicPublication extends PublicPublicationSummary {
  company: PublicCompany;
  text: string;
  score: DisclosureScore;
  questions: PublicQuestion[];
}

export interface CompanyComparison {
  type: DraftType | null;
  language: DraftLanguage;
  criteria: { id: CriterionId; key: string; name: Bilingual }[];
  companies: {
    company: PublicCompany;
    publication: PublicPublicationSummary | null;
    scores: Partial<Record<CriterionId, number>>;
  }[];
}

export interface MyQuestionView {
  id: string;
  publicationId: string;
  companySlug: string;
  publicationTitle: string;
  body: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  isPublic: boolean;
}

export interface CompanyFilters {
  industry: IndustryCode | '';
  listingStatus: ListingStatus | '';
}
