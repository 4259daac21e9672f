import type { GradeBasis } from '../disclosures/disclosure-views';
import type { CompanySize, IndustryCode, ListingStatus } from '../organizations/organization-profile';

/**
 * Response shapes of the public investor view and the investor dialogue, shared by apps/api and apps/web.
 *
 * Contracts (type:util) may not import the domain libraries @ipgn/drafting and @ipgn/disclosure-scoring, so
 * each shape takes the domain types it carries as one parameter `D`; @ipgn/drafting (lib/api/draft-views.ts)
 * fills it in once for the api and the web.
 */
export interface PublishingDomainTypes {
  draftType: string;
  language: string;
  criterionId: string;
  bilingual: unknown;
  score: unknown;
}

export interface PublicCompany {
  slug: string;
  nameJa: string;
  nameEn: string | null;
  /** TSE securities code, when the company gave one. */
  securitiesCode: string | null;
  industry: IndustryCode | null;
  listingStatus: ListingStatus;
  companySize: CompanySize;
  publications: number;
  latestPublishedAt: string;
}

export interface PublicCriterionScoreOf<D extends PublishingDomainTypes> {
  id: D['criterionId'];
  key: string;
  name: D['bilingual'];
  score: number;
  /**
   * The text gave this criterion nothing to judge (the scorer's `CriterionResult.notApplicable`; v2 L7 on a text with
   * no claims): show no level out of 3. Absent on publications scored before the scorer said so.
   */
  notApplicable?: true;
}

export interface PublicPublicationSummaryOf<D extends PublishingDomainTypes> {
  publicationId: string;
  type: D['draftType'];
  language: D['language'];
  title: string;
  version: number;
  publishedAt: string;
  overall: number;
  grade: string;
  /** What the grade stands for (its score band and how people rated texts in it); null for a v1 score. */
  gradeBasis: GradeBasis | null;
  /** JPX400's 〇/△/✕ floor check: only CG-report entries have one (null otherwise). Not a quality grade. */
  class: string | null;
}

export interface PublicDisclosureOf<D extends PublishingDomainTypes> extends PublicPublicationSummaryOf<D> {
  criteria: PublicCriterionScoreOf<D>[];
  /** Earlier published versions of the same draft type and language, newest first. */
  olderVersions: PublicPublicationSummaryOf<D>[];
}

export interface PublicQuestion {
  id: string;
  publicationId: string;
  question: string;
  answer: string;
  askedAt: string;
  answeredAt: string;
}

export interface PublicCompanyPageOf<D extends PublishingDomainTypes> {
  company: PublicCompany;
  disclosures: PublicDisclosureOf<D>[];
  questions: PublicQuestion[];
}

export interface PublicPublicationOf<D extends PublishingDomainTypes> extends PublicPublicationSummaryOf<D> {
  company: PublicCompany;
  text: string;
  score: D['score'];
  questions: PublicQuestion[];
}

export interface CompanyComparisonOf<D extends PublishingDomainTypes> {
  type: D['draftType'] | null;
  language: D['language'];
  criteria: { id: D['criterionId']; key: string; name: D['bilingual'] }[];
  companies: {
    company: PublicCompany;
    /** The latest publication compared (null when the company published none of that type and language). */
    publication: PublicPublicationSummaryOf<D> | null;
    scores: Partial<Record<D['criterionId'], number>>;
    /** The criteria the publication gave nothing to judge (their score is 0 but means no level); absent from older APIs. */
    notApplicable?: D['criterionId'][];
  }[];
}

/** A question as the company's members see it. */
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
  /** The company asked (its Japanese and, when given, English name). */
  companyNameJa: string;
  companyNameEn: string | null;
  publicationTitle: string;
  body: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  isPublic: boolean;
}

/** Longest investor question and company answer (characters); the API refuses more, the forms count. */
export const MAX_QUESTION_CHARS = 2_000;
export const MAX_ANSWER_CHARS = 4_000;
/** How many investor questions wait for an answer (the company's sign of new questions). */
export interface QuestionsSummary {
  unanswered: number;
  total: number;
}

/** One thing that happened at a followed company or to one of the investor's questions. */
export type InvestorUpdate =
  | {
      kind: 'publication';
      at: string;
      isNew: boolean;
      company: PublicCompany;
      publicationId: string;
      title: string;
      version: number;
    }
  | {
      kind: 'answer';
      at: string;
      isNew: boolean;
      company: PublicCompany;
      questionId: string;
      publicationId: string;
      publicationTitle: string;
    };

/** The investor home's "since your last visit": followed companies and the latest updates, newest first. */
export interface InvestorUpdates {
  /** When the investor last marked the updates as seen (null: never). */
  seenAt: string | null;
  following: { company: PublicCompany; followedAt: string }[];
  updates: InvestorUpdate[];
  newCount: number;
}
