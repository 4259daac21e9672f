import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useRequestValidation } from '../hooks/use-request-validation';
import type { AssessmentBankView, AssessmentDetail } from '@ipgn/assessment';

export interface ValidationBannerProps {
  orgId: string;
  detail: AssessmentDetail;
  bank: AssessmentBankView;
}

/**
 * The questionnaire's view of the validation step: how many answers need it and the button to ask for it (draft);
 * where the review stands, the returned answers with their reasons, and the way to the reviewer's screen (in review).
 */
export function ValidationBanner({ orgId, detail, bank }: ValidationBannerProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { can } = useCurrentMembership();
  const request = useRequestValidation(orgId, detail.id);
  const { validation } = detail;
  const reviewLink = `/o/${orgId}/assessments/${detail.id}/review`;

  if (detail.status === 'draft') {
    if (validation.items.length === 0) return null;
    return (
      <section className="validation-banner" aria-labelledby="validation-title">
        <h2 id="validation-title">{t('assessment.validation.title')}</h2>
        <p>{t('assessment.validation.intro')}</p>
        <p>{t('assessment.validation.needed', { count: validation.items.length })}</p>
        {can('assessment:manage') ? (
          <ConfirmAction
            label={t('assessment.validation.request')}
            question={t('assessment.validation.requestQuestion')}
            confirmLabel={t('assessment.validation.requestConfirm')}
            pendingLabel={t('assessment.validation.requesting')}
            pending={request.isPending}
            onConfirm={() => request.mutate()}
          />
        ) : null}
        {request.isError ? <FormErrorAlert error={request.error} /> : null}
      </section>
    );
  }
  if (detail.status !== 'in_review') return null;

  const returned = validation.items.filter((i) => i.state === 'returned');
  return (
    <section className="validation-banner" aria-labelledby="validation-title">
      <h2 id="validation-title">{t('assessment.validation.title')}</h2>
      <p role="status">
        {validation.complete
          ? t('assessment.validation.complete')
          : t('assessment.validation.inReview', validation.counts)}
      </p>
      {returned.length > 0 ? (
        <>
          <h3>{t('assessment.validation.returnedTitle')}</h3>
          <p>{t('assessment.validation.returnedHint')}</p>
          <ul data-testid="returned-answers">
            {returned.map((item) => (
              <li key={item.questionId}>
                <Link to={`#q-${encodeURIComponent(item.questionId)}`}>
                  {t('assessment.validation.returnedItem', {
                    question: bank.questions.find((q) => q.id === item.questionId)?.prompt[locale] ?? item.questionId,
                    comment: item.review?.comment ?? '',
                    name: item.review?.reviewedBy?.displayName ?? '—',
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {can('assessment:validate') ? (
        <p>
          <Link className="button button--primary" to={reviewLink}>
            {t('assessment.validation.openReview')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
