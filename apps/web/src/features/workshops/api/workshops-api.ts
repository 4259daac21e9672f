import type { AnswerValue } from '@ipgn/assessment';
import type { ApiClient } from '../../../shared/api/api-client';
import type {
  AdvisorClientView,
  AppliedToAssessmentView,
  CreateWorkshopInput,
  JoinedView,
  WorkshopDepartment,
  WorkshopResults,
  WorkshopStateInput,
  WorkshopView,
} from './workshop-api-types';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/workshops`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

/** Facilitator and advisor calls (cookie session, CSRF) through the one API client. */
export const workshopsApi = {
  list: (client: ApiClient, orgId: string) => client.getUnchecked<WorkshopView[]>(base(orgId)),
  create: (client: ApiClient, orgId: string, input: CreateWorkshopInput) =>
    client.sendUnchecked<WorkshopView>('POST', base(orgId), input),
  get: (client: ApiClient, orgId: string, id: string) => client.getUnchecked<WorkshopView>(one(orgId, id)),
  start: (client: ApiClient, orgId: string, id: string) =>
    client.sendUnchecked<WorkshopView>('POST', `${one(orgId, id)}/start`),
  close: (client: ApiClient, orgId: string, id: string) =>
    client.sendUnchecked<WorkshopView>('POST', `${one(orgId, id)}/close`),
  reopen: (client: ApiClient, orgId: string, id: string) =>
    client.sendUnchecked<WorkshopView>('POST', `${one(orgId, id)}/reopen`),
  setState: (client: ApiClient, orgId: string, id: string, input: WorkshopStateInput) =>
    client.sendUnchecked<WorkshopView>('PUT', `${one(orgId, id)}/state`, input),
  results: (client: ApiClient, orgId: string, id: string) =>
    client.getUnchecked<WorkshopResults>(`${one(orgId, id)}/results`),
  setAgreed: (client: ApiClient, orgId: string, id: string, questionId: string, value: AnswerValue | null) =>
    client.sendUnchecked<WorkshopView>('PUT', `${one(orgId, id)}/agreed/${encodeURIComponent(questionId)}`, { value }),
  applyToAssessment: (client: ApiClient, orgId: string, id: string, assessmentId: string) =>
    client.sendUnchecked<AppliedToAssessmentView>('POST', `${one(orgId, id)}/apply-to-assessment`, { assessmentId }),
  /** Plain links (same-origin cookie): the browser downloads the files itself. */
  reportUrl: (orgId: string, id: string, format: 'pdf' | 'docx') => `${one(orgId, id)}/report.${format}`,
  responsesUrl: (orgId: string, id: string, format: 'csv' | 'xlsx') => `${one(orgId, id)}/responses.${format}`,
  /** The facilitator's live stream (same-origin cookie: a plain EventSource works). */
  eventsUrl: (orgId: string, id: string) => `${one(orgId, id)}/events`,
  /** A signed-in member answers as themselves: the same participant token as joining by code. */
  joinAsMember: (client: ApiClient, orgId: string, id: string, department: WorkshopDepartment, deviceKey: string) =>
    client.sendUnchecked<JoinedView>('POST', `${one(orgId, id)}/join-as-member`, { department, deviceKey }),
  advisorClients: (client: ApiClient) => client.getUnchecked<AdvisorClientView[]>('/api/me/advisor-clients'),
};
