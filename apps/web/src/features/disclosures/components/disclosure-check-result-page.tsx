import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useDisclosureCheck } from '../hooks/use-disclosure-check';
import { checkTitle } from '../utils/check-title';
import { checkDraftKey } from '../utils/form-draft-keys';
import { DisclosureJudgement } from './disclosure-judgement';
import { RecheckButton } from './recheck-button';
import { SecondOpinionPanel } from './second-opinion-panel';
import '../disclosures.css';

/** One of the investor's own checks, shown with the same view as an organization's saved judgement (LLM second opinion included). */
export function DisclosureCheckResultPage() {
  const { t } = useTranslation();
  const { checkId = '' } = useParams();
  const record = useDisclosureCheck(checkId);
  const me = useCurrentUser();
  const title = record.data ? checkTitle(record.data, t) : t('disclosures.checks.title');
  usePageTitle(title);
  return (
    <section aria-labelledby="disclosure-check-result-title" className="page">
      <p>
        <Link to="/investor/checks">{t('disclosures.checks.back')}</Link>
      </p>
      {record.isPending ? <LoadingState /> : null}
      {record.isError ? <QueryErrorState error={record.error} onRetry={() => void record.refetch()} /> : null}
      <h1 id="disclosure-check-result-title" className={record.data ? undefined : 'visually-hidden'}>
        {title}
      </h1>
      {record.data ? (
        <>
          {me.data ? (
            <RecheckButton record={record.data} draftKey={checkDraftKey(me.data.id)} formPath="/investor/checks" />
          ) : null}
          <DisclosureJudgement
            record={record.data}
            besideSummary={
              // Beside the rule-based judgement, never instead of it; only when the operator configured an LLM.
              record.data.secondOpinionEnabled ? <SecondOpinionPanel target={{ checkId }} /> : null
            }
          />
        </>
      ) : null}
    </section>
  );
}
