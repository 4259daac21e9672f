import type { TFunction } from 'i18next';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/** A personal check's name: its title, or (sent without one through the API) its document type. */
export function checkTitle(check: Pick<DisclosureSummary, 'title' | 'documentType'>, t: TFunction): string {
  return check.title || t(`disclosures.documentTypes.${check.documentType}`);
}
