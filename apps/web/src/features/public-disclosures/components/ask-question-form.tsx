import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MAX_QUESTION_CHARS } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LimitedTextarea } from '../../../shared/components/limited-textarea';
import { fieldErrorOf } from '../../../shared/api/api-request-error';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useAskQuestion } from '../hooks/use-ask-question';

/** A signed-in investor asks the company about one publication; others are told how to ask. */
export function AskQuestionForm({ publicationId }: { publicationId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();
  const ask = useAskQuestion(publicationId);
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || body.length > MAX_QUESTION_CHARS) return;
    setSent(false);
    ask.mutate(body.trim(), {
      onSuccess: () => {
        setBody('');
        setSent(true);
      },
    });
  };
  let content;
  if (!me.data) {
    content = (
      <p>
        {t('publicDisclosures.publication.signIn')}{' '}
        <Link to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
          {t('publicDisclosures.publication.signInLink')}
        </Link>
      </p>
    );
  } else if (me.data.accountType !== 'investor') {
    content = <p>{t('publicDisclosures.publication.companyAccount')}</p>;
  } else {
    content = (
      <form className="form" onSubmit={submit}>
        <FormErrorAlert error={ask.error} />
        <label htmlFor={id} className="field__label">
          {t('publicDisclosures.publication.askLabel')}
        </label>
        <LimitedTextarea
          id={id}
          rows={4}
          value={body}
          aria-describedby={`${id}-hint`}
          onChange={setBody}
          max={MAX_QUESTION_CHARS}
          error={fieldErrorOf(ask.error, 'body')}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('publicDisclosures.publication.askHint')}
        </p>
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={ask.isPending || body.trim() === '' || body.length > MAX_QUESTION_CHARS}
          >
            {ask.isPending ? t('publicDisclosures.publication.sending') : t('publicDisclosures.publication.send')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <section aria-labelledby="ask-title" className="panel">
      <h2 id="ask-title">{t('publicDisclosures.publication.ask')}</h2>
      {content}
      <p role="status" aria-live="polite">
        {sent ? t('publicDisclosures.publication.sent') : null}
      </p>
    </section>
  );
}
