import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { DecisionOrigin } from './decision-origin';
import { ValidationStateBadge } from './validation-state-badge';
import type { AssessmentBankView, AssessmentDetail } from '@ipgn/assessment';

/** The results' account of the validation step: which high claims were accepted, returned or still wait. */
export function ValidationSummary({
  detail,
  bank,
}: {
  detail: AssessmentDetail;
  bank: AssessmentBankView | undefined;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { validation } = detail;
  return (
    <section aria-labelledby="validation-summary-title" data-testid="validation-summary">
      <h2 id="validation-summary-title">{t('assessment.validation.resultsTitle')}</h2>
      {!validation.requested ? (
        <p>{t('assessment.validation.resultsOff')}</p>
      ) : (
        <>
          <p>{t('assessment.validation.resultsOn', validation.counts)}</p>
          {validation.items.length > 0 ? (
            <div className="table-scroll" role="region" aria-labelledby="validation-summary-caption" tabIndex={0}>
              <table className="table validation-summary__table">
                <caption id="validation-summary-caption" className="visually-hidden">
                  {t('assessment.validation.resultsTitle')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('assessment.validation.question')}</th>
                    <th scope="col">{t('assessment.validation.stateColumn')}</th>
                    <th scope="col">{t('assessment.validation.reviewer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {validation.items.map((item) => (
                    <tr key={item.questionId}>
                      <th scope="row">
                        {bank?.questions.find((q) => q.id === item.questionId)?.prompt[locale] ?? item.questionId}
                      </th>
                      <td>
                        <ValidationStateBadge state={item.state} /> <DecisionOrigin review={item.review} />
                      </td>
                      <td>
                        {item.review && item.review.answerVersion === item.answerVersion
                          ? [item.review.reviewedBy?.displayName, item.review.comment].filter((x) => x).join(' — ')
                          : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
