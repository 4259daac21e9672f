import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useJoinAsMember } from '../hooks/use-join-as-member';
import type { WorkshopDepartment } from '@ipgn/contracts';

interface JoinAsMemberFormProps {
  orgId: string;
  workshopId: string;
  departments: WorkshopDepartment[];
}

/** For a live workshop: answer as yourself (signed in), without typing the join code. */
export function JoinAsMemberForm({ orgId, workshopId, departments }: JoinAsMemberFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const join = useJoinAsMember(orgId, workshopId);
  const form = useAppForm<{ department: WorkshopDepartment | '' }>({
    defaultValues: { department: departments[0] ?? '' },
    serverError: join.error,
    pending: join.isPending,
    onValid: ({ department }) =>
      join.mutateAsync(department as WorkshopDepartment).then(() => void navigate('/participate')),
  });

  return (
    <AppForm
      form={form}
      alert={false}
      className="workshops__join-as-member"
      aria-label={t('workshops.joinAsMember.title')}
    >
      <FormSelectField
        control={form.form.control}
        label={t('workshops.joinAsMember.department')}
        name="department"
        required
        validate={(department) => (department ? undefined : t('validation.required'))}
        options={departments.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
      />
      <FormErrorAlert error={form.serverError} invalid={form.invalid} />
      <SubmitButton pending={join.isPending} pendingLabel={t('workshops.join.submitting')}>
        {t('workshops.joinAsMember.submit')}
      </SubmitButton>
    </AppForm>
  );
}
