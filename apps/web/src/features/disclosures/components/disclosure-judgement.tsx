import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CriterionId, DisclosureRecord, JudgedSentence } from '@ipgn/disclosure-scoring';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import { useDisclosureRubric } from '../hooks/use-disclosure-rubric';
import { isV2Result } from '../utils/judgement-view';
import { ChainList } from './chain-list';
import { CriteriaChecklist } from './criteria-checklist';
import { DisclosureScoreSummary } from './disclosure-score-summary';
import { HighlightedText } from './highlighted-text';
import { ResultContents } from './result-contents';
import { SentenceRoles } from './sentence-roles';
import { SuggestionsByHeading } from './suggestions-by-heading';

const NO_SENTENCES: readonly JudgedSentence[] = [];

export interface DisclosureJudgementProps {
  record: DisclosureRecord;
  /** Shown right after the summary (an organization's LLM second opinion); nothing by default. */
  besideSummary?: ReactNode;
}

/**
 * One saved judgement, wherever it was made (an organization's history or an investor's own check): summary with
 * calibration, sentence roles, chains, checklist with evidence, the text with the chosen criterion's evidence,
 * suggestions and what the score means.
 */
export function DisclosureJudgement({ record, besideSummary }: DisclosureJudgementProps) {
  const { t } = useTranslation();
  const rubric = useDisclosureRubric();
  const [chosen, setChosen] = useState<CriterionId | null>(null);
  // Counts the user's requests to see evidence: each one scrolls the first highlight into view.
  const [reveal, setReveal] = useState(0);
  const criteria = record.result.criteria;
  // Until the user picks one, show the evidence of the first criterion that has any.
  const selectedId = chosen ?? criteria.find((c) => c.evidence.length > 0)?.id ?? null;
  const selected = criteria.find((c) => c.id === selectedId) ?? null;
  // Evidence is counted by these sentences (by passage for a result saved before v2).
  const sentences = isV2Result(record.result) ? record.result.sentences : NO_SENTENCES;
  return (
    <>
      <DisclosureScoreSummary record={record} secondOpinionBelow={Boolean(besideSummary)} />
      {besideSummary}
      <ResultContents v2={isV2Result(record.result)} />
      {isV2Result(record.result) ? (
        <>
          <SentenceRoles text={record.text} result={record.result} />
          <ChainList result={record.result} />
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
        onSelect={(id) => {
          setChosen(id);
          setReveal((n) => n + 1);
        }}
        sentences={sentences}
      />
      <HighlightedText text={record.text} criterion={selected} sentences={sentences} reveal={reveal} />
      <SuggestionsByHeading suggestions={record.result.suggestions} criteria={criteria} />
      <ScoreMeaning />
    </>
  );
}
