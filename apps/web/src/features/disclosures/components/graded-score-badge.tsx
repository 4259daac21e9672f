import { useTranslation } from 'react-i18next';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { FewRatedNote } from './few-rated-note';
import '../grade.css';

export interface GradedScoreBadgeProps {
  summary: Pick<DisclosureSummary, 'overall' | 'grade' | 'class' | 'gradeBasis'>;
}

/** A history entry's score, grade and floor-check mark, with the few-rated-texts warning beside the grade. */
export function GradedScoreBadge({ summary: d }: GradedScoreBadgeProps) {
  const { t } = useTranslation();
  return (
    <p className="graded-score">
      <span className="badge" data-testid="disclosure-score">
        {t(d.class ? 'disclosures.history.score' : 'disclosures.history.scoreNoClass', {
          score: d.overall,
          grade: t('disclosures.grade.label', { grade: d.grade }),
          mark: d.class ?? '',
        })}
      </span>
      <FewRatedNote basis={d.gradeBasis} short />
    </p>
  );
}
