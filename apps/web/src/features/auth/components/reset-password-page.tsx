import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ipgn/contracts';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useConfirmPasswordReset } from '../hooks/use-confirm-password-reset';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const confirm = useConfirmPasswordReset();
  const form = useAppForm({
    defaultValues: { password: '', passwordAgain: '' },
    serverError: confirm.error,
    pending: confirm.isPending,
    onValid: ({ password }) => (token ? confirm.mutateAsync({ token, password }) : undefined),
  });
  const { control } = form.form;

  return (
    <section className="auth-card" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('auth.resetPassword.title')}</h1>
      {!token ? (
        <>
          <div role="alert" className="notice notice--error">
            <p className="notice__title">{t('auth.resetPassword.missingToken')}</p>
          </div>
          <p className="auth-card__links">
            <Link to="/forgot-password">{t('auth.resetPassword.requestNew')}</Link>
          </p>
        </>
      ) : confirm.isSuccess ? (
        <>
          <StatusMessage>{t('auth.resetPassword.success')}</StatusMessage>
          <p>
            <Link className="button button--primary" to="/sign-in">
              {t('auth.resetPassword.signIn')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('auth.resetPassword.intro')}</p>
          <AppForm form={form} className="form">
            <FormTextField
              control={control}
              label={t('auth.resetPassword.newPassword')}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              hint={t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              validate={(password) =>
                !password
                  ? t('validation.required')
                  : password.length < PASSWORD_MIN_LENGTH
                    ? t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
                    : password.length > PASSWORD_MAX_LENGTH
                      ? t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
                      : undefined
              }
              errorKey={['password', 'token']}
            />
            <FormTextField
              control={control}
              label={t('auth.resetPassword.confirmPassword')}
              type="password"
              name="passwordAgain"
              autoComplete="new-password"
              required
              validate={(again, values) => (again !== values.password ? t('validation.passwordMismatch') : undefined)}
            />
            <SubmitButton pending={confirm.isPending} pendingLabel={t('auth.resetPassword.submitting')}>
              {t('auth.resetPassword.submit')}
            </SubmitButton>
          </AppForm>
          <p className="auth-card__links">
            <Link to="/forgot-password">{t('auth.resetPassword.requestNew')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
