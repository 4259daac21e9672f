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

/** What decides the kind: the type, the title, the language, and whether the user gave the text a name at all. */
export type Compared = Pick<DisclosureSummary, 'title' | 'documentType'> &
  Partial<Pick<DisclosureSummary, 'language'>> & {
    /** Neither a title nor a company was given (an investor's check named only by its type and time). */
    untitled?: boolean;
  };

export function comparisonKind(a: Compared, b: Compared): ComparisonKind {
  return comparisonFallback(a, b) === null ? 'versions' : 'documents';
}

/**
 * Why two saved scores were not taken for versions of one document: their document types, their languages or their
 * titles differ, or neither was named (two untitled checks may be any two companies' texts: UI review, v2.47).
 */
export type ComparisonFallback = 'documentType' | 'language' | 'untitled' | 'title';

export function comparisonFallback(a: Compared, b: Compared): ComparisonFallback | null {
  if (a.documentType !== b.documentType) return 'documentType';
  if (a.language !== undefined && b.language !== undefined && a.language !== b.language) return 'language';
  if (a.untitled || b.untitled) return 'untitled';
  return titleStem(a.title) === titleStem(b.title) ? null : 'title';
}
