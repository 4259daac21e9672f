import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PREFECTURES, type PrefectureCode } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useStartSmeCheck } from '../hooks/use-start-sme-check';

/** Four things an owner knows by heart; then straight into the SME check. */
export function SmeOrganizationForm() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sme.organization.title'));
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const start = useStartSmeCheck();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(start.error);
  const [name, setName] = useState('');
  const [prefecture, setPrefecture] = useState('');
  const [employees, setEmployees] = useState('');
  const [sellsAbroad, setSellsAbroad] = useState<'yes' | 'no' | ''>('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const count = employees.trim() === '' ? null : Number(employees);
    const valid = check({
      legalNameJa: !name.trim() ? t('validation.required') : undefined,
      prefecture: !prefecture ? t('validation.required') : undefined,
      employeeCount:
        count !== null && (!Number.isInteger(count) || count < 0 || count > 1000000)
          ? t('sme.organization.employeesInvalid')
          : undefined,
    });
    if (!valid) return;
    start.mutate(
      {
        legalNameJa: name.trim(),
        listingStatus: 'unlisted',
        companySize: 'sme',
        prefecture: prefecture as PrefectureCode,
        ...(count !== null ? { employeeCount: count } : {}),
        ...(sellsAbroad ? { sellsAbroad: sellsAbroad === 'yes' } : {}),
      },
      {
        onSuccess: ({ organization, round }) =>
          void navigate(`/o/${organization.id}/assessments/${round.id}`, { replace: true }),
      },
    );
  }

  return (
    <section aria-labelledby="sme-org-title" className="page page--narrow">
      <p className="eyebrow">{t('sme.organization.step')}</p>
      <h1 id="sme-org-title">{t('sme.organization.title')}</h1>
      <p className="lead">{t('sme.organization.intro')}</p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={start.error} invalid={Object.keys(clientErrors).length > 0} />
        <TextField
          label={t('sme.organization.name')}
          name="legalNameJa"
          autoComplete="organization"
          required
          lang="ja"
          value={name}
          onChange={setName}
          hint={t('sme.organization.nameHint')}
          error={fieldError('legalNameJa')}
        />
        <SelectField
          label={t('sme.organization.prefecture')}
          name="prefecture"
          required
          value={prefecture}
          onChange={setPrefecture}
          placeholder={t('sme.organization.prefecturePlaceholder')}
          options={PREFECTURES.map((p) => ({ value: p.id, label: p[locale] }))}
          hint={t('sme.organization.prefectureHint')}
          error={fieldError('prefecture')}
        />
        <TextField
          label={t('sme.organization.employees')}
          name="employeeCount"
          type="number"
          inputMode="numeric"
          min={0}
          value={employees}
          onChange={setEmployees}
          hint={t('sme.organization.employeesHint')}
          error={fieldError('employeeCount')}
        />
        <fieldset className="field choice-group">
          <legend className="field__label">{t('sme.organization.sellsAbroad')}</legend>
          {(['yes', 'no'] as const).map((v) => (
            <label key={v} className="choice">
              <input
                type="radio"
                name="sellsAbroad"
                value={v}
                checked={sellsAbroad === v}
                onChange={() => setSellsAbroad(v)}
              />
              <span className="choice__text">
                <span className="choice__label">{t(`sme.organization.sellsAbroad_${v}`)}</span>
              </span>
            </label>
          ))}
          <p className="field__hint">{t('sme.organization.sellsAbroadHint')}</p>
        </fieldset>
        <SubmitButton pending={start.isPending} pendingLabel={t('sme.organization.submitting')}>
          {t('sme.organization.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}
