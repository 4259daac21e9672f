import type { TFunction } from 'i18next';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/**
 * A personal check's name in the reader's language: the title the reader gave, or else the company and the document
 * type (電池材料株式会社 統合報告書 / "電池材料株式会社 Integrated report"). Without a title the API stores the company
 * name as the title, so a title equal to the company name is that default and is composed here, not frozen in the
 * language the check was made in.
 */
export function checkTitle(
  check: Pick<DisclosureSummary, 'title' | 'documentType' | 'companyName'>,
  t: TFunction,
): string {
  const company = check.companyName ?? '';
  if (check.title && check.title !== company) return check.title;
  return [company, t(`disclosures.documentTypes.${check.documentType}`)].filter(Boolean).join(' ');
}
