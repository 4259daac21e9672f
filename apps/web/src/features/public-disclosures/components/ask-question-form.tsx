import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { MAX_QUESTION_CHARS } from '@ipgn/contracts';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextarea } from '../../../shared/forms/form-textarea';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useAskQuestion } from '../hooks/use-ask-question';

/** A signed-in investor asks the company about one publication; others are told how to ask. */
export function AskQuestionForm({ publicationId }: { publicationId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();
  const ask = useAskQuestion(publicationId);
  const [sent, setSent] = useState(false);
  const form = useAppForm<{ body: string }>({
    defaultValues: { body: '' },
    serverError: ask.error,
    pending: ask.isPending,
    onValid: ({ body }) => {
      setSent(false);
      return ask.mutateAsync(body.trim()).then(() => {
        form.form.reset({ body: '' });
        setSent(true);
      });
    },
  });
  const id = useId();
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
      <AppForm form={form} className="form">
        <label htmlFor={id} className="field__label">
          {t('publicDisclosures.publication.askLabel')}
          <span className="field__required" aria-hidden="true">
            {t('common.required')}
          </span>
        </label>
        <FormTextarea
          control={form.form.control}
          id={id}
          name="body"
          rows={4}
          required
          aria-describedby={`${id}-hint`}
          max={MAX_QUESTION_CHARS}
          validate={(body) => (body.trim() === '' ? t('validation.required') : undefined)}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('publicDisclosures.publication.askHint')}
        </p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={ask.isPending}>
            {ask.isPending ? t('publicDisclosures.publication.sending') : t('publicDisclosures.publication.send')}
          </button>
        </div>
      </AppForm>
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
