import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isScorable, TRACKS, type ModuleId, type Track } from '@ipgn/assessment';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormCheckboxGroup } from '../../../shared/forms/form-checkbox-group';
import { FormRadioGroup } from '../../../shared/forms/form-radio-group';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useAssessmentBank } from '../../assessment/hooks/use-assessment-bank';
import { useCreateWorkshop } from '../hooks/use-create-workshop';
import {
  WORKSHOP_ANONYMITY,
  WORKSHOP_DEPARTMENTS,
  type WorkshopAnonymity,
  type WorkshopDepartment,
} from '@ipgn/contracts';
import { japanLocalToIso } from '../../../shared/i18n/format';

export interface CreateWorkshopFormProps {
  orgId: string;
}

type QuestionSet = 'm9' | 'modules';

const DEFAULT_DEPARTMENTS: WorkshopDepartment[] = ['executive', 'ip', 'rnd', 'business'];

/** Title, question set (the M9 communication set or modules of the bank), departments, anonymity and date. */
export function CreateWorkshopForm({ orgId }: CreateWorkshopFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const navigate = useNavigate();
  const create = useCreateWorkshop(orgId);
  const form = useAppForm({
    defaultValues: {
      title: '',
      questionSet: 'm9' as QuestionSet,
      track: 'listed' as Track,
      modules: [] as ModuleId[],
      departments: DEFAULT_DEPARTMENTS,
      anonymity: 'anonymous' as WorkshopAnonymity,
      scheduledAt: '',
    },
    serverError: create.error,
    pending: create.isPending,
    onValid: (v) =>
      create
        .mutateAsync({
          title: v.title.trim(),
          modules: v.questionSet === 'm9' ? ['m9'] : v.modules,
          departments: v.departments,
          anonymity: v.anonymity,
          // Typed as Japan's time, the zone the workshop's time is shown in everywhere (its label says so).
          scheduledAt: japanLocalToIso(v.scheduledAt) ?? v.scheduledAt,
        })
        .then((created) => void navigate(`/o/${orgId}/workshops/${created.id}/console`)),
  });
  const { control, watch } = form.form;
  const [questionSet, track] = watch(['questionSet', 'track']);
  const bank = useAssessmentBank(questionSet === 'modules' ? track : undefined);

  const eligible = (moduleId: ModuleId) =>
    bank.data?.questions.filter(
      (q) =>
        q.module === moduleId &&
        (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') &&
        isScorable(q),
    ).length ?? 0;

  return (
    <AppForm form={form} alert={false} className="card workshop-form" aria-labelledby="workshop-create-title">
      <h2 id="workshop-create-title">{t('workshops.create.title')}</h2>
      <FormTextField
        control={control}
        name="title"
        label={t('workshops.create.name')}
        required
        maxLength={200}
        validate={(title) => (title.trim() ? undefined : t('workshops.create.titleRequired'))}
      />
      <FormRadioGroup
        control={control}
        name="questionSet"
        legend={t('workshops.create.questionSet')}
        className="workshop-form__group"
        optionClassName="question__option"
        options={[
          { value: 'm9', label: t('workshops.create.setM9') },
          { value: 'modules', label: t('workshops.create.setModules') },
        ]}
      />
      {questionSet === 'modules' ? (
        <>
          <FormSelectField
            control={control}
            name="track"
            label={t('workshops.create.track')}
            options={TRACKS.map((tr) => ({ value: tr, label: t(`assessment.track.${tr}`) }))}
          />
          <FormCheckboxGroup
            control={control}
            name="modules"
            errorKey={['modules', 'questionIds']}
            legend={t('workshops.create.modules')}
            className="workshop-form__group"
            optionClassName="question__option"
            validate={(picked, v) =>
              v.questionSet === 'modules' && picked.length === 0 ? t('workshops.create.modulesRequired') : undefined
            }
            options={(bank.data?.modules ?? [])
              .filter((m) => eligible(m.id) > 0)
              .map((m) => ({
                value: m.id,
                label: t('workshops.create.moduleOption', { title: m.title[locale], count: eligible(m.id) }),
              }))}
          >
            {bank.isPending ? <p>{t('workshops.create.loadingBank')}</p> : null}
            {bank.isError ? <FormErrorAlert error={bank.error} /> : null}
          </FormCheckboxGroup>
        </>
      ) : null}
      <FormCheckboxGroup
        control={control}
        name="departments"
        legend={t('workshops.create.departments')}
        className="workshop-form__group"
        optionsClassName="workshop-form__columns"
        optionClassName="question__option"
        validate={(picked) => (picked.length === 0 ? t('workshops.create.departmentsRequired') : undefined)}
        options={WORKSHOP_DEPARTMENTS.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
      />
      <FormRadioGroup
        control={control}
        name="anonymity"
        legend={t('workshops.create.anonymity')}
        className="workshop-form__group"
        optionClassName="question__option"
        options={WORKSHOP_ANONYMITY.map((a) => ({
          value: a,
          label: t(`workshops.anonymity.${a}`),
          description: t(`workshops.anonymityHelp.${a}`),
        }))}
      />
      <FormTextField
        control={control}
        name="scheduledAt"
        label={t('workshops.create.date')}
        type="datetime-local"
        required
        validate={(v) => (japanLocalToIso(v) ? undefined : t('workshops.create.dateRequired'))}
      />
      <FormErrorAlert error={form.serverError} invalid={form.invalid} />
      <SubmitButton pending={create.isPending} pendingLabel={t('workshops.create.submitting')}>
        {t('workshops.create.submit')}
      </SubmitButton>
    </AppForm>
  );
}
