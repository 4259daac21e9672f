import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
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
  const form = useAppForm({
    defaultValues: { email: '', password: '' },
    serverError: signIn.error,
    pending: signIn.isPending,
    onValid: ({ email, password }) =>
      signIn
        .mutateAsync({ email: email.trim(), password })
        .then((user) => void navigate(next ?? homePathFor(user), { replace: true })),
  });
  const { control } = form.form;

  const linkSuffix = next ? `?next=${encodeURIComponent(next)}` : '';
  return (
    <section className="auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>
      <AppForm form={form} className="form">
        <FormTextField
          control={control}
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          validate={(email) =>
            !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined
          }
        />
        <FormTextField
          control={control}
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          validate={(password) => (!password ? t('validation.required') : undefined)}
        />
        <SubmitButton pending={signIn.isPending} pendingLabel={t('auth.signIn.submitting')}>
          {t('auth.signIn.submit')}
        </SubmitButton>
      </AppForm>
      <p className="auth-card__links">
        <Link to="/forgot-password">{t('auth.signIn.forgotPassword')}</Link>
      </p>
      <p className="auth-card__links">
        {t('auth.signIn.noAccount')} <Link to={`/sign-up${linkSuffix}`}>{t('auth.signIn.signUpLink')}</Link>
      </p>
    </section>
  );
}
