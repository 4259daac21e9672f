import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isScorable, TRACKS, type ModuleId, type Track } from '@ipgn/assessment';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useAssessmentBank } from '../../assessment/hooks/use-assessment-bank';
import {
  WORKSHOP_ANONYMITY,
  WORKSHOP_DEPARTMENTS,
  type WorkshopAnonymity,
  type WorkshopDepartment,
} from '../api/workshop-api-types';
import { useCreateWorkshop } from '../hooks/use-create-workshop';

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
    check: (v) => ({
      modules:
        v.questionSet === 'modules' && v.modules.length === 0 ? t('workshops.create.modulesRequired') : undefined,
      departments: v.departments.length === 0 ? t('workshops.create.departmentsRequired') : undefined,
    }),
    onValid: (v) =>
      create
        .mutateAsync({
          title: v.title.trim(),
          modules: v.questionSet === 'm9' ? ['m9'] : v.modules,
          departments: v.departments,
          anonymity: v.anonymity,
          scheduledAt: new Date(v.scheduledAt).toISOString(),
        })
        .then((created) => void navigate(`/o/${orgId}/workshops/${created.id}/console`)),
  });
  const { control, watch, setValue } = form.form;
  const [questionSet, track, modules, departments, anonymity] = watch([
    'questionSet',
    'track',
    'modules',
    'departments',
    'anonymity',
  ]);
  const bank = useAssessmentBank(questionSet === 'modules' ? track : undefined);

  const eligible = (moduleId: ModuleId) =>
    bank.data?.questions.filter(
      (q) =>
        q.module === moduleId &&
        (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') &&
        isScorable(q),
    ).length ?? 0;

  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  const modulesError = form.fieldError('modules') ?? form.fieldError('questionIds');
  const departmentsError = form.fieldError('departments');

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
      <fieldset className="workshop-form__group">
        <legend>{t('workshops.create.questionSet')}</legend>
        <label className="question__option">
          <input
            type="radio"
            name="question-set"
            checked={questionSet === 'm9'}
            onChange={() => setValue('questionSet', 'm9')}
          />
          <span>{t('workshops.create.setM9')}</span>
        </label>
        <label className="question__option">
          <input
            type="radio"
            name="question-set"
            checked={questionSet === 'modules'}
            onChange={() => setValue('questionSet', 'modules')}
          />
          <span>{t('workshops.create.setModules')}</span>
        </label>
      </fieldset>
      {questionSet === 'modules' ? (
        <>
          <SelectField
            label={t('workshops.create.track')}
            value={track}
            onChange={(v) => setValue('track', v === 'sme' ? 'sme' : 'listed')}
            options={TRACKS.map((tr) => ({ value: tr, label: t(`assessment.track.${tr}`) }))}
          />
          <fieldset
            className="workshop-form__group"
            aria-invalid={modulesError ? true : undefined}
            aria-describedby={modulesError ? 'workshop-modules-error' : undefined}
          >
            <legend>{t('workshops.create.modules')}</legend>
            {bank.isPending ? <p>{t('workshops.create.loadingBank')}</p> : null}
            {bank.isError ? <FormErrorAlert error={bank.error} /> : null}
            {bank.data?.modules
              .filter((m) => eligible(m.id) > 0)
              .map((m) => (
                <label key={m.id} className="question__option">
                  <input
                    type="checkbox"
                    checked={modules.includes(m.id)}
                    onChange={(e) => setValue('modules', toggle(modules, m.id, e.target.checked))}
                  />
                  <span>{t('workshops.create.moduleOption', { title: m.title[locale], count: eligible(m.id) })}</span>
                </label>
              ))}
            {modulesError ? (
              <p id="workshop-modules-error" className="field__error">
                {modulesError}
              </p>
            ) : null}
          </fieldset>
        </>
      ) : null}
      <fieldset
        className="workshop-form__group"
        aria-describedby={departmentsError ? 'workshop-departments-error' : undefined}
      >
        <legend>{t('workshops.create.departments')}</legend>
        <div className="workshop-form__columns">
          {WORKSHOP_DEPARTMENTS.map((d) => (
            <label key={d} className="question__option">
              <input
                type="checkbox"
                checked={departments.includes(d)}
                aria-invalid={departmentsError ? true : undefined}
                onChange={(e) =>
                  setValue(
                    'departments',
                    WORKSHOP_DEPARTMENTS.filter((x) => (x === d ? e.target.checked : departments.includes(x))),
                  )
                }
              />
              <span>{t(`workshops.departments.${d}`)}</span>
            </label>
          ))}
        </div>
        {departmentsError ? (
          <p id="workshop-departments-error" className="field__error">
            {departmentsError}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="workshop-form__group">
        <legend>{t('workshops.create.anonymity')}</legend>
        {WORKSHOP_ANONYMITY.map((a) => (
          <label key={a} className="question__option">
            <input type="radio" name="anonymity" checked={anonymity === a} onChange={() => setValue('anonymity', a)} />
            <span>
              <strong>{t(`workshops.anonymity.${a}`)}</strong>
              <br />
              {t(`workshops.anonymityHelp.${a}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <FormTextField
        control={control}
        name="scheduledAt"
        label={t('workshops.create.date')}
        type="datetime-local"
        required
        validate={(v) => (v && !Number.isNaN(new Date(v).getTime()) ? undefined : t('workshops.create.dateRequired'))}
      />
      <FormErrorAlert error={create.error} />
      <SubmitButton pending={create.isPending} pendingLabel={t('workshops.create.submitting')}>
        {t('workshops.create.submit')}
      </SubmitButton>
    </AppForm>
  );
}
