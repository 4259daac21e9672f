import type { TFunction } from 'i18next';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { formatDateTime } from '../../../shared/i18n/format';

/**
 * A personal check's name in the reader's language: the title the reader gave, or else the company and the document
 * type (電池材料株式会社 統合報告書 / "電池材料株式会社 Integrated report"). Without a title the API stores the company
 * name as the title, so a title equal to the company name is that default and is composed here, not frozen in the
 * language the check was made in. A check with neither title nor company also carries its file name, or else when it
 * was made (in Japan time, as every time in the app), so that two such checks in the history are not named alike.
 */
export function checkTitle(
  check: Pick<DisclosureSummary, 'title' | 'documentType' | 'companyName'> &
    Partial<Pick<DisclosureSummary, 'filename' | 'createdAt'>>,
  t: TFunction,
): string {
  const company = check.companyName ?? '';
  if (check.title && check.title !== company) return check.title;
  const kind = t(`disclosures.documentTypes.${check.documentType}`);
  if (company) return `${company} ${kind}`;
  const which = check.filename || madeAt(check.createdAt);
  return which ? `${kind} (${which})` : kind;
}

/** When a check was made, as every time in the app is shown (2026-12-03 21:15 JST); nothing for a bad date. */
function madeAt(createdAt: string | undefined): string {
  if (!createdAt || Number.isNaN(new Date(createdAt).getTime())) return '';
  return formatDateTime(createdAt);
}
