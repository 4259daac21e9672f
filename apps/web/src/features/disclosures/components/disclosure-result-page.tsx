import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CriterionId, JudgedSentence } from '@ipgn/disclosure-scoring';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useDisclosure } from '../hooks/use-disclosure';
import { useDisclosureRubric } from '../hooks/use-disclosure-rubric';
import { isV2Result } from '../utils/judgement-view';
import { ChainList } from './chain-list';
import { CriteriaChecklist } from './criteria-checklist';
import { DisclosureScoreSummary } from './disclosure-score-summary';
import { HighlightedText } from './highlighted-text';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import { SecondOpinionPanel } from './second-opinion-panel';
import { SentenceRoles } from './sentence-roles';
import { SuggestionsByHeading } from './suggestions-by-heading';
import '../disclosures.css';

const NO_SENTENCES: readonly JudgedSentence[] = [];

/** One saved judgement: summary with calibration, sentence roles, chains, checklist with evidence, suggestions, limits. */
export function DisclosureResultPage() {
  const { t } = useTranslation();
  const { orgId = '', disclosureId = '' } = useParams();
  const record = useDisclosure(orgId, disclosureId);
  const rubric = useDisclosureRubric();
  const { can } = useCurrentMembership();
  const [chosen, setChosen] = useState<CriterionId | null>(null);
  usePageTitle(record.data?.title ?? t('disclosures.page.title'));

  const criteria = record.data?.result.criteria ?? [];
  // Until the user picks one, show the evidence of the first criterion that has any.
  const selectedId = chosen ?? criteria.find((c) => c.evidence.length > 0)?.id ?? null;
  const selected = criteria.find((c) => c.id === selectedId) ?? null;
  // Evidence is counted by these sentences (by passage for a result saved before v2).
  const sentences = record.data && isV2Result(record.data.result) ? record.data.result.sentences : NO_SENTENCES;

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
          <DisclosureScoreSummary record={record.data} />
          {/* Beside the rule-based judgement, never instead of it; only when the operator configured an LLM. */}
          {record.data.secondOpinionEnabled && can('disclosure:score') ? (
            <SecondOpinionPanel orgId={orgId} disclosureId={disclosureId} />
          ) : null}
          {isV2Result(record.data.result) ? (
            <>
              <SentenceRoles text={record.data.text} result={record.data.result} />
              <ChainList result={record.data.result} />
            </>
          ) : (
            <p className="panel" data-testid="older-result">
              {t('disclosures.judgement.olderResult')}
            </p>
          )}
          <CriteriaChecklist
            criteria={criteria}
            rubric={rubric.data?.criteria}
            selected={selectedId}
            onSelect={setChosen}
            sentences={sentences}
          />
          <HighlightedText text={record.data.text} criterion={selected} sentences={sentences} />
          <SuggestionsByHeading suggestions={record.data.result.suggestions} criteria={criteria} />
          <ScoreMeaning />
        </>
      ) : (
        <h1 id="disclosure-result-title" className="visually-hidden">
          {t('disclosures.page.title')}
        </h1>
      )}
    </section>
  );
}
