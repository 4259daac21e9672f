import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useInvestorUpdates } from '../../public-disclosures/hooks/use-investor-updates';
import { useMarkUpdatesSeen } from '../../public-disclosures/hooks/use-mark-updates-seen';
import { companyName } from '../../public-disclosures/utils/company-name';
import '../../public-disclosures/public-disclosures.css';
import type { InvestorUpdate } from '@ipgn/contracts';
import { formatDate } from '../../../shared/i18n/format';

/** "Since your last visit": new publications of followed companies and answers to the investor's questions. */
export function InvestorUpdates() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const updates = useInvestorUpdates();
  const markSeen = useMarkUpdatesSeen();
  const data = updates.data;
  const describe = (u: InvestorUpdate) =>
    u.kind === 'publication'
      ? t('publicDisclosures.updates.publication', {
          company: companyName(u.company, locale),
          title: u.title,
          version: u.version,
        })
      : t('publicDisclosures.updates.answer', { company: companyName(u.company, locale), title: u.publicationTitle });
  return (
    <section aria-labelledby="investor-updates-title" className="panel" data-testid="investor-updates">
      <h2 id="investor-updates-title">
        {t('publicDisclosures.updates.title')}
        {data && data.newCount > 0 ? (
          <span className="badge updates-count">
            {t('publicDisclosures.updates.newCount', { count: data.newCount })}
          </span>
        ) : null}
      </h2>
      {updates.isPending ? <LoadingState /> : null}
      {updates.isError ? <QueryErrorState error={updates.error} onRetry={() => void updates.refetch()} /> : null}
      {data ? (
        <>
          {data.seenAt ? (
            <p className="muted">{t('publicDisclosures.updates.seenAt', { date: formatDate(data.seenAt, locale) })}</p>
          ) : null}
          {data.updates.length === 0 ? <p>{t('publicDisclosures.updates.empty')}</p> : null}
          <ul className="updates-list">
            {data.updates.map((u) => (
              <li
                key={u.kind === 'publication' ? `p-${u.publicationId}` : `a-${u.questionId}`}
                data-testid="investor-update"
              >
                {u.isNew ? <span className="badge badge--new">{t('publicDisclosures.updates.isNew')}</span> : null}
                <Link to={`/companies/${u.company.slug}/publications/${u.publicationId}`}>{describe(u)}</Link>
                <span className="muted">{formatDate(u.at, locale)}</span>
              </li>
            ))}
          </ul>
          {data.newCount > 0 ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                disabled={markSeen.isPending}
                onClick={() => markSeen.mutate()}
              >
                {t('publicDisclosures.updates.markSeen')}
              </button>
            </p>
          ) : data.updates.length > 0 ? (
            <p className="muted">{t('publicDisclosures.updates.noneNew')}</p>
          ) : null}
          <h3>{t('publicDisclosures.updates.following')}</h3>
          {data.following.length === 0 ? <p>{t('publicDisclosures.updates.noFollowing')}</p> : null}
          <ul className="list" data-testid="followed-companies">
            {data.following.map((f) => (
              <li key={f.company.slug}>
                <Link to={`/companies/${f.company.slug}`}>{companyName(f.company, locale)}</Link>
                {f.company.securitiesCode ? <span className="muted"> ({f.company.securitiesCode})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
