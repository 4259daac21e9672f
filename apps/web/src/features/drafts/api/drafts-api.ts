import { DRAFT_TRANSITIONS, type CompanyFacts } from '@ipgn/drafting';
import { lazySchemas } from '../../../shared/api/response-schema';
import type { ApiClient, RequestOptions } from '../../../shared/api/api-client';
import type { CreateDraftInput, DraftExportFormat, DraftTransition } from './draft-api-types';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./draft-schemas'));

/** What a review request sends: an optional reviewer and every open gap, accepted. */
export interface ReviewRequestBody {
  reviewerId?: string;
  acknowledgedGaps: string[];
}

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const one = (orgId: string, id: string) => `${org(orgId)}/drafts/${encodeURIComponent(id)}`;

export const draftsApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`${org(orgId)}/drafts?offset=${offset}`, schema('draftListSchema')),
  get: (client: ApiClient, orgId: string, id: string) => client.get(one(orgId, id), schema('draftDetailSchema')),
  create: (client: ApiClient, orgId: string, input: CreateDraftInput) =>
    client.post(`${org(orgId)}/drafts`, input, schema('draftDetailSchema')),
  saveSection: (
    client: ApiClient,
    orgId: string,
    id: string,
    sectionId: string,
    text: string,
    expectedVersion: number,
    options: RequestOptions = {},
  ) =>
    client.put(
      `${one(orgId, id)}/sections/${encodeURIComponent(sectionId)}`,
      { text, expectedVersion },
      options,
      schema('draftDetailSchema'),
    ),
  aiRewrite: (client: ApiClient, orgId: string, id: string, sectionId: string) =>
    client.post(
      `${one(orgId, id)}/sections/${encodeURIComponent(sectionId)}/ai-rewrite`,
      {},
      schema('aiSuggestionSchema'),
    ),
  versions: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${one(orgId, id)}/versions`, schema('draftVersionsSchema')),
  diff: (client: ApiClient, orgId: string, id: string, a: number, b: number) =>
    client.get(`${one(orgId, id)}/versions/${a}/diff/${b}`, schema('draftDiffSchema')),
  comment: (client: ApiClient, orgId: string, id: string, sectionId: string, body: string) =>
    client.post(`${one(orgId, id)}/comments`, { sectionId, body }, schema('draftCommentSchema')),
  /** A workflow step; a review request carries the picked reviewer and the accepted gaps, a change request its comment. */
  transition: (
    client: ApiClient,
    orgId: string,
    id: string,
    transition: DraftTransition,
    body: { comment?: string; review?: ReviewRequestBody } = {},
  ) =>
    client.post(
      `${one(orgId, id)}/${DRAFT_TRANSITIONS[transition].route}`,
      DRAFT_TRANSITIONS[transition].needsComment
        ? { comment: body.comment }
        : DRAFT_TRANSITIONS[transition].acknowledgesGaps
          ? (body.review ?? {})
          : undefined,
      schema('draftDetailSchema'),
    ),
  /** A same-origin link the browser downloads with the session cookie. */
  exportUrl: (orgId: string, id: string, format: DraftExportFormat, version?: number) =>
    `${one(orgId, id)}/export.${format}${version ? `?version=${version}` : ''}`,
  facts: (client: ApiClient, orgId: string) =>
    client.get(`${org(orgId)}/company-facts`, schema('companyFactsViewSchema')),
  saveFacts: (client: ApiClient, orgId: string, facts: CompanyFacts, expectedVersion: number) =>
    client.put(`${org(orgId)}/company-facts`, { facts, expectedVersion }, {}, schema('companyFactsViewSchema')),
};
