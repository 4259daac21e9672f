import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PREFECTURES, type PrefectureCode } from '@ipgn/contracts';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
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
  const form = useAppForm({
    defaultValues: { legalNameJa: '', prefecture: '', employeeCount: '', sellsAbroad: '' as 'yes' | 'no' | '' },
    serverError: start.error,
    pending: start.isPending,
    onValid: (v) => {
      const count = employeeCountOf(v.employeeCount);
      return start
        .mutateAsync({
          legalNameJa: v.legalNameJa.trim(),
          listingStatus: 'unlisted',
          companySize: 'sme',
          prefecture: v.prefecture as PrefectureCode,
          ...(count !== null ? { employeeCount: count } : {}),
          ...(v.sellsAbroad ? { sellsAbroad: v.sellsAbroad === 'yes' } : {}),
        })
        .then(
          ({ organization, round }) =>
            void navigate(`/o/${organization.id}/assessments/${round.id}`, { replace: true }),
        );
    },
  });
  const { control, watch, setValue } = form.form;
  const sellsAbroad = watch('sellsAbroad');

  return (
    <section aria-labelledby="sme-org-title" className="page page--narrow">
      <p className="eyebrow">{t('sme.organization.step')}</p>
      <h1 id="sme-org-title">{t('sme.organization.title')}</h1>
      <p className="lead">{t('sme.organization.intro')}</p>
      <AppForm form={form} className="form">
        <FormTextField
          control={control}
          label={t('sme.organization.name')}
          name="legalNameJa"
          autoComplete="organization"
          required
          lang="ja"
          hint={t('sme.organization.nameHint')}
          validate={(v) => (!v.trim() ? t('validation.required') : undefined)}
        />
        <FormSelectField
          control={control}
          label={t('sme.organization.prefecture')}
          name="prefecture"
          required
          placeholder={t('sme.organization.prefecturePlaceholder')}
          options={PREFECTURES.map((p) => ({ value: p.id, label: p[locale] }))}
          hint={t('sme.organization.prefectureHint')}
          validate={(v) => (!v ? t('validation.required') : undefined)}
        />
        <FormTextField
          control={control}
          label={t('sme.organization.employees')}
          name="employeeCount"
          type="number"
          inputMode="numeric"
          min={0}
          hint={t('sme.organization.employeesHint')}
          validate={(v) => {
            const count = employeeCountOf(v);
            return count !== null && (!Number.isInteger(count) || count < 0 || count > 1000000)
              ? t('sme.organization.employeesInvalid')
              : undefined;
          }}
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
                onChange={() => setValue('sellsAbroad', v)}
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
      </AppForm>
    </section>
  );
}

function employeeCountOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}
