import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { safeNextPath } from '../../../shared/utils/safe-next-path';
import { useSignIn } from '../hooks/use-sign-in';
import { homePathFor } from '../utils/home-path-for';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signIn.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const signIn = useSignIn();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(signIn.error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = check({
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
      password: !password ? t('validation.required') : undefined,
    });
    if (!valid) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: (user) => void navigate(next ?? homePathFor(user), { replace: true }) },
    );
  }

  const linkSuffix = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={signIn.error} invalid={Object.keys(clientErrors).length > 0} />
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
        <TextField
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={fieldError('password')}
        />
        <SubmitButton pending={signIn.isPending} pendingLabel={t('auth.signIn.submitting')}>
          {t('auth.signIn.submit')}
        </SubmitButton>
      </form>
      <p className="auth-card__links">
        <Link to="/forgot-password">{t('auth.signIn.forgotPassword')}</Link>
      </p>
      <p className="auth-card__links">
        {t('auth.signIn.noAccount')} <Link to={`/sign-up${linkSuffix}`}>{t('auth.signIn.signUpLink')}</Link>
      </p>
    </section>
  );
}
