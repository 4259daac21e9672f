import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useCompanyFacts } from '../hooks/use-company-facts';
import { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { CompanyFactsForm } from './company-facts-form';
import '../drafts.css';

/** The company facts the drafts are written from (GET/PUT company-facts). */
export function CompanyFactsPage() {
  const { t } = useTranslation();
  usePageTitle(t('drafts.facts.title'));
  const { orgId, can } = useCurrentMembership();
  const facts = useCompanyFacts(orgId);
  const save = useSaveCompanyFacts(orgId);
  return (
    <section aria-labelledby="facts-title" className="page">
      <p>
        <Link to={`/o/${orgId}/drafts`}>{t('drafts.facts.back')}</Link>
      </p>
      <h1 id="facts-title">{t('drafts.facts.title')}</h1>
      <p className="lead">{t('drafts.facts.intro')}</p>
      {facts.isPending ? <LoadingState /> : null}
      {facts.isError ? <QueryErrorState error={facts.error} onRetry={() => void facts.refetch()} /> : null}
      {facts.data ? (
        <CompanyFactsForm key={facts.data.version} orgId={orgId} view={facts.data} readOnly={!can('draft:edit')} onReload={() => {
            save.reset();
            void facts.refetch();
          }}
          save={save}
        />
      ) : null}
    </section>
  );
}
