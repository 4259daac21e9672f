import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_COMMENT_CHARS, type DraftCommentView } from '@ipgn/contracts';
import { fieldErrorOf } from '../../../shared/api/api-request-error';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LimitedTextarea } from '../../../shared/components/limited-textarea';
import { useAddDraftComment } from '../hooks/use-add-draft-comment';
import { formatDateTime } from '../../../shared/i18n/format';

export interface DraftSectionCommentsProps {
  orgId: string;
  draftId: string;
  sectionId: string;
  heading: string;
  comments: DraftCommentView[];
  canComment: boolean;
}

/** Comments on one section, and a form for roles that edit or review. */
export function DraftSectionComments({
  orgId,
  draftId,
  sectionId,
  heading,
  comments,
  canComment,
}: DraftSectionCommentsProps) {
  const { t } = useTranslation();
  const add = useAddDraftComment(orgId, draftId);
  const [body, setBody] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || body.length > MAX_COMMENT_CHARS) return;
    add.mutate({ sectionId, body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <details className="details">
      <summary>
        {t('drafts.comments.heading', { count: comments.length })}
        <span className="visually-hidden">{heading}</span>
      </summary>
      <ul className="list">
        {comments.map((c) => (
          <li key={c.id} className={`draft-comment draft-comment--${c.kind}`}>
            <p className="muted">
              {t('drafts.comments.byline', {
                name: c.author?.displayName ?? t('drafts.comments.unknown'),
                version: c.version,
                date: formatDateTime(c.createdAt),
              })}
            </p>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment ? (
        <form className="form" onSubmit={submit}>
          <FormErrorAlert error={add.error} />
          <label htmlFor={id} className="field__label">
            {t('drafts.comments.label')}
          </label>
          <LimitedTextarea
            id={id}
            rows={2}
            value={body}
            onChange={setBody}
            max={MAX_COMMENT_CHARS}
            error={fieldErrorOf(add.error, 'body')}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button button--secondary"
              disabled={add.isPending || body.trim() === '' || body.length > MAX_COMMENT_CHARS}
            >
              {t('drafts.comments.submit')}
            </button>
          </div>
        </form>
      ) : null}
    </details>
  );
}
