import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { ThrottledRequestError } from '../api/throttled-request-error';
import { useJoinLookup } from '../hooks/use-join-lookup';
import { useJoinWorkshop } from '../hooks/use-join-workshop';
import '../workshops.css';
import type { WorkshopDepartment } from '@ipgn/contracts';

const CODE = /^[A-Za-z0-9]{6}$/;

/**
 * Joining without an account: the code (typed, or from the QR code's /join/:code); once the code is complete the
 * form lists only that workshop's departments, says whether it is anonymous (then asks no name), and tells a
 * mistyped code from a closed workshop. A crowded room is retried automatically after the server's Retry-After.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const params = useParams();
  const navigate = useNavigate();
  const join = useJoinWorkshop();
  const form = useAppForm({
    defaultValues: { code: (params.code ?? '').toUpperCase(), department: '', displayName: '' },
    serverError: join.error,
    pending: join.isPending,
    onValid: (v) =>
      join
        .mutateAsync({
          code: v.code.trim().toUpperCase(),
          department: v.department as WorkshopDepartment,
          ...(info?.anonymity === 'named' && v.displayName.trim() ? { displayName: v.displayName.trim() } : {}),
        })
        .then(() => void navigate('/participate', { replace: true })),
  });
  const { control, watch } = form.form;
  const code = watch('code');
  usePageTitle(t('workshops.join.title'));
  const typed = code.trim().toUpperCase();
  const lookup = useJoinLookup(CODE.test(typed) ? typed : null);
  const info = lookup.data;
  const notFound = lookup.isError && isApiRequestError(lookup.error) && lookup.error.statusCode === 404;
  const retrying = join.failureCount > 0 && join.isPending && join.failureReason instanceof ThrottledRequestError;

  return (
    <section className="page participant" aria-labelledby="join-title">
      <h1 id="join-title">{t('workshops.join.title')}</h1>
      <p>{t('workshops.join.intro')}</p>
      <AppForm form={form} alert={false}>
        <FormTextField
          control={control}
          name="code"
          className="participant__code"
          label={t('workshops.join.code')}
          hint={t('workshops.join.codeHint')}
          normalize={(v) => v.toUpperCase()}
          validate={(v) => {
            const trimmed = v.trim().toUpperCase();
            return !CODE.test(trimmed)
              ? t('workshops.join.codeInvalid')
              : notFound
                ? t('workshops.join.notFound')
                : info?.status === 'closed'
                  ? t('workshops.join.closed', { title: info.title })
                  : undefined;
          }}
          required
          maxLength={6}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
        />
        {lookup.isFetching && !info ? <p role="status">{t('workshops.join.checking')}</p> : null}
        {notFound ? (
          <p role="alert" className="form-error">
            {t('workshops.join.notFound')}
          </p>
        ) : null}
        {info?.status === 'closed' ? (
          <p role="alert" className="form-error">
            {t('workshops.join.closed', { title: info.title })}
          </p>
        ) : null}
        {info?.status === 'live' ? (
          <>
            <h2 className="participant__workshop">{info.title}</h2>
            <p className="participant__notice">
              {t(info.anonymity === 'anonymous' ? 'workshops.join.anonymousNotice' : 'workshops.join.namedNotice')}
            </p>
            <FormSelectField
              control={control}
              name="department"
              label={t('workshops.join.department')}
              validate={(v) => (v ? undefined : t('workshops.join.departmentRequired'))}
              placeholder=""
              required
              options={info.departments.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
            />
            {info.anonymity === 'named' ? (
              <FormTextField
                control={control}
                name="displayName"
                label={t('workshops.join.displayName')}
                maxLength={100}
                autoComplete="name"
              />
            ) : null}
          </>
        ) : null}
        {retrying ? <p role="status">{t('workshops.join.waitingRetry')}</p> : null}
        <FormErrorAlert error={form.serverError} />
        <SubmitButton pending={join.isPending} pendingLabel={t('workshops.join.submitting')}>
          {t('workshops.join.submit')}
        </SubmitButton>
      </AppForm>
    </section>
  );
}
