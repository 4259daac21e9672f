import { useTranslation } from 'react-i18next';
import type { PublicPublicationSummary } from '@ipgn/drafting';
import { FewRatedNote } from '../../disclosures/components/few-rated-note';
import { GradeMeaning } from '../../disclosures/components/grade-meaning';

export interface ScoreLabelProps {
  publication: Pick<PublicPublicationSummary, 'overall' | 'grade' | 'class' | 'gradeBasis'>;
  /** Say what the grade stands for right here (off where the page's "why" section says it just below). */
  explainGrade?: boolean;
}

/**
 * A publication's overall score and grade, always said for what it is: a rule-based score computed by this service
 * from the text, not audited, assured or an investment rating; beside the grade, how few rated texts its band rests
 * on when they are few; and (unless the page explains it below) what the grade stands for. The longer explanation is
 * the page's ScoreMeaning section.
 */
export function ScoreLabel({ publication, explainGrade = true }: ScoreLabelProps) {
  const { t } = useTranslation();
  const p = publication;
  return (
    <div className="score-label" data-testid="score-label">
      <p className="score-label__line">
        <span className="score-label__kind">{t('publicDisclosures.company.scoreLabel')}</span>{' '}
        <span className="badge">
          {t(p.class ? 'publicDisclosures.company.overall' : 'publicDisclosures.company.overallNoClass', {
            overall: p.overall,
            grade: t('disclosures.grade.label', { grade: p.grade }),
            class: p.class ?? '',
          })}
        </span>{' '}
        <FewRatedNote basis={p.gradeBasis} />
      </p>
      <p className="score-label__note">
        {t('publicDisclosures.company.scoreIs')} <strong>{t('publicDisclosures.company.scoreIsNot')}</strong>{' '}
        <a
          href="#score-meaning-title"
          onClick={(event) => {
            // Scroll within the page: a fragment change would be a navigation for the router.
            event.preventDefault();
            document.getElementById('score-meaning-title')?.scrollIntoView({ block: 'start' });
          }}
        >
          {t('publicDisclosures.company.scoreMore')}
        </a>
      </p>
      {explainGrade ? <GradeMeaning grade={p.grade} basis={p.gradeBasis} compact /> : null}
    </div>
  );
}
