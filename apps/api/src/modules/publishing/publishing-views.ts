import type { CompanySize, IndustryCode, ListingStatus } from '@ipgn/contracts';
import type { DraftLanguage, DraftType } from '@ipgn/drafting';
import type { Bilingual, CriterionId, DisclosureScore } from '@ipgn/disclosure-scoring';

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
  /** Earlier published versions of the same draft type and language, newest first. */
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
    /** The latest publication compared (null when the company published none of that type and language). */
    publication: PublicPublicationSummary | null;
    scores: Partial<Record<CriterionId, number>>;
  }[];
}

export interface QuestionView {
  id: string;
  publicationId: string;
  publicationTitle: string;
  publicationVersion: number;
  body: string;
  askedBy: { userId: string; displayName: string } | null;
  askedAt: string;
  answer: string | null;
  answeredBy: { userId: string; displayName: string } | null;
  answeredAt: string | null;
  isPublic: boolean;
}

/** What an investor sees of their own question (no names of the company's members). */
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
