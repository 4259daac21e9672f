import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isScorable, TRACKS, type ModuleId, type Track } from '@ipgn/assessment';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
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
  const { formRef, fieldError, check } = useFormErrors(create.error);
  const [title, setTitle] = useState('');
  const [questionSet, setQuestionSet] = useState<QuestionSet>('m9');
  const [track, setTrack] = useState<Track>('listed');
  const [modules, setModules] = useState<ModuleId[]>([]);
  const [departments, setDepartments] = useState<WorkshopDepartment[]>(DEFAULT_DEPARTMENTS);
  const [anonymity, setAnonymity] = useState<WorkshopAnonymity>('anonymous');
  const [scheduledAt, setScheduledAt] = useState('');
  const bank = useAssessmentBank(questionSet === 'modules' ? track : undefined);

  const eligible = (moduleId: ModuleId) =>
    bank.data?.questions.filter(
      (q) =>
        q.module === moduleId &&
        (q.type === 'maturity' || q.type === 'single' || q.type === 'multiple') &&
        isScorable(q),
    ).length ?? 0;

  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const date = scheduledAt ? new Date(scheduledAt) : null;
    const ok = check({
      title: title.trim() ? undefined : t('workshops.create.titleRequired'),
      modules: questionSet === 'modules' && modules.length === 0 ? t('workshops.create.modulesRequired') : undefined,
      departments: departments.length === 0 ? t('workshops.create.departmentsRequired') : undefined,
      scheduledAt: date && !Number.isNaN(date.getTime()) ? undefined : t('workshops.create.dateRequired'),
    });
    if (!ok || !date) return;
    create.mutate(
      {
        title: title.trim(),
        modules: questionSet === 'm9' ? ['m9'] : modules,
        departments,
        anonymity,
        scheduledAt: date.toISOString(),
      },
      { onSuccess: (created) => void navigate(`/o/${orgId}/workshops/${created.id}/console`) },
    );
  };

  const modulesError = fieldError('modules') ?? fieldError('questionIds');
  const departmentsError = fieldError('departments');

  return (
    <form
      ref={formRef}
      className="card workshop-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="workshop-create-title"
    >
      <h2 id="workshop-create-title">{t('workshops.create.title')}</h2>
      <TextField
        label={t('workshops.create.name')}
        value={title}
        onChange={setTitle}
        required
        maxLength={200}
        error={fieldError('title')}
      />
      <fieldset className="workshop-form__group">
        <legend>{t('workshops.create.questionSet')}</legend>
        <label className="question__option">
          <input
            type="radio"
            name="question-set"
            checked={questionSet === 'm9'}
            onChange={() => setQuestionSet('m9')}
          />
          <span>{t('workshops.create.setM9')}</span>
        </label>
        <label className="question__option">
          <input
            type="radio"
            name="question-set"
            checked={questionSet === 'modules'}
            onChange={() => setQuestionSet('modules')}
          />
          <span>{t('workshops.create.setModules')}</span>
        </label>
      </fieldset>
      {questionSet === 'modules' ? (
        <>
          <SelectField
            label={t('workshops.create.track')}
            value={track}
            onChange={(v) => setTrack(v === 'sme' ? 'sme' : 'listed')}
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
                    onChange={(e) => setModules(toggle(modules, m.id, e.target.checked))}
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
                  setDepartments(
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
            <input type="radio" name="anonymity" checked={anonymity === a} onChange={() => setAnonymity(a)} />
            <span>
              <strong>{t(`workshops.anonymity.${a}`)}</strong>
              <br />
              {t(`workshops.anonymityHelp.${a}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('workshops.create.date')}
        type="datetime-local"
        value={scheduledAt}
        onChange={setScheduledAt}
        required
        error={fieldError('scheduledAt')}
      />
      <FormErrorAlert error={create.error} />
      <SubmitButton pending={create.isPending} pendingLabel={t('workshops.create.submitting')}>
        {t('workshops.create.submit')}
      </SubmitButton>
    </form>
  );
}
