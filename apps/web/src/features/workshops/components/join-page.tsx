import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { ThrottledRequestError } from '../api/throttled-request-error';
import type { WorkshopDepartment } from '../api/workshop-api-types';
import { useJoinLookup } from '../hooks/use-join-lookup';
import { useJoinWorkshop } from '../hooks/use-join-workshop';
import '../workshops.css';

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
  const { formRef, fieldError, check } = useFormErrors(join.error);
  const [code, setCode] = useState((params.code ?? '').toUpperCase());
  const [department, setDepartment] = useState('');
  const [displayName, setDisplayName] = useState('');
  usePageTitle(t('workshops.join.title'));
  const typed = code.trim().toUpperCase();
  const lookup = useJoinLookup(CODE.test(typed) ? typed : null);
  const info = lookup.data;
  const notFound = lookup.isError && isApiRequestError(lookup.error) && lookup.error.statusCode === 404;
  const retrying = join.failureCount > 0 && join.isPending && join.failureReason instanceof ThrottledRequestError;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim().toUpperCase();
    const ok = check({
      code: !CODE.test(trimmed)
        ? t('workshops.join.codeInvalid')
        : notFound
          ? t('workshops.join.notFound')
          : info?.status === 'closed'
            ? t('workshops.join.closed', { title: info.title })
            : undefined,
      department: department ? undefined : t('workshops.join.departmentRequired'),
    });
    if (!ok) return;
    join.mutate(
      {
        code: trimmed,
        department: department as WorkshopDepartment,
        ...(info?.anonymity === 'named' && displayName.trim() ? { displayName: displayName.trim() } : {}),
      },
      { onSuccess: () => void navigate('/participate', { replace: true }) },
    );
  };

  return (
    <section className="page participant" aria-labelledby="join-title">
      <h1 id="join-title">{t('workshops.join.title')}</h1>
      <p>{t('workshops.join.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        <TextField
          className="participant__code"
          label={t('workshops.join.code')}
          hint={t('workshops.join.codeHint')}
          value={code}
          onChange={(v) => setCode(v.toUpperCase())}
          required
          maxLength={6}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          error={fieldError('code')}
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
            <SelectField
              label={t('workshops.join.department')}
              value={department}
              onChange={setDepartment}
              placeholder=""
              required
              options={info.departments.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
              error={fieldError('department')}
            />
            {info.anonymity === 'named' ? (
              <TextField
                label={t('workshops.join.displayName')}
                value={displayName}
                onChange={setDisplayName}
                maxLength={100}
                autoComplete="name"
                error={fieldError('displayName')}
              />
            ) : null}
          </>
        ) : null}
        {retrying ? <p role="status">{t('workshops.join.waitingRetry')}</p> : null}
        <FormErrorAlert error={join.error} />
        <SubmitButton pending={join.isPending} pendingLabel={t('workshops.join.submitting')}>
          {t('workshops.join.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}
