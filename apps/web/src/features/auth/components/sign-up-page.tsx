import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type AccountType, type SignupRequest } from '@ipgn/contracts';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { safeNextPath } from '../../../shared/utils/safe-next-path';
import { useInvitationPreview } from '../../invitations/hooks/use-invitation-preview';
import { useSignUp } from '../hooks/use-sign-up';
import { homePathFor } from '../utils/home-path-for';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signUp.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invitationToken = params.get('invitation');
  // From the landing page's SME card: a company account whose organization is created in the SME form next.
  const smeTrack = !invitationToken && params.get('track') === 'sme';
  const next = invitationToken
    ? `/invitations/${encodeURIComponent(invitationToken)}`
    : smeTrack
      ? '/organizations/new?track=sme'
      : safeNextPath(params.get('next'));
  const preview = useInvitationPreview(invitationToken);
  const signUp = useSignUp();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(signUp.error);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [accountType, setAccountType] = useState<AccountType>('company');
  const [organizationName, setOrganizationName] = useState('');
  // An invitee joins an existing organization, so the form does not ask for a new one — unless the server
  // insists on it, in which case the field appears with the server's message and nothing typed is lost.
  const serverWantsOrganization =
    isApiRequestError(signUp.error) && Boolean(signUp.error.fieldError('organizationName'));
  const askOrganization =
    accountType === 'company' && !smeTrack && (!invitationToken || serverWantsOrganization || organizationName !== '');

  const invitedEmail = preview.data?.email;
  useEffect(() => {
    if (invitedEmail) setEmail((current) => current || invitedEmail);
  }, [invitedEmail]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = check({
      email: !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined,
      password: !password
        ? t('validation.required')
        : password.length < PASSWORD_MIN_LENGTH
          ? t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH })
          : password.length > PASSWORD_MAX_LENGTH
            ? t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH })
            : undefined,
      displayName: !displayName.trim() ? t('validation.required') : undefined,
      organizationName:
        askOrganization && !invitationToken && !organizationName.trim() ? t('validation.required') : undefined,
    });
    if (!valid) return;
    const body: SignupRequest = {
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      locale: currentLocale(i18n),
      accountType,
    };
    if (askOrganization && organizationName.trim()) body.organizationName = organizationName.trim();
    signUp.mutate(body, { onSuccess: (user) => void navigate(next ?? homePathFor(user), { replace: true }) });
  }

  const signInLink = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <p className="lead">
        {invitationToken ? t('auth.signUp.invitationIntro') : smeTrack ? t('sme.signUp.intro') : t('auth.signUp.intro')}
      </p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={signUp.error} invalid={Object.keys(clientErrors).length > 0} />
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
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={setPassword}
          hint={t('auth.signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          error={fieldError('password')}
        />
        <TextField
          label={t('auth.signUp.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={setDisplayName}
          hint={t('auth.signUp.displayNameHint')}
          error={fieldError('displayName')}
        />
        {invitationToken || smeTrack ? null : (
          <fieldset className="field choice-group">
            <legend className="field__label">{t('auth.signUp.accountType')}</legend>
            {(['company', 'investor'] as const).map((type) => (
              <label key={type} className="choice">
                <input
                  type="radio"
                  name="accountType"
                  value={type}
                  checked={accountType === type}
                  onChange={() => setAccountType(type)}
                  aria-describedby={`account-type-${type}-hint`}
                />
                <span className="choice__text">
                  <span className="choice__label">
                    {type === 'company' ? t('auth.signUp.accountTypeCompany') : t('auth.signUp.accountTypeInvestor')}
                  </span>
                  <span id={`account-type-${type}-hint`} className="field__hint">
                    {type === 'company'
                      ? t('auth.signUp.accountTypeCompanyHint')
                      : t('auth.signUp.accountTypeInvestorHint')}
                  </span>
                </span>
              </label>
            ))}
            {fieldError('accountType') ? <p className="field__error">{fieldError('accountType')}</p> : null}
          </fieldset>
        )}
        {askOrganization ? (
          <TextField
            label={t('auth.signUp.organizationName')}
            name="organizationName"
            autoComplete="organization"
            required
            value={organizationName}
            onChange={setOrganizationName}
            hint={t('auth.signUp.organizationNameHint')}
            error={fieldError('organizationName')}
          />
        ) : null}
        <SubmitButton pending={signUp.isPending} pendingLabel={t('auth.signUp.submitting')}>
          {t('auth.signUp.submit')}
        </SubmitButton>
      </form>
      <p className="auth-card__links">
        {t('auth.signUp.haveAccount')} <Link to={signInLink}>{t('auth.signUp.signInLink')}</Link>
      </p>
    </section>
  );
}
