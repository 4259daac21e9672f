import { useTranslation } from 'react-i18next';

/** What the score measures, what its grades (A–E) are, and its limits (shown on results, public pages and compare views). */
export function ScoreMeaning({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel score-meaning" aria-labelledby="score-meaning-title" data-testid="score-meaning">
      <H id="score-meaning-title">{t('disclosures.judgement.measures')}</H>
      <p>{t('disclosures.judgement.measuresText')}</p>
      <p data-testid="what-grades-are">{t('disclosures.grade.whatGrades')}</p>
      <H>{t('disclosures.judgement.limits')}</H>
      <p>{t('disclosures.judgement.limitsText')}</p>
    </section>
  );
}
