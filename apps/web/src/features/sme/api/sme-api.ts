import type { SmeReport } from '@ipgn/assessment';
import type { ApiClient } from '../../../shared/api/api-client';

const one = (orgId: string, id: string) =>
  `/api/orgs/${encodeURIComponent(orgId)}/assessments/${encodeURIComponent(id)}`;

export const smeApi = {
  report: (client: ApiClient, orgId: string, id: string) =>
    client.getUnchecked<SmeReport>(`${one(orgId, id)}/sme-report`),
  /** A plain link (same-origin cookie): the browser downloads the workbook itself. */
  bankSheetsUrl: (orgId: string, id: string) => `${one(orgId, id)}/bank-sheets.xlsx`,
  bankSheetsDocxUrl: (orgId: string, id: string) => `${one(orgId, id)}/bank-sheets.docx`,
};
