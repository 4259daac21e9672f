import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/**
 * Two saved scores are 'versions' of one document when they are of the same document type and their titles differ
 * only in the period they name (「2025年 CG報告書」 / 「2026年 CG報告書」, 「… 2025年3月期」 / 「… 2026年3月期」);
 * otherwise they are two 'documents', shown side by side without "improved" / "worse" — unless the user says they
 * are versions (`?as=versions` on the comparison page).
 */
export type ComparisonKind = 'versions' | 'documents';

/** Digits and period words (年度・年・月期・月・期・版・FY) dropped, with spaces, punctuation and symbols. */
export function titleStem(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, '')
    .replace(/年度|月期|年|月|期|版|fy/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export function comparisonKind(
  a: Pick<DisclosureSummary, 'title' | 'documentType'>,
  b: Pick<DisclosureSummary, 'title' | 'documentType'>,
): ComparisonKind {
  return a.documentType === b.documentType && titleStem(a.title) === titleStem(b.title) ? 'versions' : 'documents';
}

/** Why two saved scores were not taken for versions of one document: their document types or their titles differ. */
export type ComparisonFallback = 'documentType' | 'title';

export function comparisonFallback(
  a: Pick<DisclosureSummary, 'title' | 'documentType'>,
  b: Pick<DisclosureSummary, 'title' | 'documentType'>,
): ComparisonFallback | null {
  if (a.documentType !== b.documentType) return 'documentType';
  return titleStem(a.title) === titleStem(b.title) ? null : 'title';
}
