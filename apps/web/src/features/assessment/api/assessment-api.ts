import type { Page, ValidationView } from '@ipgn/contracts';
import { BANK_VERSION, type AssessmentResult, type AssessmentScope, type AssessmentTargets, type ImportPreview, type QuestionNote, type ReviewDecision, type RoundComparison, type Track, type TransferDecision } from '@ipgn/assessment';
import type { ApiClient, RequestOptions } from '../../../shared/api/api-client';
import type { AnswerView, AssessmentBankView, AssessmentDetail, AssessmentSummary, AssignmentView } from './assessment-api-types';

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
    client.get<AssessmentBankView>(
      `/api/assessment-bank?track=${track}${version && version !== BANK_VERSION ? `&version=${encodeURIComponent(version)}` : ''}`,
    ),
  list: (client: ApiClient, orgId: string, offset = 0) => client.get<Page<AssessmentSummary>>(`${base(orgId)}?offset=${offset}`),
  start: (client: ApiClient, orgId: string, track: Track) => client.post<AssessmentDetail>(base(orgId), { track }),
  get: (client: ApiClient, orgId: string, id: string) => client.get<AssessmentDetail>(one(orgId, id)),
  saveAnswer: (client: ApiClient, orgId: string, id: string, questionId: string, value: unknown, expectedVersion: number, options: RequestOptions = {}) =>
    client.put<AnswerView>(`${one(orgId, id)}/answers/${encodeURIComponent(questionId)}`, { value, expectedVersion }, options),
  assign: (client: ApiClient, orgId: string, id: string, moduleId: string, userId: string | null) =>
    client.put<AssignmentView[]>(`${one(orgId, id)}/assignments/${encodeURIComponent(moduleId)}`, { userId }),
  submit: (client: ApiClient, orgId: string, id: string) => client.post<AssessmentDetail>(`${one(orgId, id)}/submit`),
  /** The validation step: freezes the answers; a reviewer then accepts or returns each high claim. */
  requestValidation: (client: ApiClient, orgId: string, id: string) => client.post<AssessmentDetail>(`${one(orgId, id)}/request-validation`),
  review: (client: ApiClient, orgId: string, id: string, questionId: string, body: { decision: ReviewDecision; comment: string; answerVersion: number }) =>
    client.put<ValidationView>(`${one(orgId, id)}/reviews/${encodeURIComponent(questionId)}`, body),
  results: (client: ApiClient, orgId: string, id: string) => client.get<AssessmentResult>(`${one(orgId, id)}/results`),
  compare: (client: ApiClient, orgId: string, id: string, otherId: string) =>
    client.get<RoundComparison>(`${one(orgId, id)}/compare/${encodeURIComponent(otherId)}`),
  /** A plain link (same-origin cookie): the browser downloads the file itself. */
  exportUrl: (orgId: string, id: string, format: ExportFormat) => `${one(orgId, id)}/export.${format}`,
  planning: (client: ApiClient, orgId: string, id: string) => client.get<Planning>(`${one(orgId, id)}/planning`),
  savePlanning: (client: ApiClient, orgId: string, id: string, planning: Planning) =>
    client.put<Planning>(`${one(orgId, id)}/planning`, { targets: planning.targets, scope: planning.scope, notes: planning.notes }),
  /** Whole-round file (answers, targets, scope, notes, bank version) for import elsewhere or next year. */
  transferUrl: (orgId: string, id: string, format: TransferFormat) => `${one(orgId, id)}/transfer.${format}`,
  previewImport: (client: ApiClient, orgId: string, id: string, file: File) => client.postForm<ImportPreview>(`${one(orgId, id)}/import/preview`, fileForm(file)),
  confirmImport: (client: ApiClient, orgId: string, id: string, file: File) => client.postForm<ImportPreview>(`${one(orgId, id)}/import`, fileForm(file)),
};
