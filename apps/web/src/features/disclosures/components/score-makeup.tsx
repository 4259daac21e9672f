import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';

export interface ScoreMakeupProps {
  result: DisclosureScore;
}

const percent = (share: number): number => Math.round(share * 100);

/**
 * How the overall score is made, from what the result carries: the best chain's score, what the other chains add
 * (one fifth of it), times the substitution factor — which belongs to the share of sentences standing in for strategy.
 * The share of general sentences (nothing named) is shown for reference; it does not enter the score.
 */
export function ScoreMakeup({ result }: ScoreMakeupProps) {
  const { t } = useTranslation();
  const factor = result.substitution.factor.toFixed(2);
  const best = result.chains.length > 0 ? Math.max(...result.chains.map((c) => c.score)) : null;
  return (
    <div className="score-makeup" data-testid="score-makeup">
      <p data-testid="score-makeup-how">
        {best === null
          ? t('disclosures.result.makeup.noChains')
          : t('disclosures.result.makeup.how', { best, factor, overall: result.overall })}
      </p>
      <p className="muted" data-testid="substitution-share">
        {t('disclosures.result.makeup.substitution', { percent: percent(result.substitution.share), factor })}
      </p>
      <p className="muted" data-testid="generic-share">
        {t('disclosures.result.makeup.generic', { percent: percent(result.boilerplate.genericShare) })}
      </p>
    </div>
  );
}
