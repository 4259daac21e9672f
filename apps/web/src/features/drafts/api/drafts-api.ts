import type { Page } from '@ipgn/contracts';
import { DRAFT_TRANSITIONS, type CompanyFacts } from '@ipgn/drafting';
import type { ApiClient, RequestOptions } from '../../../shared/api/api-client';
import type {
  AiSuggestion,
  CompanyFactsView,
  CreateDraftInput,
  DraftCommentView,
  DraftDetail,
  DraftDiff,
  DraftExportFormat,
  DraftSummary,
  DraftTransition,
  DraftVersionSummary,
} from './draft-api-types';

/** What a review request sends: an optional reviewer and every open gap, accepted. */
export interface ReviewRequestBody {
  reviewerId?: string;
  acknowledgedGaps: string[];
}

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const one = (orgId: string, id: string) => `${org(orgId)}/drafts/${encodeURIComponent(id)}`;

export const draftsApi = {
  list: (client: ApiClient, orgId: string, offset = 0) => client.get<Page<DraftSummary>>(`${org(orgId)}/drafts?offset=${offset}`),
  get: (client: ApiClient, orgId: string, id: string) => client.get<DraftDetail>(one(orgId, id)),
  create: (client: ApiClient, orgId: string, input: CreateDraftInput) => client.post<DraftDetail>(`${org(orgId)}/drafts`, input),
  saveSection: (client: ApiClient, orgId: string, id: string, sectionId: string, text: string, expectedVersion: number, options: RequestOptions = {}) =>
    client.put<DraftDetail>(`${one(orgId, id)}/sections/${encodeURIComponent(sectionId)}`, { text, expectedVersion }, options),
  aiRewrite: (client: ApiClient, orgId: string, id: string, sectionId: string) =>
    client.post<AiSuggestion>(`${one(orgId, id)}/sections/${encodeURIComponent(sectionId)}/ai-rewrite`, {}),
  versions: (client: ApiClient, orgId: string, id: string) => client.get<DraftVersionSummary[]>(`${one(orgId, id)}/versions`),
  diff: (client: ApiClient, orgId: string, id: string, a: number, b: number) => client.get<DraftDiff>(`${one(orgId, id)}/versions/${a}/diff/${b}`),
  comment: (client: ApiClient, orgId: string, id: string, sectionId: string, body: string) =>
    client.post<DraftCommentView>(`${one(orgId, id)}/comments`, { sectionId, body }),
  /** A workflow step; a review request carries the picked reviewer and the accepted gaps, a change request its comment. */
  transition: (client: ApiClient, orgId: string, id: string, transition: DraftTransition, body: { comment?: string; review?: ReviewRequestBody } = {}) =>
    client.post<DraftDetail>(
      `${one(orgId, id)}/${DRAFT_TRANSITIONS[transition].route}`,
      DRAFT_TRANSITIONS[transition].needsComment ? { comment: body.comment } : DRAFT_TRANSITIONS[transition].acknowledgesGaps ? (body.review ?? {}) : undefined,
    ),
  /** A same-origin link the browser downloads with the session cookie. */
  exportUrl: (orgId: string, id: string, format: DraftExportFormat, version?: number) =>
    `${one(orgId, id)}/export.${format}${version ? `?version=${version}` : ''}`,
  facts: (client: ApiClient, orgId: string) => client.get<CompanyFactsView>(`${org(orgId)}/company-facts`),
  saveFacts: (client: ApiClient, orgId: string, facts: CompanyFacts, expectedVersion: number) =>
    client.put<CompanyFactsView>(`${org(orgId)}/company-facts`, { facts, expectedVersion }),
};
