import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useOrganization } from '../../organizations/hooks/use-organization';
import { useCompanyFacts } from '../hooks/use-company-facts';
import { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { CompanyFactsForm } from './company-facts-form';
import { SmeFactsForm } from './sme-facts-form';
import { readLocalFactsCopy } from '../utils/local-facts-copy';
import '../drafts.css';

/** The company facts the drafts are written from (GET/PUT company-facts). */
export function CompanyFactsPage() {
  const { t } = useTranslation();
  usePageTitle(t('drafts.facts.title'));
  const { orgId, can } = useCurrentMembership();
  const facts = useCompanyFacts(orgId);
  const organization = useOrganization(orgId);
  const readOnly = !can('draft:edit');
  // Forms remount only on an explicit reload (after a version conflict), not on their own save, so the
  // "saved" message stays; a save still hands them the new version through `view`.
  const [reloads, setReloads] = useState(0);
  const save = useSaveCompanyFacts(orgId);
  const reload = () => {
    save.reset();
    void facts.refetch().then(() => setReloads((n) => n + 1));
  };
  const sme = organization.data?.listingStatus === 'unlisted';
  return (
    <section aria-labelledby="facts-title" className="page">
      <p>
        <Link to={`/o/${orgId}/drafts`}>{t('drafts.facts.back')}</Link>
      </p>
      <h1 id="facts-title">{t('drafts.facts.title')}</h1>
      <p className="lead">{t(sme ? 'drafts.facts.introSme' : 'drafts.facts.intro')}</p>
      {facts.isPending || organization.isPending ? <LoadingState /> : null}
      {facts.isError ? <QueryErrorState error={facts.error} onRetry={() => void facts.refetch()} /> : null}
      {facts.data && !organization.isPending ? (
        <>
          {/* An unlisted company starts with the SME form; the listed form waits, closed, for those who want it. */}
          {sme ? (
            <SmeFactsForm
              key={`sme-${reloads}`}
              orgId={orgId}
              view={facts.data}
              readOnly={readOnly}
              onReload={reload}
              signUpEmployees={organization.data?.employeeCount}
            />
          ) : null}
          {sme ? (
            // Unfolded when it holds something: listed facts already entered, or typing kept on this device.
            <details
              className="panel facts-more"
              open={
                hasListedFacts(facts.data.facts) || readLocalFactsCopy(orgId, facts.data.version, 'listed') !== null
              }
            >
              <summary>{t('drafts.smeFacts.more')}</summary>
              <CompanyFactsForm
                key={reloads}
                orgId={orgId}
                view={facts.data}
                readOnly={readOnly}
                onReload={reload}
                save={save}
              />
            </details>
          ) : (
            <CompanyFactsForm
              key={reloads}
              orgId={orgId}
              view={facts.data}
              readOnly={readOnly}
              onReload={reload}
              save={save}
            />
          )}
          {/* A listed company may still make the one-pager for its bank: the SME part stays reachable. */}
          {sme ? null : (
            <SmeFactsForm
              key={`sme-${reloads}`}
              orgId={orgId}
              view={facts.data}
              readOnly={readOnly}
              onReload={reload}
              signUpEmployees={organization.data?.employeeCount}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

/** Whether any fact of the listed-company form has been entered (anything besides the SME part). */
function hasListedFacts(facts: object): boolean {
  return Object.entries(facts).some(
    ([key, value]) =>
      key !== 'sme' && value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
  );
}
