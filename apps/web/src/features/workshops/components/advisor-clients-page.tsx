import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useAdvisorClients } from '../hooks/use-advisor-clients';
import '../workshops.css';

/** The organizations that invited the user as an advisor, with each one's latest assessment round and score. */
export function AdvisorClientsPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const clients = useAdvisorClients();
  usePageTitle(t('workshops.advisor.title'));

  return (
    <section className="page" aria-labelledby="advisor-title">
      <h1 id="advisor-title">{t('workshops.advisor.title')}</h1>
      <p>{t('workshops.advisor.intro')}</p>
      {clients.isPending ? (
        <LoadingState />
      ) : clients.isError ? (
        <QueryErrorState error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.data.length === 0 ? (
        <p>{t('workshops.advisor.empty')}</p>
      ) : (
        <ul className="workshops__list">
          {clients.data.map((c) => {
            const name = locale === 'en' && c.legalNameEn ? c.legalNameEn : c.legalNameJa;
            const latest = c.latestAssessment;
            return (
              <li key={c.organizationId} className="card">
                <h2>{name}</h2>
                {latest ? (
                  <p>
                    {t('workshops.advisor.latest', {
                      round: latest.round,
                      track: t(`assessment.track.${latest.track === 'sme' ? 'sme' : 'listed'}`),
                      status: t(`assessment.status.${latest.status === 'submitted' ? 'submitted' : 'draft'}`),
                    })}{' '}
                    ·{' '}
                    {latest.overallScore === null
                      ? t('workshops.advisor.noScore')
                      : t('workshops.advisor.score', { score: latest.overallScore })}
                  </p>
                ) : (
                  <p>{t('workshops.advisor.noRound')}</p>
                )}
                <p className="assessment-list__links">
                  <Link to={`/o/${c.organizationId}`}>{t('workshops.advisor.open')}</Link>{' '}
                  <Link to={`/o/${c.organizationId}/workshops`}>{t('workshops.advisor.workshops')}</Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
