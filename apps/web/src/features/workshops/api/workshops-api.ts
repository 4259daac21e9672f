import type { AnswerValue } from '@ipgn/assessment';
import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';
import type { CreateWorkshopInput, WorkshopStateInput } from './workshop-api-types';
import type { WorkshopDepartment } from '@ipgn/contracts';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./workshop-schemas'));

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/workshops`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

/** Facilitator and advisor calls (cookie session, CSRF) through the one API client. */
export const workshopsApi = {
  list: (client: ApiClient, orgId: string) => client.get(base(orgId), schema('workshopListSchema')),
  create: (client: ApiClient, orgId: string, input: CreateWorkshopInput) =>
    client.post(base(orgId), input, schema('workshopSchema')),
  get: (client: ApiClient, orgId: string, id: string) => client.get(one(orgId, id), schema('workshopSchema')),
  start: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${one(orgId, id)}/start`, undefined, schema('workshopSchema')),
  close: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${one(orgId, id)}/close`, undefined, schema('workshopSchema')),
  reopen: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${one(orgId, id)}/reopen`, undefined, schema('workshopSchema')),
  setState: (client: ApiClient, orgId: string, id: string, input: WorkshopStateInput) =>
    client.put(`${one(orgId, id)}/state`, input, {}, schema('workshopSchema')),
  results: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${one(orgId, id)}/results`, schema('workshopResultsSchema')),
  setAgreed: (client: ApiClient, orgId: string, id: string, questionId: string, value: AnswerValue | null) =>
    client.put(`${one(orgId, id)}/agreed/${encodeURIComponent(questionId)}`, { value }, {}, schema('workshopSchema')),
  applyToAssessment: (client: ApiClient, orgId: string, id: string, assessmentId: string) =>
    client.post(`${one(orgId, id)}/apply-to-assessment`, { assessmentId }, schema('appliedToAssessmentSchema')),
  /** Plain links (same-origin cookie): the browser downloads the files itself. */
  reportUrl: (orgId: string, id: string, format: 'pdf' | 'docx') => `${one(orgId, id)}/report.${format}`,
  responsesUrl: (orgId: string, id: string, format: 'csv' | 'xlsx') => `${one(orgId, id)}/responses.${format}`,
  /** The facilitator's live stream (same-origin cookie: a plain EventSource works). */
  eventsUrl: (orgId: string, id: string) => `${one(orgId, id)}/events`,
  /** A signed-in member answers as themselves: the same participant token as joining by code. */
  joinAsMember: (client: ApiClient, orgId: string, id: string, department: WorkshopDepartment, deviceKey: string) =>
    client.post(`${one(orgId, id)}/join-as-member`, { department, deviceKey }, schema('joinedSchema')),
  advisorClients: (client: ApiClient) => client.get('/api/me/advisor-clients', schema('advisorClientsSchema')),
};
