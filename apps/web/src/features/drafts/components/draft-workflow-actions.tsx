import { Suspense, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleHasPermission, type OrganizationRole } from '@ipgn/contracts';
import { availableDraftTransitions, DRAFT_TRANSITIONS, passesFourEyes, type DraftDetail } from '@ipgn/drafting';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { lazyNamed } from '../../../shared/utils/lazy-named';
import type { DraftTransition } from '../api/draft-api-types';
import { useMembers } from '../../members/hooks/use-members';
import { useDraftTransition } from '../hooks/use-draft-transition';
import { DraftPublicationHistory } from './draft-publication-history';
import type { ReviewRequest } from './draft-review-request-form';
import { DraftStatusBadge } from './draft-status-badge';
import { DraftStepConfirm } from './draft-step-confirm';
import { PublishedTitles } from './published-titles';

// Loaded when the member opens it (react-hook-form is not part of the draft editor's first load: issue 15's budget).
const DraftReviewRequestForm = lazyNamed(() => import('./draft-review-request-form'), 'DraftReviewRequestForm');

export interface DraftWorkflowActionsProps {
  orgId: string;
  orgSlug: string | undefined;
  detail: DraftDetail;
  /** The member's role in the organization (none: no buttons). */
  role: OrganizationRole | undefined;
  /** The signed-in member (four-eyes: who saved the current version may not approve it). */
  userId: string | undefined;
}

type Open = 'review' | 'changes' | 'publish' | 'unpublish' | null;

/**
 * The workflow buttons the user's role allows in the draft's status (libs/drafting's workflow table decides which):
 * request review (reviewer, gaps accepted), approve / request changes, publish and unpublish (each confirmed).
 */
export function DraftWorkflowActions({ orgId, orgSlug, detail, role, userId }: DraftWorkflowActionsProps) {
  const { t } = useTranslation();
  const transition = useDraftTransition(orgId, detail.id);
  const [done, setDone] = useState<DraftTransition | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [comment, setComment] = useState('');
  const commentId = useId();
  const fourEyesId = useId();
  const run = (next: DraftTransition, body?: { comment?: string; review?: ReviewRequest }) => {
    setDone(null);
    transition.mutate(
      { transition: next, ...body },
      {
        onSuccess: () => {
          setDone(next);
          setOpen(null);
          setComment('');
        },
      },
    );
  };
  const sendRequest = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() !== '') run('request_changes', { comment: comment.trim() });
  };
  const toggle = (what: Open) => setOpen((current) => (current === what ? null : what));
  const { status } = detail;
  const slots = detail.current.slots;
  const steps = new Set(role ? availableDraftTransitions(status, role) : []);
  const blockedByGaps = (step: DraftTransition) => DRAFT_TRANSITIONS[step].needsComplete && slots > 0;
  const lastEditor = detail.current.createdBy?.userId ?? null;
  // With no other member who may review (a company of one), the sole reviewer may approve (see passesFourEyes).
  const members = useMembers(orgId);
  // Until the list is known (or if this role may not read it), assume someone else could review; the API decides.
  const otherReviewers = members.isSuccess
    ? members.items.filter((m) => roleHasPermission(m.role, 'draft:review') && m.userId !== userId).length
    : 1;
  const selfApproval = userId !== undefined && !passesFourEyes('approve', userId, lastEditor, otherReviewers);
  const lastRequest = [...detail.comments].reverse().find((c) => c.kind === 'changes_requested');
  const publicPath = orgSlug ? `/companies/${orgSlug}` : null;
  return (
    <section aria-labelledby="draft-workflow-title" className="panel">
      <h2 id="draft-workflow-title">{t('drafts.workflow.heading')}</h2>
      <p>
        <DraftStatusBadge status={status} />
      </p>
      {detail.reviewer && (status === 'in_review' || status === 'approved') ? (
        <p data-testid="draft-reviewer">{t('drafts.workflow.reviewerShown', { name: detail.reviewer.displayName })}</p>
      ) : null}
      {status === 'changes_requested' && lastRequest ? (
        <p className="notice notice--info" data-testid="draft-changes-requested">
          {t('drafts.workflow.changesRequested', {
            body: lastRequest.body,
            name: lastRequest.author?.displayName ?? t('drafts.comments.unknown'),
          })}
        </p>
      ) : null}
      {status === 'withdrawn' ? <p className="notice notice--info">{t('drafts.workflow.withdrawnHint')}</p> : null}
      <FormErrorAlert error={transition.error} />
      <p role="status" aria-live="polite" data-testid="draft-workflow-done">
        {done
          ? `${t(`drafts.workflow.done.${done}`)} ${t('drafts.workflow.reached', { status: t(`drafts.statuses.${status}`) })}`
          : null}
      </p>
      <div className="button-row">
        {steps.has('submit') ? (
          <button
            type="button"
            className="button button--primary"
            aria-expanded={open === 'review'}
            onClick={() => toggle('review')}
          >
            {t('drafts.workflow.submit')}
          </button>
        ) : null}
        {steps.has('approve') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={transition.isPending || selfApproval}
            aria-describedby={selfApproval ? fourEyesId : undefined}
            onClick={() => run('approve')}
          >
            {t('drafts.workflow.approve')}
          </button>
        ) : null}
        {steps.has('request_changes') ? (
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={open === 'changes'}
            onClick={() => toggle('changes')}
          >
            {t('drafts.workflow.requestChanges')}
          </button>
        ) : null}
        {steps.has('publish') ? (
          <button
            type="button"
            className="button button--primary"
            disabled={transition.isPending || blockedByGaps('publish')}
            aria-expanded={open === 'publish'}
            onClick={() => toggle('publish')}
          >
            {t('drafts.workflow.publish')}
          </button>
        ) : null}
        {steps.has('unpublish') ? (
          <button
            type="button"
            className="button button--danger"
            aria-expanded={open === 'unpublish'}
            onClick={() => toggle('unpublish')}
          >
            {t('drafts.workflow.unpublish')}
          </button>
        ) : null}
      </div>
      {steps.has('approve') && selfApproval ? (
        <p id={fourEyesId} className="muted" data-testid="draft-four-eyes">
          {t('drafts.workflow.fourEyes')}
        </p>
      ) : null}
      {steps.has('publish') && blockedByGaps('publish') ? (
        <p className="muted">{t('drafts.workflow.incomplete')}</p>
      ) : null}
      {steps.has('publish') && publicPath ? (
        <p className="muted">{t('drafts.workflow.publishHint', { path: publicPath })}</p>
      ) : null}
      {open === 'review' ? (
        <Suspense fallback={<LoadingState />}>
          <DraftReviewRequestForm
            orgId={orgId}
            detail={detail}
            userId={userId}
            pending={transition.isPending}
            onSend={(review) => run('submit', { review })}
            onCancel={() => setOpen(null)}
          />
        </Suspense>
      ) : null}
      {open === 'changes' ? (
        <form className="form" onSubmit={sendRequest}>
          <label htmlFor={commentId} className="field__label">
            {t('drafts.workflow.requestChangesComment')}
          </label>
          <textarea
            id={commentId}
            className="field__input"
            required
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={3}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={transition.isPending || comment.trim() === ''}
            >
              {t('drafts.workflow.sendRequest')}
            </button>
          </div>
        </form>
      ) : null}
      {open === 'publish' ? (
        <DraftStepConfirm
          title={t('drafts.workflow.confirmPublishTitle')}
          body={t('drafts.workflow.confirmPublishBody', {
            title: detail.title,
            version: detail.currentVersion,
            path: publicPath ?? '',
          })}
          confirmLabel={t('drafts.workflow.confirmPublish')}
          pending={transition.isPending}
          onConfirm={() => run('publish')}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open === 'unpublish' ? (
        <DraftStepConfirm
          title={t('drafts.workflow.confirmUnpublishTitle')}
          body={t('drafts.workflow.confirmUnpublishBody', { title: detail.title })}
          confirmLabel={t('drafts.workflow.confirmUnpublish')}
          pending={transition.isPending}
          onConfirm={() => run('unpublish')}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <DraftPublicationHistory publications={detail.publications} />
      {detail.publications.some((p) => p.withdrawnAt === null) && publicPath ? (
        <p>
          <Link to={publicPath}>{t('drafts.workflow.publicPage')}</Link>
        </p>
      ) : null}
      <PublishedTitles
        orgId={orgId}
        draftId={detail.id}
        publications={detail.publications}
        canRename={role !== undefined && roleHasPermission(role, 'draft:publish')}
      />
    </section>
  );
}
