import { useTranslation } from 'react-i18next';
import type { PublicPublicationSummary } from '@ipgn/drafting';

/**
 * A publication's overall score, always said for what it is: computed by our rubric from the text, and not
 * audited, assured or an investment rating. The longer explanation is the page's ScoreMeaning section.
 */
export function ScoreLabel({
  publication,
}: {
  publication: Pick<PublicPublicationSummary, 'overall' | 'grade' | 'class'>;
}) {
  const { t } = useTranslation();
  const p = publication;
  return (
    <div className="score-label" data-testid="score-label">
      <p>
        <span className="score-label__kind">{t('publicDisclosures.company.scoreLabel')}</span>{' '}
        <span className="badge">
          {t(p.class ? 'publicDisclosures.company.overall' : 'publicDisclosures.company.overallNoClass', {
            overall: p.overall,
            grade: p.grade,
            class: p.class ?? '',
          })}
        </span>
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
    </div>
  );
}
