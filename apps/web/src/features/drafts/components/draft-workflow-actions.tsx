import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationRole } from '@ipgn/contracts';
import { availableDraftTransitions, DRAFT_TRANSITIONS } from '@ipgn/drafting';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import type { DraftDetail, DraftTransition } from '../api/draft-api-types';
import { useDraftTransition } from '../hooks/use-draft-transition';
import { DraftStatusBadge } from './draft-status-badge';

export interface DraftWorkflowActionsProps {
  orgId: string;
  orgSlug: string | undefined;
  detail: DraftDetail;
  /** The member's role in the organization (none: no buttons). */
  role: OrganizationRole | undefined;
}

/**
 * The workflow buttons the user's role allows in the draft's status (libs/drafting's workflow table decides which):
 * request review, approve / request changes, publish.
 */
export function DraftWorkflowActions({ orgId, orgSlug, detail, role }: DraftWorkflowActionsProps) {
  const { t } = useTranslation();
  const transition = useDraftTransition(orgId, detail.id);
  const [done, setDone] = useState<DraftTransition | null>(null);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const commentId = useId();
  const run = (next: DraftTransition, body?: string) => {
    setDone(null);
    transition.mutate(
      { transition: next, comment: body },
      {
        onSuccess: () => {
          setDone(next);
          setAsking(false);
          setComment('');
        },
      },
    );
  };
  const sendRequest = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() !== '') run('request_changes', comment.trim());
  };
  const { status } = detail;
  const slots = detail.current.slots;
  const steps = new Set(role ? availableDraftTransitions(status, role) : []);
  const blockedByGaps = (step: DraftTransition) => DRAFT_TRANSITIONS[step].needsComplete && slots > 0;
  const lastRequest = [...detail.comments].reverse().find((c) => c.kind === 'changes_requested');
  const publicPath = orgSlug ? `/companies/${orgSlug}` : null;
  return (
    <section aria-labelledby="draft-workflow-title" className="panel">
      <h2 id="draft-workflow-title">{t('drafts.workflow.heading')}</h2>
      <p>
        <DraftStatusBadge status={status} />
      </p>
      {status === 'changes_requested' && lastRequest ? (
        <p className="notice notice--info" data-testid="draft-changes-requested">
          {t('drafts.workflow.changesRequested', { body: lastRequest.body, name: lastRequest.author?.displayName ?? t('drafts.comments.unknown') })}
        </p>
      ) : null}
      <FormErrorAlert error={transition.error} />
      <p role="status" aria-live="polite">
        {done ? t(`drafts.workflow.done.${done}`) : null}
      </p>
      <div className="button-row">
        {steps.has('submit') ? (
          <button type="button" className="button button--primary" disabled={transition.isPending} onClick={() => run('submit')}>
            {t('drafts.workflow.submit')}
          </button>
        ) : null}
        {steps.has('approve') ? (
          <button type="button" className="button button--primary" disabled={transition.isPending} onClick={() => run('approve')}>
            {t('drafts.workflow.approve')}
          </button>
        ) : null}
        {steps.has('request_changes') ? (
          <button type="button" className="button button--secondary" aria-expanded={asking} onClick={() => setAsking((v) => !v)}>
            {t('drafts.workflow.requestChanges')}
          </button>
        ) : null}
        {steps.has('publish') ? (
          <button type="button" className="button button--primary" disabled={transition.isPending || blockedByGaps('publish')} onClick={() => run('publish')}>
            {t('drafts.workflow.publish')}
          </button>
        ) : null}
      </div>
      {steps.has('publish') && blockedByGaps('publish') ? <p className="muted">{t('drafts.workflow.incomplete')}</p> : null}
      {steps.has('publish') && publicPath ? <p className="muted">{t('drafts.workflow.publishHint', { path: publicPath })}</p> : null}
      {asking ? (
        <form className="form" onSubmit={sendRequest}>
          <label htmlFor={commentId} className="field__label">
            {t('drafts.workflow.requestChangesComment')}
          </label>
          <textarea id={commentId} className="field__input" required value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={transition.isPending || comment.trim() === ''}>
              {t('drafts.workflow.sendRequest')}
            </button>
          </div>
        </form>
      ) : null}
      {detail.publications.length > 0 && publicPath ? (
        <p>
          <Link to={publicPath}>{t('drafts.workflow.publicPage')}</Link>
        </p>
      ) : null}
    </section>
  );
}
