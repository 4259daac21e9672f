import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { useAssessments } from '../../assessment/hooks/use-assessments';
import { useApplyToAssessment } from '../hooks/use-apply-to-assessment';

export interface ApplyToAssessmentFormProps {
  orgId: string;
  workshopId: string;
  agreedCount: number;
}

/** Writes the agreed answers into a draft assessment round (each marked as coming from this workshop). */
export function ApplyToAssessmentForm({ orgId, workshopId, agreedCount }: ApplyToAssessmentFormProps) {
  const { t } = useTranslation();
  const rounds = useAssessments(orgId);
  const apply = useApplyToAssessment(orgId, workshopId);
  const drafts = (rounds.data ?? []).filter((r) => r.status === 'draft');
  const [assessmentId, setAssessmentId] = useState('');
  const chosen = assessmentId || drafts[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) apply.mutate(chosen);
  };

  return (
    <form className="card apply-form" onSubmit={submit} aria-labelledby="apply-title">
      <h2 id="apply-title">{t('workshops.apply.title')}</h2>
      <p>{t('workshops.apply.intro', { count: agreedCount })}</p>
      {drafts.length === 0 ? (
        <p>{t('workshops.apply.noDraft')}</p>
      ) : (
        <>
          <SelectField
            label={t('workshops.apply.round')}
            value={chosen}
            onChange={setAssessmentId}
            options={drafts.map((r) => ({
              value: r.id,
              label: t('assessment.list.roundLabel', { round: r.round, track: t(`assessment.track.${r.track}`) }),
            }))}
          />
          <button type="submit" className="button" disabled={apply.isPending || agreedCount === 0}>
            {t('workshops.apply.submit')}
          </button>
        </>
      )}
      <FormErrorAlert error={apply.error} />
      <p role="status">
        {apply.data
          ? t('workshops.apply.done', { applied: apply.data.applied.length, skipped: apply.data.skipped.length })
          : ''}
      </p>
    </form>
  );
}
