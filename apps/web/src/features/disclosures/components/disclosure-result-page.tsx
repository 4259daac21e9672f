import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useDisclosure } from '../hooks/use-disclosure';
import { DisclosureJudgement } from './disclosure-judgement';
import { scoreDraftKey } from '../utils/form-draft-keys';
import { RecheckButton } from './recheck-button';
import { SecondOpinionPanel } from './second-opinion-panel';
import '../disclosures.css';

/** One judgement saved in the organization's history, with the LLM second opinion when the operator set one up. */
export function DisclosureResultPage() {
  const { t } = useTranslation();
  const { orgId = '', disclosureId = '' } = useParams();
  const record = useDisclosure(orgId, disclosureId);
  const { can } = useCurrentMembership();
  usePageTitle(record.data?.title ?? t('disclosures.page.title'));

  return (
    <section aria-labelledby="disclosure-result-title" className="page">
      <p>
        <Link to={`/o/${orgId}/disclosures`}>{t('disclosures.result.back')}</Link>
      </p>
      {record.isPending ? <LoadingState /> : null}
      {record.isError ? <QueryErrorState error={record.error} onRetry={() => void record.refetch()} /> : null}
      {record.data ? (
        <>
          <h1 id="disclosure-result-title">{record.data.title}</h1>
          {can('disclosure:score') ? (
            <RecheckButton record={record.data} draftKey={scoreDraftKey(orgId)} formPath={`/o/${orgId}/disclosures`} />
          ) : null}
          <DisclosureJudgement
            record={record.data}
            besideSummary={
              // Beside the rule-based judgement, never instead of it; only when the operator configured an LLM.
              record.data.secondOpinionEnabled && can('disclosure:score') ? (
                <SecondOpinionPanel target={{ orgId, disclosureId }} />
              ) : null
            }
          />
        </>
      ) : (
        <h1 id="disclosure-result-title" className="visually-hidden">
          {t('disclosures.page.title')}
        </h1>
      )}
    </section>
  );
}
