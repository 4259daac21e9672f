// Draft details and a mock API for the drafts page specs: drafts generated from the demo company, scored as the API would.
import { pageOf, type OrganizationRole, type DraftStatus } from '@ipgn/contracts';
import { scoreDisclosure } from '@ipgn/disclosure-scoring';
import {
  demoDraftInput,
  draftCompleteness,
  generateDraft,
  renderDraftText,
  smeOnePagerChecklist,
  type Draft,
  type DraftDetail,
  type DraftSummary,
} from '@ipgn/drafting';
import { createMockApi, json, type MockApi } from './mock-api';
import { aUser, ORG_ID } from './fixtures';

/** A CG-report draft with no company facts: its slots stay open. */
export const withoutFacts = generateDraft('cg-report', 'ja', { ...demoDraftInput(), facts: {} });
/** A CG-report draft from the full demo data: no open slot, so it is scored. */
export const complete = generateDraft('cg-report', 'ja', demoDraftInput());
/** An SME one-pager with no SME facts entered: some checklist points are met, others wait for the facts. */
export const smeOnePager = generateDraft('sme-one-pager', 'ja', { ...demoDraftInput(), facts: {} });

/** The API's view of a draft in `status` at `version`. */
export function detailOf(
  id: string,
  draft: Draft,
  status: DraftStatus,
  version = 1,
  aiRewriteEnabled = false,
): DraftDetail {
  const completeness = draftCompleteness(draft);
  const checklist = smeOnePagerChecklist(draft);
  const text = renderDraftText(draft);
  const score =
    completeness.slots === 0
      ? scoreDisclosure(text, { documentType: draft.type === 'cg-report' ? 'cg_report' : 'other' })
      : null;
  return {
    id,
    type: draft.type,
    language: draft.language,
    title: draft.title,
    status,
    currentVersion: version,
    assessmentId: 'round-1',
    overall: score?.overall ?? null,
    class: score?.class ?? null,
    completeness: completeness.ratio,
    checklist: checklist ? { met: checklist.met, total: checklist.total } : null,
    createdBy: { userId: 'user-1', displayName: '山田花子' },
    reviewer: null,
    createdAt: '2026-11-20T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    current: {
      version,
      overall: score?.overall ?? null,
      completeness: completeness.ratio,
      slots: completeness.slots,
      note: null,
      createdBy: { userId: 'user-1', displayName: '山田花子' },
      createdAt: '2026-11-20T00:00:00.000Z',
      draft,
      score,
      completenessDetail: completeness,
      text,
    },
    comments: [],
    publications: [],
    aiRewriteEnabled,
  };
}

export function summaryOf(d: DraftDetail): DraftSummary {
  const { current: _current, comments: _comments, publications: _publications, aiRewriteEnabled: _ai, ...summary } = d;
  return summary;
}

/** A signed-in `role` whose organization has `drafts`, each with its detail and versions. */
export function apiFor(role: OrganizationRole, drafts: DraftDetail[]): MockApi {
  const routes: Parameters<typeof createMockApi>[0] = {
    'GET /api/auth/me': json(200, aUser(role)),
    [`GET /api/orgs/${ORG_ID}/drafts`]: json(
      200,
      pageOf(drafts.map(summaryOf), drafts.length, { offset: 0, limit: 50 }),
    ),
  };
  for (const d of drafts) {
    routes[`GET /api/orgs/${ORG_ID}/drafts/${d.id}`] = json(200, d);
    routes[`GET /api/orgs/${ORG_ID}/drafts/${d.id}/versions`] = json(200, [d.current]);
  }
  return createMockApi(routes);
}
