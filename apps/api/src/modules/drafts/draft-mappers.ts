import { renderDraftText, smeOnePagerChecklist, type DraftSummary, type DraftVersionView } from '@ipgn/drafting';
import type { DraftCommentEntity } from './entities/draft-comment.entity';
import type { DraftVersionEntity } from './entities/draft-version.entity';
import type { DraftEntity } from './entities/draft.entity';
import type { DraftCommentView, DraftVersionSummary, PersonRef } from '@ipgn/contracts';

// Rows of the drafts tables as the API's response shapes (@ipgn/drafting).

function person(id: string | null, user: { displayName: string } | null | undefined): PersonRef | null {
  return id ? { userId: id, displayName: user?.displayName ?? '' } : null;
}

/** `v.sections` is needed (and read) only for an SME one-pager, whose checklist count the summary carries. */
export function toDraftSummary(
  d: DraftEntity,
  v: (Pick<DraftVersionEntity, 'score' | 'completeness'> & Partial<Pick<DraftVersionEntity, 'sections'>>) | undefined,
): DraftSummary {
  const checklist = v?.sections ? smeOnePagerChecklist(v.sections) : null;
  return {
    id: d.id,
    type: d.type,
    language: d.language,
    title: d.title,
    status: d.status,
    currentVersion: d.currentVersion,
    assessmentId: d.assessmentId,
    overall: v?.score?.overall ?? null,
    class: v?.score?.class ?? null,
    completeness: v?.completeness.ratio ?? 0,
    checklist: checklist ? { met: checklist.met, total: checklist.total } : null,
    createdBy: person(d.createdBy, d.creator),
    reviewer: person(d.reviewerId, d.reviewer),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function toVersionSummary(v: DraftVersionEntity): DraftVersionSummary {
  return {
    version: v.version,
    overall: v.score?.overall ?? null,
    completeness: v.completeness.ratio,
    slots: v.completeness.slots,
    note: v.note,
    createdBy: person(v.createdBy, v.creator),
    createdAt: v.createdAt.toISOString(),
  };
}

export function toVersionView(v: DraftVersionEntity): DraftVersionView {
  return {
    ...toVersionSummary(v),
    draft: v.sections,
    score: v.score,
    completenessDetail: v.completeness,
    text: renderDraftText(v.sections),
  };
}

export function toCommentView(c: DraftCommentEntity): DraftCommentView {
  return {
    id: c.id,
    sectionId: c.sectionId,
    version: c.version,
    kind: c.kind,
    author: person(c.authorId, c.author),
    body: c.body,
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  };
}
