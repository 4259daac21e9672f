import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { useRequestPasswordReset } from '../hooks/use-request-password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.forgotPassword.title'));
  const request = useRequestPasswordReset();
  const form = useAppForm({
    defaultValues: { email: '' },
    serverError: request.error,
    pending: request.isPending,
    onValid: ({ email }) => request.mutateAsync({ email: email.trim() }),
  });

  return (
    <section className="auth-card" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('auth.forgotPassword.title')}</h1>
      <p className="lead">{t('auth.forgotPassword.intro')}</p>
      <StatusMessage>{request.isSuccess ? t('auth.forgotPassword.sent') : null}</StatusMessage>
      <AppForm form={form} className="form">
        <FormTextField
          control={form.form.control}
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          validate={(email) =>
            !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined
          }
        />
        <SubmitButton pending={request.isPending} pendingLabel={t('auth.forgotPassword.submitting')}>
          {t('auth.forgotPassword.submit')}
        </SubmitButton>
      </AppForm>
      <p className="auth-card__links">
        <Link to="/sign-in">{t('auth.forgotPassword.backToSignIn')}</Link>
      </p>
    </section>
  );
}
