import {
  BANK_VERSION,
  type AssessmentScope,
  type AssessmentTargets,
  type QuestionNote,
  type ReviewDecision,
  type Track,
  type TransferDecision,
} from '@ipgn/assessment';
import { lazySchemas } from '../../../shared/api/response-schema';
import type { ApiClient, RequestOptions } from '../../../shared/api/api-client';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./assessment-schemas'));

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/assessments`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

export type ExportFormat = 'pdf' | 'xlsx' | 'csv';
export type TransferFormat = 'json' | 'xlsx';

export interface Planning {
  targets: AssessmentTargets;
  scope: AssessmentScope;
  notes: Record<string, QuestionNote>;
  /** Read-only: a previous round's validation decisions, carried in by an import (never sent back). */
  priorDecisions?: Record<string, TransferDecision>;
}

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

export const assessmentApi = {
  bank: (client: ApiClient, track: Track, version?: string) =>
    client.get(
      `/api/assessment-bank?track=${track}${version && version !== BANK_VERSION ? `&version=${encodeURIComponent(version)}` : ''}`,
      schema('assessmentBankSchema'),
    ),
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`${base(orgId)}?offset=${offset}`, schema('assessmentListSchema')),
  start: (client: ApiClient, orgId: string, track: Track) =>
    client.post(base(orgId), { track }, schema('assessmentDetailSchema')),
  get: (client: ApiClient, orgId: string, id: string) => client.get(one(orgId, id), schema('assessmentDetailSchema')),
  saveAnswer: (
    client: ApiClient,
    orgId: string,
    id: string,
    questionId: string,
    value: unknown,
    expectedVersion: number,
    options: RequestOptions = {},
  ) =>
    client.put(
      `${one(orgId, id)}/answers/${encodeURIComponent(questionId)}`,
      { value, expectedVersion },
      options,
      schema('answerSchema'),
    ),
  assign: (client: ApiClient, orgId: string, id: string, moduleId: string, userId: string | null) =>
    client.put(
      `${one(orgId, id)}/assignments/${encodeURIComponent(moduleId)}`,
      { userId },
      {},
      schema('assignmentsSchema'),
    ),
  submit: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${one(orgId, id)}/submit`, undefined, schema('assessmentDetailSchema')),
  /** The validation step: freezes the answers; a reviewer then accepts or returns each high claim. */
  requestValidation: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${one(orgId, id)}/request-validation`, undefined, schema('assessmentDetailSchema')),
  review: (
    client: ApiClient,
    orgId: string,
    id: string,
    questionId: string,
    body: { decision: ReviewDecision; comment: string; answerVersion: number },
  ) => client.put(`${one(orgId, id)}/reviews/${encodeURIComponent(questionId)}`, body, {}, schema('validationSchema')),
  results: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${one(orgId, id)}/results`, schema('assessmentResultSchema')),
  compare: (client: ApiClient, orgId: string, id: string, otherId: string) =>
    client.get(`${one(orgId, id)}/compare/${encodeURIComponent(otherId)}`, schema('roundComparisonSchema')),
  /** A plain link (same-origin cookie): the browser downloads the file itself. */
  exportUrl: (orgId: string, id: string, format: ExportFormat) => `${one(orgId, id)}/export.${format}`,
  planning: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${one(orgId, id)}/planning`, schema('planningSchema')),
  /** Only what a team plans is sent back; last year's imported decisions (priorDecisions) are read-only. */
  savePlanning: (client: ApiClient, orgId: string, id: string, planning: Planning) =>
    client.put(
      `${one(orgId, id)}/planning`,
      { targets: planning.targets, scope: planning.scope, notes: planning.notes },
      {},
      schema('planningSchema'),
    ),
  /** Whole-round file (answers, targets, scope, notes, bank version) for import elsewhere or next year. */
  transferUrl: (orgId: string, id: string, format: TransferFormat) => `${one(orgId, id)}/transfer.${format}`,
  previewImport: (client: ApiClient, orgId: string, id: string, file: File) =>
    client.postForm(`${one(orgId, id)}/import/preview`, fileForm(file), schema('importPreviewSchema')),
  confirmImport: (client: ApiClient, orgId: string, id: string, file: File) =>
    client.postForm(`${one(orgId, id)}/import`, fileForm(file), schema('importPreviewSchema')),
};
