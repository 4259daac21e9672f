import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
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
  const first = drafts[0]?.id ?? '';
  const form = useAppForm<{ assessmentId: string }>({
    defaultValues: { assessmentId: first },
    serverError: apply.error,
    pending: apply.isPending,
    onValid: ({ assessmentId }) => (assessmentId ? apply.mutateAsync(assessmentId) : undefined),
  });
  // Until one is picked, the first draft round (the list may load after the form).
  const { getFieldState, resetField } = form.form;
  useEffect(() => {
    if (!getFieldState('assessmentId').isDirty) resetField('assessmentId', { defaultValue: first });
  }, [first, getFieldState, resetField]);

  return (
    <AppForm form={form} alert={false} className="card apply-form" aria-labelledby="apply-title">
      <h2 id="apply-title">{t('workshops.apply.title')}</h2>
      <p>{t('workshops.apply.intro', { count: agreedCount })}</p>
      {drafts.length === 0 ? (
        <p>{t('workshops.apply.noDraft')}</p>
      ) : (
        <>
          <FormSelectField
            control={form.form.control}
            name="assessmentId"
            label={t('workshops.apply.round')}
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
      <FormErrorAlert error={form.serverError} />
      <p role="status">
        {apply.data
          ? t('workshops.apply.done', { applied: apply.data.applied.length, skipped: apply.data.skipped.length })
          : ''}
      </p>
    </AppForm>
  );
}
