import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { WORKSHOP_DEPARTMENTS, type WorkshopDepartment } from '../api/workshop-api-types';
import { useJoinWorkshop } from '../hooks/use-join-workshop';
import '../workshops.css';

const CODE = /^[A-Za-z0-9]{6}$/;

/** Joining without an account: the code (typed, or from the QR code's /join/:code), the department and a name. */
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim().toUpperCase();
    const ok = check({
      code: CODE.test(trimmed) ? undefined : t('workshops.join.codeInvalid'),
      department: department ? undefined : t('workshops.join.departmentRequired'),
    });
    if (!ok) return;
    join.mutate(
      { code: trimmed, department: department as WorkshopDepartment, ...(displayName.trim() ? { displayName: displayName.trim() } : {}) },
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
        <SelectField
          label={t('workshops.join.department')}
          value={department}
          onChange={setDepartment}
          placeholder=""
          required
          options={WORKSHOP_DEPARTMENTS.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
          error={fieldError('department')}
        />
        <TextField label={t('workshops.join.displayName')} value={displayName} onChange={setDisplayName} maxLength={100} autoComplete="name" error={fieldError('displayName')} />
        <FormErrorAlert error={join.error} />
        <SubmitButton pending={join.isPending} pendingLabel={t('workshops.join.submitting')}>
          {t('workshops.join.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}
