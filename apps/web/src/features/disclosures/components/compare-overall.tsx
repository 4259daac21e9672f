import { useTranslation } from 'react-i18next';
import type { DisclosureComparison } from '@ipgn/disclosure-scoring';
import type { ComparisonKind } from '../utils/comparison-kind';
import { formatDelta } from '../utils/format-delta';
import { OrderAgreementNote } from './order-agreement-note';

export interface CompareOverallProps {
  comparison: DisclosureComparison;
  kind: ComparisonKind;
}

/**
 * The overall scores: for two versions of one document, the change from → to; for two documents, both scores and
 * their difference (B − A), with no word of getting better or worse, and how often people agreed with an order of
 * scores this far apart.
 */
export function CompareOverall({ comparison, kind }: CompareOverallProps) {
  const { t } = useTranslation();
  const { from, to, overallDelta } = comparison;
  return (
    <>
      <h2 id="compare-overall-title">
        {t(kind === 'versions' ? 'disclosures.compare.overallDelta' : 'disclosures.compare.documents.overall')}
      </h2>
      <p className="disclosure-summary__score" data-testid="overall-delta" data-kind={kind}>
        {kind === 'versions'
          ? t('disclosures.compare.deltaValue', {
              from: from.overall,
              to: to.overall,
              delta: formatDelta(overallDelta),
            })
          : t('disclosures.compare.documents.value', {
              a: from.overall,
              b: to.overall,
              delta: formatDelta(to.overall - from.overall),
            })}
      </p>
      {/* Two documents (usually two companies): how far their order can be trusted. Versions of one text are a change. */}
      {kind === 'documents' ? <OrderAgreementNote scores={[from.overall, to.overall]} /> : null}
    </>
  );
}
