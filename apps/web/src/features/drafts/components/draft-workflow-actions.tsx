import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import type { DraftDetail, DraftTransition } from '../api/draft-api-types';
import { useDraftTransition } from '../hooks/use-draft-transition';
import { DraftStatusBadge } from './draft-status-badge';

export interface DraftWorkflowActionsProps {
  orgId: string;
  orgSlug: string | undefined;
  detail: DraftDetail;
  can: (permission: Permission) => boolean;
}

/** The workflow buttons the user's role allows in the draft's status: review, approve / request changes, publish. */
export function DraftWorkflowActions({ orgId, orgSlug, detail, can }: DraftWorkflowActionsProps) {
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
    if (comment.trim() !== '') run('request-changes', comment.trim());
  };
  const { status } = detail;
  const slots = detail.current.slots;
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
        {can('draft:edit') && (status === 'draft' || status === 'changes_requested') ? (
          <button type="button" className="button button--primary" disabled={transition.isPending} onClick={() => run('submit-for-review')}>
            {t('drafts.workflow.submit')}
          </button>
        ) : null}
        {can('draft:review') && status === 'in_review' ? (
          <>
            <button type="button" className="button button--primary" disabled={transition.isPending} onClick={() => run('approve')}>
              {t('drafts.workflow.approve')}
            </button>
            <button type="button" className="button button--secondary" aria-expanded={asking} onClick={() => setAsking((v) => !v)}>
              {t('drafts.workflow.requestChanges')}
            </button>
          </>
        ) : null}
        {can('draft:publish') && status === 'approved' ? (
          <button type="button" className="button button--primary" disabled={transition.isPending || slots > 0} onClick={() => run('publish')}>
            {t('drafts.workflow.publish')}
          </button>
        ) : null}
      </div>
      {can('draft:publish') && status === 'approved' && slots > 0 ? <p className="muted">{t('drafts.workflow.incomplete')}</p> : null}
      {can('draft:publish') && status === 'approved' && publicPath ? <p className="muted">{t('drafts.workflow.publishHint', { path: publicPath })}</p> : null}
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
