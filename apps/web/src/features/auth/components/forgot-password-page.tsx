import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { useRequestPasswordReset } from '../hooks/use-request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgotPassword.title'));
  const request = useRequestPasswordReset();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(request.error);
  const [email, setEmail] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = check({
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
    });
    if (valid) request.mutate({ email: email.trim() });
  }

  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('auth.forgotPassword.title')}</h1>
      <p className="lead">{t('auth.forgotPassword.intro')}</p>
      <StatusMessage>{request.isSuccess ? t('auth.forgotPassword.sent') : null}</StatusMessage>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={request.error} invalid={Object.keys(clientErrors).length > 0} />
        <TextField
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
        />
        <SubmitButton pending={request.isPending} pendingLabel={t('auth.forgotPassword.submitting')}>
          {t('auth.forgotPassword.submit')}
        </SubmitButton>
      </form>
      <p className="auth-card__links">
        <Link to="/sign-in">{t('auth.forgotPassword.backToSignIn')}</Link>
      </p>
    </section>
  );
}
