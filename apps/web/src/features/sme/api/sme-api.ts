import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answer's schema: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./sme-schemas'));

const one = (orgId: string, id: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(id)}`;

export const smeApi = {
  report: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${one(orgId, id)}/sme-report`, schema('smeReportSchema')),
  /** A plain link (same-origin cookie): the browser downloads the workbook itself. */
  bankSheetsUrl: (orgId: string, id: string) => `${one(orgId, id)}/bank-sheets.xlsx`,
  bankSheetsDocxUrl: (orgId: string, id: string) => `${one(orgId, id)}/bank-sheets.docx`,
  /** These results as a PDF (strengths, exposure, the three steps, free help). */
  resultsPdfUrl: (orgId: string, id: string) => `${one(orgId, id)}/export.pdf`,
};
