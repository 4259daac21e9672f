import type { DraftType } from '../model/draft';
import { CG_REPORT_TEMPLATE } from './cg-report.template';
import type { DraftTemplate } from './draft-template';
import { INTEGRATED_REPORT_TEMPLATE } from './integrated-report.template';
import { SECURITIES_REPORT_TEMPLATE } from './securities-report.template';
import { SME_ONE_PAGER_TEMPLATE } from './sme-one-pager.template';

/** Every draft template, by type (content data, validated by the schema test). */
export const DRAFT_TEMPLATES: Readonly<Partial<Record<DraftType, DraftTemplate>>> = {
  'cg-report': CG_REPORT_TEMPLATE,
  'integrated-report': INTEGRATED_REPORT_TEMPLATE,
  'securities-report': SECURITIES_REPORT_TEMPLATE,
  'sme-one-pager': SME_ONE_PAGER_TEMPLATE,
};
