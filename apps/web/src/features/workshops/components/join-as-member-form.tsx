import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { SubmitButton } from '../../../shared/components/submit-button';
import type { WorkshopDepartment } from '../api/workshop-api-types';
import { useJoinAsMember } from '../hooks/use-join-as-member';

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
  const [department, setDepartment] = useState<string>(departments[0] ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!department) return;
    join.mutate(department as WorkshopDepartment, { onSuccess: () => void navigate('/participate') });
  };

  return (
    <form className="workshops__join-as-member" onSubmit={submit} aria-label={t('workshops.joinAsMember.title')}>
      <SelectField
        label={t('workshops.joinAsMember.department')}
        value={department}
        onChange={setDepartment}
        required
        options={departments.map((d) => ({ value: d, label: t(`workshops.departments.${d}`) }))}
      />
      <FormErrorAlert error={join.error} />
      <SubmitButton pending={join.isPending} pendingLabel={t('workshops.join.submitting')}>
        {t('workshops.joinAsMember.submit')}
      </SubmitButton>
    </form>
  );
}
