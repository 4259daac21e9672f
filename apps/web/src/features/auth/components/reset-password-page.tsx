import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useConfirmPasswordReset } from '../hooks/use-confirm-password-reset';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token');
  const confirm = useConfirmPasswordReset();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(confirm.error);
  const [password, setPassword] = useState('');
  const [passwordAgain, setPasswordAgain] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const valid = check({
      password: !password
        ? t('validation.required')
        : password.length < PASSWORD_MIN_LENGTH
          ? t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
          : password.length > PASSWORD_MAX_LENGTH
            ? t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
            : undefined,
      passwordAgain: passwordAgain !== password ? t('validation.passwordMismatch') : undefined,
    });
    if (valid) confirm.mutate({ token, password });
  }

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
          <form ref={formRef} noValidate onSubmit={submit} className="form">
            <FormErrorAlert error={confirm.error} invalid={Object.keys(clientErrors).length > 0} />
            <TextField
              label={t('auth.resetPassword.newPassword')}
              type="password"
              name="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={setPassword}
              hint={t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              error={fieldError('password') ?? fieldError('token')}
            />
            <TextField
              label={t('auth.resetPassword.confirmPassword')}
              type="password"
              name="passwordAgain"
              autoComplete="new-password"
              required
              value={passwordAgain}
              onChange={setPasswordAgain}
              error={fieldError('passwordAgain')}
            />
            <SubmitButton pending={confirm.isPending} pendingLabel={t('auth.resetPassword.submitting')}>
              {t('auth.resetPassword.submit')}
            </SubmitButton>
          </form>
          <p className="auth-card__links">
            <Link to="/forgot-password">{t('auth.resetPassword.requestNew')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
