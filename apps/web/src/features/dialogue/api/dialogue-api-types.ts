/** The organization's view of an investor question (apps/api/src/modules/publishing/publishing-views.ts QuestionView). */
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
