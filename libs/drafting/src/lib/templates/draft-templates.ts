import type { DraftType } from '../model/draft';
import { CG_REPORT_TEMPLATE } from './cg-report.template';
import type { DraftTemplate } from './draft-template';

/** Every draft template, by type (content data, validated by the schema test). */
export const DRAFT_TEMPLATES: Readonly<Partial<Record<DraftType, DraftTemplate>>> = {
  'cg-report': CG_REPORT_TEMPLATE,
};
