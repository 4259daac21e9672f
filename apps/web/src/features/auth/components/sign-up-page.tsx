import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AccountType,
  type CompanySize,
  type ListingStatus,
  type SignupRequest,
} from '@ipgn/contracts';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { looksLikeEmail } from '../../../shared/utils/looks-like-email';
import { safeNextPath } from '../../../shared/utils/safe-next-path';
import { useInvitationPreview } from '../../invitations/hooks/use-invitation-preview';
import { ListingAndSizeFields } from '../../organizations/components/listing-and-size-fields';
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
  // From the listed-company card: the organization starts listed (Prime, large), which the user can change here.
  const listedTrack = !invitationToken && params.get('track') === 'listed';
  // From the landing page's investor card: an investor account (the checks and the follow list are theirs).
  const investorTrack = !invitationToken && params.get('track') === 'investor';
  const next = invitationToken
    ? `/invitations/${encodeURIComponent(invitationToken)}`
    : smeTrack
      ? '/organizations/new?track=sme'
      : safeNextPath(params.get('next'));
  const preview = useInvitationPreview(invitationToken);
  const signUp = useSignUp();
  const form = useAppForm({
    defaultValues: {
      email: '',
      password: '',
      displayName: '',
      accountType: (investorTrack ? 'investor' : 'company') as AccountType,
      organizationName: '',
      // Without a card there is no default: the two tracks differ too much to guess (walk P2-5).
      listingStatus: listedTrack ? 'prime' : '',
      companySize: listedTrack ? 'large' : '',
    },
    serverError: signUp.error,
    pending: signUp.isPending,
    onValid: (v) => {
      const body: SignupRequest = {
        email: v.email.trim(),
        password: v.password,
        displayName: v.displayName.trim(),
        locale: currentLocale(i18n),
        accountType: v.accountType,
      };
      if (askOrganization && v.organizationName.trim()) {
        body.organizationName = v.organizationName.trim();
        body.listingStatus = v.listingStatus as ListingStatus;
        body.companySize = v.companySize as CompanySize;
      }
      return signUp.mutateAsync(body).then((user) => void navigate(next ?? homePathFor(user), { replace: true }));
    },
  });
  const { control, watch, setValue, getValues } = form.form;
  const accountType = watch('accountType');
  const organizationName = watch('organizationName');
  // An invitee joins an existing organization, so the form does not ask for a new one — unless the server
  // insists on it, in which case the field appears with the server's message and nothing typed is lost.
  const serverWantsOrganization =
    isApiRequestError(signUp.error) && Boolean(signUp.error.fieldError('organizationName'));
  const askOrganization =
    accountType === 'company' && !smeTrack && (!invitationToken || serverWantsOrganization || organizationName !== '');

  const invitedEmail = preview.data?.email;
  useEffect(() => {
    if (invitedEmail && !getValues('email')) setValue('email', invitedEmail);
  }, [invitedEmail, getValues, setValue]);

  const signInLink = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
  // The address is taken (the API says so openly, as the banner does): offer the two ways in beside the field.
  const emailTaken =
    isApiRequestError(form.serverError) && form.serverError.code === 'EMAIL_TAKEN' && Boolean(form.fieldError('email'));
  return (
    <section className="auth-card" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <p className="lead">
        {invitationToken
          ? t('auth.signUp.invitationIntro')
          : smeTrack
            ? t('sme.signUp.intro')
            : listedTrack
              ? t('auth.signUp.listedIntro')
              : t('auth.signUp.intro')}
      </p>
      <AppForm form={form} className="form">
        <FormTextField
          control={control}
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          errorAction={
            emailTaken ? (
              <span className="field__error-actions">
                <Link to={signInLink}>{t('auth.signUp.emailTakenSignIn')}</Link>{' '}
                <Link to="/forgot-password">{t('auth.signUp.emailTakenReset')}</Link>
              </span>
            ) : undefined
          }
          validate={(email) =>
            !email.trim() ? t('validation.required') : !looksLikeEmail(email) ? t('validation.email') : undefined
          }
        />
        <FormTextField
          control={control}
          label={t('auth.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
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
        />
        <FormTextField
          control={control}
          label={t('auth.signUp.displayName')}
          name="displayName"
          autoComplete="name"
          required
          hint={t('auth.signUp.displayNameHint')}
          validate={(v) => (!v.trim() ? t('validation.required') : undefined)}
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
                  onChange={() => setValue('accountType', type)}
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
            {form.fieldError('accountType') ? <p className="field__error">{form.fieldError('accountType')}</p> : null}
          </fieldset>
        )}
        {askOrganization ? (
          <FormTextField
            control={control}
            label={t('auth.signUp.organizationName')}
            name="organizationName"
            autoComplete="organization"
            required
            hint={t('auth.signUp.organizationNameHint')}
            validate={(v) => (!invitationToken && !v.trim() ? t('validation.required') : undefined)}
          />
        ) : null}
        {askOrganization ? (
          <ListingAndSizeFields control={control} required={(values) => values.organizationName.trim() !== ''} />
        ) : null}
        <SubmitButton pending={signUp.isPending} pendingLabel={t('auth.signUp.submitting')}>
          {t('auth.signUp.submit')}
        </SubmitButton>
      </AppForm>
      <p className="auth-card__links">
        {t('auth.signUp.haveAccount')} <Link to={signInLink}>{t('auth.signUp.signInLink')}</Link>
      </p>
    </section>
  );
}
